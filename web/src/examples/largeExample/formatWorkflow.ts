/** Serialization of the large example: one node or edge per line, compact, yet diffs stay readable. */
import type { LargeWorkflow } from './buildLargeWorkflow';

/** The file text: the envelope with one-space indentation, then each node and edge as one JSON line. */
export function formatWorkflow(value: LargeWorkflow): string {
  const { graph, ...rest } = value;
  const head = JSON.stringify(rest, null, 1).replace(/\n}$/, '');
  const list = (items: readonly unknown[]) => items.map((item) => `   ${JSON.stringify(item)}`).join(',\n');
  return `${head},\n "graph": {\n  "nodes": [\n${list(graph.nodes)}\n  ],\n  "edges": [\n${list(graph.edges)}\n  ]\n }\n}\n`;
}
