/**
 * NodeTool saved workflow ⇄ editor graph. `toEditorWorkflow` is total over anything `validateWorkflow`
 * accepts (null `data`/`ui_properties`, missing positions, parents listed after children); `toNodetoolWorkflow`
 * writes the NodeTool format back, keeping the fields the editor does not model.
 */
import type { EditorWorkflow, WorkflowFlowEdge, WorkflowFlowNode, WorkflowMeta } from './editorGraph';
import { getNodeRenderKind } from './nodeDisplay';
import type { NodetoolEdge, NodetoolNode, NodetoolWorkflow } from './nodetoolTypes';

/** Grid used for nodes that have no saved position (assumption: a typical card is ~260×160 px). */
const AUTO_LAYOUT = { columns: 8, dx: 300, dy: 220 } as const;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function optionalFinite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The `{ nodes, edges }` of a workflow object, whether saved (`graph`) or bare. */
export function getGraphOf(input: unknown): { nodes: unknown[]; edges: unknown[] } {
  const record = asRecord(input) ?? {};
  const graph = asRecord(record.graph) ?? record;
  return {
    nodes: Array.isArray(graph.nodes) ? graph.nodes : [],
    edges: Array.isArray(graph.edges) ? graph.edges : [],
  };
}

const NODE_KNOWN_KEYS = new Set([
  'id',
  'type',
  'parent_id',
  'data',
  'ui_properties',
  'dynamic_properties',
  'dynamic_outputs',
]);
const UI_KNOWN_KEYS = new Set(['position', 'width', 'height', 'zIndex', 'title', 'selected']);

function convertNode(raw: NodetoolNode, index: number): WorkflowFlowNode {
  const ui = asRecord(raw.ui_properties) ?? {};
  const position = asRecord(ui.position);
  const kind = getNodeRenderKind(raw.type);
  const nodeExtras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!NODE_KNOWN_KEYS.has(key)) nodeExtras[key] = value;
  const uiExtras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ui)) if (!UI_KNOWN_KEYS.has(key)) uiExtras[key] = value;
  const node: WorkflowFlowNode = {
    id: String(raw.id),
    type: String(raw.type),
    position: {
      x: finiteOr(position?.x, (index % AUTO_LAYOUT.columns) * AUTO_LAYOUT.dx),
      y: finiteOr(position?.y, Math.floor(index / AUTO_LAYOUT.columns) * AUTO_LAYOUT.dy),
    },
    data: {
      properties: { ...(asRecord(raw.data) ?? {}) },
      ...(typeof ui.title === 'string' && ui.title ? { title: ui.title } : {}),
      ...(asRecord(raw.dynamic_properties)
        ? { dynamicProperties: { ...asRecord(raw.dynamic_properties) } }
        : {}),
      ...(asRecord(raw.dynamic_outputs) ? { dynamicOutputs: { ...asRecord(raw.dynamic_outputs) } } : {}),
      uiExtras,
      nodeExtras,
    },
  };
  if (typeof raw.parent_id === 'string' && raw.parent_id) node.parentId = raw.parent_id;
  const width = optionalFinite(ui.width);
  const height = optionalFinite(ui.height);
  if (width !== undefined) node.width = width;
  // Regular cards size their height to content; layout nodes (comment, group, preview) keep the saved box.
  if (height !== undefined && kind !== 'workflow') node.height = height;
  if (typeof ui.zIndex === 'number' && Number.isFinite(ui.zIndex)) node.zIndex = ui.zIndex;
  return node;
}

/**
 * Orders nodes so every parent comes before its children (React Flow requires it) and drops parent links
 * that point to a missing node or form a loop. Returns the ids whose parent link was dropped.
 */
export function orderParentsFirst(nodes: WorkflowFlowNode[]): {
  nodes: WorkflowFlowNode[];
  droppedParents: string[];
} {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const droppedParents: string[] = [];
  for (const node of nodes) {
    if (node.parentId === undefined) continue;
    // Walk up the chain; a missing parent or a loop detaches this node.
    const seen = new Set<string>([node.id]);
    let cursor: string | undefined = node.parentId;
    while (cursor !== undefined) {
      if (seen.has(cursor) || !byId.has(cursor)) {
        delete node.parentId;
        droppedParents.push(node.id);
        break;
      }
      seen.add(cursor);
      cursor = byId.get(cursor)?.parentId;
    }
  }
  const depth = (node: WorkflowFlowNode): number => {
    let d = 0;
    let cursor = node.parentId;
    while (cursor !== undefined) {
      d += 1;
      cursor = byId.get(cursor)?.parentId;
    }
    return d;
  };
  const depths = new Map(nodes.map((n) => [n.id, depth(n)]));
  const ordered = nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => (depths.get(a.node.id) ?? 0) - (depths.get(b.node.id) ?? 0) || a.index - b.index)
    .map((entry) => entry.node);
  return { nodes: ordered, droppedParents };
}

function convertEdge(raw: NodetoolEdge, index: number): WorkflowFlowEdge {
  const sourceHandle = typeof raw.sourceHandle === 'string' ? raw.sourceHandle : null;
  const targetHandle = typeof raw.targetHandle === 'string' ? raw.targetHandle : null;
  const id =
    typeof raw.id === 'string' && raw.id
      ? raw.id
      : typeof raw.id === 'number'
        ? String(raw.id)
        : `edge-${index}-${raw.source}-${sourceHandle ?? ''}-${raw.target}-${targetHandle ?? ''}`;
  const edge: WorkflowFlowEdge = {
    id,
    source: String(raw.source),
    target: String(raw.target),
    sourceHandle,
    targetHandle,
    data: { edgeType: raw.edge_type === 'control' ? 'control' : 'data' },
  };
  const ui = asRecord(raw.ui_properties);
  if (ui && edge.data) edge.data.uiProperties = { ...ui };
  return edge;
}

/** Converts a (validated) NodeTool workflow object into the editor's graph. */
export function toEditorWorkflow(input: unknown, fallbackName = 'Untitled workflow'): EditorWorkflow {
  const record = asRecord(input) ?? {};
  const { nodes: rawNodes, edges: rawEdges } = getGraphOf(input);
  const converted = rawNodes.map((n, i) => convertNode(n as NodetoolNode, i));
  const { nodes } = orderParentsFirst(converted);
  const edges = rawEdges.map((e, i) => convertEdge(e as NodetoolEdge, i));
  const meta: WorkflowMeta = {};
  for (const [key, value] of Object.entries(record))
    if (key !== 'graph' && key !== 'nodes' && key !== 'edges') meta[key] = value;
  const name = typeof record.name === 'string' && record.name.trim() ? record.name.trim() : fallbackName;
  return { name, meta, nodes, edges };
}

/** Writes the editor graph back as a NodeTool saved workflow. */
export function toNodetoolWorkflow(workflow: EditorWorkflow): NodetoolWorkflow {
  const nodes: NodetoolNode[] = workflow.nodes.map((node) => {
    const ui: Record<string, unknown> = {
      ...(node.data.uiExtras ?? {}),
      position: { x: node.position.x, y: node.position.y },
      zIndex: node.zIndex ?? 0,
    };
    if (node.width !== undefined) ui.width = node.width;
    if (node.height !== undefined) ui.height = node.height;
    if (node.data.title) ui.title = node.data.title;
    return {
      id: node.id,
      parent_id: node.parentId ?? null,
      type: node.type,
      data: { ...node.data.properties },
      ui_properties: ui,
      dynamic_properties: { ...(node.data.dynamicProperties ?? {}) },
      dynamic_outputs: { ...(node.data.dynamicOutputs ?? {}) },
      ...(node.data.nodeExtras ?? {}),
    };
  });
  const edges: NodetoolEdge[] = workflow.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    sourceHandle: edge.sourceHandle ?? 'output',
    target: edge.target,
    targetHandle: edge.targetHandle ?? '',
    ui_properties: edge.data?.uiProperties ?? null,
    ...(edge.data?.edgeType === 'control' ? { edge_type: 'control' } : {}),
  }));
  return { ...workflow.meta, name: workflow.name, graph: { nodes, edges } };
}
