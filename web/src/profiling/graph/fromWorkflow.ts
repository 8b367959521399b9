/** Build the graph kernel of an ingested workflow. */
import type { IngestedWorkflow } from '../ingest/types';
import { buildGraph, type GraphKernel } from './buildGraph';

/** Kernel over the workflow's node indices; control edges keep their flag. O(n + m). */
export function buildKernelFromWorkflow(workflow: IngestedWorkflow): GraphKernel {
  const m = workflow.edges.length;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const control = new Uint8Array(m);
  for (let e = 0; e < m; e++) {
    const edge = workflow.edges[e]!;
    src[e] = edge.source;
    dst[e] = edge.target;
    control[e] = edge.control ? 1 : 0;
  }
  return buildGraph(workflow.nodes.length, m, src, dst, control);
}
