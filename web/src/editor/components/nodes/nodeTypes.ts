/**
 * React Flow node types. Editor nodes keep their NodeTool type in `type` (the engine reads it), so the
 * component is picked from the type's short name through a Proxy instead of a fixed key list: every NodeTool
 * type gets a card, and no type falls back to React Flow's default node.
 */
import type { ComponentType } from 'react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import { getNodeRenderKind } from '../../../workflow/nodeDisplay';
import { CommentNode } from './CommentNode';
import { GroupNode } from './GroupNode';
import { PreviewNode } from './PreviewNode';
import { WorkflowNode } from './WorkflowNode';

const BY_KIND = {
  comment: CommentNode,
  group: GroupNode,
  preview: PreviewNode,
  workflow: WorkflowNode,
} as const;

/** The node component for a NodeTool type. */
export function getNodeComponent(type: string): ComponentType<NodeProps> {
  return BY_KIND[getNodeRenderKind(type)] as unknown as ComponentType<NodeProps>;
}

/** Stable node-types object for `<ReactFlow nodeTypes>`. */
export const nodeTypes: NodeTypes = new Proxy({} as NodeTypes, {
  get: (_target, key) => (typeof key === 'string' ? getNodeComponent(key) : undefined),
  has: () => true,
});
