/**
 * The NodeTool saved-workflow format, as found in real files (nodetool-base, nodetool-huggingface,
 * nodetool-mlx examples). Only the fields this project reads are typed; everything else is kept as-is.
 * Framework-free: shared by the engine (web/src/profiling) and the host editor (web/src/editor).
 */

export interface NodetoolPosition {
  x: number;
  y: number;
}

/** `ui_properties` of a node. Real files contain `null`, `{}` or omit it entirely. */
export interface NodetoolUiProperties {
  position?: NodetoolPosition;
  width?: number;
  height?: number;
  zIndex?: number;
  selected?: boolean;
  selectable?: boolean;
  title?: string;
  color?: string;
  [key: string]: unknown;
}

export interface NodetoolNode {
  id: string;
  /** Fully-qualified node type, e.g. `nodetool.agents.Agent`, `huggingface.text_to_image.StableDiffusion`. */
  type: string;
  /** Parent Group node id, or null. */
  parent_id?: string | null;
  /** Node parameters (model, max_tokens, num_inference_steps, …). */
  data?: Record<string, unknown> | null;
  ui_properties?: NodetoolUiProperties | null;
  dynamic_properties?: Record<string, unknown> | null;
  dynamic_outputs?: Record<string, unknown> | null;
  [key: string]: unknown;
}

export interface NodetoolEdge {
  id?: string | null;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  /** `"control"` for control edges; data edges omit it or say `"data"`. */
  edge_type?: string | null;
  ui_properties?: Record<string, unknown> | null;
  [key: string]: unknown;
}

export interface NodetoolGraph {
  nodes: NodetoolNode[];
  edges: NodetoolEdge[];
}

/** A saved NodeTool workflow file: `{ id, name, description, graph: { nodes, edges }, … }`. */
export interface NodetoolWorkflow {
  id?: string;
  name?: string;
  description?: string;
  tags?: string[] | null;
  graph: NodetoolGraph;
  [key: string]: unknown;
}

/**
 * A node as the editor holds it for React Flow: `type` is the NodeTool type, parameters live in
 * `data.properties`, the group parent in `parentId`.
 */
export interface EditorNodeData {
  properties: Record<string, unknown>;
  title?: string;
  [key: string]: unknown;
}

export interface EditorNode {
  id: string;
  type?: string;
  position: NodetoolPosition;
  parentId?: string;
  data: EditorNodeData;
  width?: number;
  height?: number;
  [key: string]: unknown;
}

export interface EditorEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
  data?: { edgeType?: string } & Record<string, unknown>;
  [key: string]: unknown;
}
