/** Build the graph kernel of an ingested workflow. */
import type { IngestedWorkflow } from '../ingest/types';
import { buildGraph, type GraphKernel } from './buildGraph';

/** Kernel over the workflow's node indices; control edges keep their flag. O(n + m). */
export function buildKernelFromWorkflow(workflow: IngestedWorkflow): GraphKernel {
  const { count, source, target, control } = workflow.edges;
  return buildGraph(workflow.nodeCount, count, source, target, control);
}
