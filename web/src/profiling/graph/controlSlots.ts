/** Control flags aligned with the in-adjacency CSR. */
import { allocUint8, copyInt32 } from './scratch';
import type { GraphKernel } from './buildGraph';

/**
 * 1 per in-CSR slot whose edge is a control edge, or null when the graph has no control edge (the usual
 * case). The in-CSR is filled edge by edge grouped by target (see buildCsr), so replaying the same fill aligns
 * the flags with `graph.in.adj`. O(n + m) once per graph: the result is kept on the graph for later passes.
 */
export function computeInSlotControl(graph: GraphKernel): Uint8Array | null {
  if (graph.inControl !== undefined) return graph.inControl;
  let anyControl = false;
  for (let e = 0; e < graph.m && !anyControl; e++) if (graph.control[e]) anyControl = true;
  let flags: Uint8Array | null = null;
  if (anyControl) {
    flags = allocUint8(graph.m);
    const fill = copyInt32(graph.in.start, graph.n);
    for (let e = 0; e < graph.m; e++) flags[fill[graph.dst[e]!]!++] = graph.control[e]!;
  }
  graph.inControl = flags;
  return flags;
}
