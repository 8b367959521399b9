/** Random small workflows, in NodeTool shape, and the conversion to the React Flow shape. */
import type { Random } from './random';

type Json = Record<string, unknown>;

/** Types that appear when no real workflow gives any (plus unknown and layout ones). */
const FALLBACK_TYPES = [
  'nodetool.agents.Agent',
  'nodetool.input.StringInput',
  'nodetool.output.StringOutput',
  'nodetool.workflows.base_node.Comment',
  'acme.custom.Unknown',
];

/** Node types used by a list of workflows (NodeTool or React Flow shape). */
export function collectTypes(workflows: readonly unknown[]): string[] {
  const types = new Set(FALLBACK_TYPES);
  for (const wf of workflows)
    for (const node of listNodes(wf)) if (typeof node.type === 'string') types.add(node.type);
  return [...types].sort();
}

/** The node objects of a workflow of either shape (empty when it has none). */
export function listNodes(wf: unknown): Json[] {
  const w = wf as { graph?: { nodes?: unknown }; nodes?: unknown } | null;
  const nodes = w && typeof w === 'object' ? (w.graph?.nodes ?? w.nodes) : undefined;
  return Array.isArray(nodes)
    ? (nodes.filter((n) => n && typeof n === 'object' && !Array.isArray(n)) as Json[])
    : [];
}

/** The edge list of a workflow of either shape, created empty when absent. */
export function listEdges(wf: unknown): unknown[] | undefined {
  const w = wf as { graph?: { edges?: unknown }; edges?: unknown } | null;
  const edges = w && typeof w === 'object' ? (w.graph?.edges ?? w.edges) : undefined;
  return Array.isArray(edges) ? edges : undefined;
}

/** A random DAG of `n` nodes (ids n0…), edges only forward; NodeTool shape. */
export function generateWorkflow(r: Random, types: readonly string[], n: number): Json {
  const nodes: Json[] = [];
  const edges: Json[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({
      id: `n${i}`,
      type: r.pick(types),
      data: {},
      ui_properties: { position: { x: i * 10, y: 0 } },
    });
    const parents = i === 0 ? 0 : r.int(3);
    for (let k = 0; k < parents; k++) {
      const from = r.int(i);
      edges.push({
        id: `e${edges.length}`,
        source: `n${from}`,
        sourceHandle: 'output',
        target: `n${i}`,
        targetHandle: r.pick(['input', 'prompt', 'text', 'image']),
      });
    }
  }
  return { name: 'generated', graph: { nodes, edges } };
}

/** The same workflow in the React Flow editor shape (`data.properties`, `position`, `parentId`). */
export function toReactFlow(wf: Json): Json {
  const nodes = listNodes(wf).map((node) => ({
    id: node.id,
    type: node.type,
    position: (node.ui_properties as Json | undefined)?.position ?? { x: 0, y: 0 },
    data: { properties: node.data, title: node.type },
    ...(node.parent_id !== undefined ? { parentId: node.parent_id } : {}),
  }));
  return { nodes, edges: listEdges(wf) ?? [] };
}
