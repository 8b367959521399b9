/**
 * The comparison baseline: what a graph library gives out of the box — graphology's DirectedGraph, the
 * topological sort of graphology-dag, and a longest-path pass written on top of its neighbour API. Node
 * weights come from a constant per-type table (no estimation), so the baseline does strictly less work
 * than profileWorkflow.
 */
import { DirectedGraph } from 'graphology';
import { topologicalSort } from 'graphology-dag';
import type { BenchWorkflow } from './generateDag';

export const TYPE_WEIGHT_MS: Record<string, number> = {
  'nodetool.agents.Agent': 6000,
  'huggingface.text_to_image.StableDiffusion': 8000,
  'vector.chroma.HybridSearch': 200,
};

/** Weight of a node type in the baseline (and in the constant metric table of the bench). */
export function typeWeightMs(type: string): number {
  return TYPE_WEIGHT_MS[type] ?? 10;
}

/** Build, sort, and find the longest weighted path; returns its length (ms). */
export function runGraphologyBaseline(workflow: BenchWorkflow): number {
  const graph = new DirectedGraph();
  for (const node of workflow.graph.nodes) graph.addNode(node.id, { weight: typeWeightMs(node.type) });
  for (const edge of workflow.graph.edges) {
    if (edge.source !== edge.target && graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.mergeEdge(edge.source, edge.target);
    }
  }
  const order = topologicalSort(graph);
  const finish = new Map<string, number>();
  let longest = 0;
  for (const id of order) {
    let start = 0;
    graph.forEachInNeighbor(id, (pred) => {
      const f = finish.get(pred) ?? 0;
      if (f > start) start = f;
    });
    const end = start + (graph.getNodeAttribute(id, 'weight') as number);
    finish.set(id, end);
    if (end > longest) longest = end;
  }
  return longest;
}
