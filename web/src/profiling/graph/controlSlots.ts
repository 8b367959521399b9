/** Control flags aligned with the in-adjacency CSR. */
import { allocUint8, copyInt32 } from './scratch';
import type { GraphKernel } from './buildGraph';

/**
 * 1 per in-CSR slot whose edge is a control edge. The in-CSR is filled edge by edge grouped by target (see
 * buildCsr), so replaying the same fill aligns the flags with `graph.in.adj`. O(n + m).
 */
export function computeInSlotControl(graph: GraphKernel): Uint8Array {
  const flags = allocUint8(graph.m);
  let anyControl = false;
  for (let e = 0; e < graph.m && !anyControl; e++) if (graph.control[e]) anyControl = true;
  if (!anyControl) return flags;
  const fill = copyInt32(graph.in.start, graph.n);
  for (let e = 0; e < graph.m; e++) flags[fill[graph.dst[e]!]!++] = graph.control[e]!;
  return flags;
}
