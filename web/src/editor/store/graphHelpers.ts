/** Pure helpers of the editor store's actions (no state). */
import type { WorkflowFlowNode } from '../../workflow/editorGraph';
import type { FlowNode } from './types';

/** A React Flow node → the editor's plain node (drops runtime fields such as `selected`, `measured`). */
export function toPlainNode(node: FlowNode): WorkflowFlowNode {
  const plain: WorkflowFlowNode = {
    id: node.id,
    type: node.type ?? 'unknown',
    position: { x: node.position.x, y: node.position.y },
    data: node.data,
  };
  if (node.parentId) plain.parentId = node.parentId;
  if (node.width !== undefined) plain.width = node.width;
  if (node.height !== undefined) plain.height = node.height;
  if (node.zIndex !== undefined) plain.zIndex = node.zIndex;
  return plain;
}

/** `prefix_1`, `prefix_2`, … : the first id not in `taken`. */
export function uniqueId(prefix: string, taken: ReadonlySet<string>): string {
  const base = prefix.replace(/[^A-Za-z0-9_-]/g, '_').toLowerCase() || 'node';
  for (let i = 1; ; i += 1) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Ids of a node and all nodes nested in it (group children, recursively). */
export function collectWithDescendants(nodes: readonly FlowNode[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && ids.has(node.parentId) && !ids.has(node.id)) {
        ids.add(node.id);
        grew = true;
      }
    }
  }
  return ids;
}
