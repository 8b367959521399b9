/**
 * The editor's view of a workflow: React Flow-shaped nodes and edges (structurally compatible with
 * `@xyflow/react`'s `Node`/`Edge`, without importing it, so scripts and the engine can use this too).
 */
import type { EditorNodeData, NodetoolPosition } from './nodetoolTypes';

/** Node data as the editor keeps it. `properties` holds the NodeTool `data` (parameters). */
export interface WorkflowNodeData extends EditorNodeData {
  properties: Record<string, unknown>;
  title?: string;
  /** NodeTool `dynamic_properties` (extra inputs, e.g. template variables of FormatText). */
  dynamicProperties?: Record<string, unknown>;
  /** NodeTool `dynamic_outputs` (extra outputs, e.g. tool outputs of an Agent). */
  dynamicOutputs?: Record<string, unknown>;
  /** `ui_properties` fields the editor does not model (color, bypassed, …), kept for export. */
  uiExtras?: Record<string, unknown>;
  /** Top-level node fields the editor does not model (sync_mode, …), kept for export. */
  nodeExtras?: Record<string, unknown>;
}

/**
 * A node as the editor holds it: `type` is the NodeTool type. (A type alias, not an interface, so it is
 * assignable to the engine's `EditorNode` input.)
 */
export type WorkflowFlowNode = {
  id: string;
  type: string;
  position: NodetoolPosition;
  parentId?: string;
  data: WorkflowNodeData;
  width?: number;
  height?: number;
  zIndex?: number;
  selected?: boolean;
};

/** Edge data as the editor keeps it. */
export interface WorkflowEdgeData extends Record<string, unknown> {
  /** `'data'` or `'control'`. */
  edgeType?: string;
  /** `ui_properties` of the edge (e.g. `className: 'image'`), kept for export. */
  uiProperties?: Record<string, unknown>;
}

/** An edge as the editor holds it. */
export type WorkflowFlowEdge = {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
  data?: WorkflowEdgeData;
  selected?: boolean;
};

/** Workflow-level fields other than the graph (id, description, tags, settings, …), kept for export. */
export type WorkflowMeta = Record<string, unknown>;

/** A whole workflow as the editor holds it. */
export interface EditorWorkflow {
  name: string;
  meta: WorkflowMeta;
  nodes: WorkflowFlowNode[];
  edges: WorkflowFlowEdge[];
}
