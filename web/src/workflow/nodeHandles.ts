/**
 * Which handles a node card draws: the inputs and outputs its edges use (including dynamic ones), its
 * dynamic properties/outputs, and the catalog defaults for known types, so new nodes can be connected.
 */
import type { WorkflowFlowEdge, WorkflowFlowNode } from './editorGraph';
import { findNodeTypeSpec } from './nodeCatalog';
import { getNodeRenderKind } from './nodeDisplay';

/** Handle names of one node, in display order. */
export interface NodeHandles {
  inputs: string[];
  outputs: string[];
}

function pushUnique(list: string[], name: string | null | undefined): void {
  if (typeof name === 'string' && name && !list.includes(name)) list.push(name);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/**
 * Handles for every node. Pass the previous result to keep unchanged entries referentially equal (so only
 * the cards whose handles changed re-render).
 */
export function computeNodeHandles(
  nodes: readonly WorkflowFlowNode[],
  edges: readonly WorkflowFlowEdge[],
  previous?: Readonly<Record<string, NodeHandles>>,
): Record<string, NodeHandles> {
  const result: Record<string, NodeHandles> = {};
  for (const node of nodes) {
    if (getNodeRenderKind(node.type) === 'comment' || getNodeRenderKind(node.type) === 'group') {
      result[node.id] = { inputs: [], outputs: [] };
      continue;
    }
    const spec = findNodeTypeSpec(node.type);
    const inputs = [...(spec?.inputs ?? [])];
    const outputs = [...(spec?.outputs ?? [])];
    for (const key of Object.keys(node.data.dynamicProperties ?? {})) pushUnique(inputs, key);
    for (const key of Object.keys(node.data.dynamicOutputs ?? {})) pushUnique(outputs, key);
    result[node.id] = { inputs, outputs };
  }
  for (const edge of edges) {
    pushUnique(result[edge.source]?.outputs ?? [], edge.sourceHandle ?? 'output');
    pushUnique(result[edge.target]?.inputs ?? [], edge.targetHandle ?? 'input');
  }
  for (const node of nodes) {
    const entry = result[node.id];
    if (!entry) continue;
    const kind = getNodeRenderKind(node.type);
    if (kind === 'workflow' && !findNodeTypeSpec(node.type)) {
      // Unknown type with no edges yet: one generic output so it can still be wired.
      if (entry.outputs.length === 0 && !/\.output\./.test(node.type)) entry.outputs.push('output');
    }
    if (kind === 'preview' && entry.inputs.length === 0) entry.inputs.push('value');
    const old = previous?.[node.id];
    if (old && sameList(old.inputs, entry.inputs) && sameList(old.outputs, entry.outputs))
      result[node.id] = old;
  }
  return result;
}
