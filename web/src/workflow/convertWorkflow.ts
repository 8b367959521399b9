/**
 * NodeTool saved workflow ⇄ editor graph. `toEditorWorkflow` is total over anything `validateWorkflow`
 * accepts (null `data`/`ui_properties`, missing positions, parents listed after children); `toNodetoolWorkflow`
 * writes the NodeTool format back, keeping the fields the editor does not model.
 */
import type { EditorWorkflow, WorkflowFlowEdge, WorkflowFlowNode, WorkflowMeta } from './editorGraph';
import { detectWorkflowShape, findParentLoops, isControlEdge } from '../profiling';
import { convertReactFlowNode } from './convertReactFlowNode';
import { asRecord, finiteOr, optionalFinite, readIdText, readNodeType } from './jsonFields';
import { getNodeRenderKind } from './nodeDisplay';
import type { NodetoolEdge, NodetoolNode, NodetoolWorkflow } from './nodetoolTypes';

/** Grid used for nodes that have no saved position (assumption: a typical card is ~260×160 px). */
const AUTO_LAYOUT = { columns: 8, dx: 300, dy: 220 } as const;

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

/** Where a node without a saved position goes: the next cell of the auto-layout grid. */
function autoPosition(index: number): { x: number; y: number } {
  return {
    x: (index % AUTO_LAYOUT.columns) * AUTO_LAYOUT.dx,
    y: Math.floor(index / AUTO_LAYOUT.columns) * AUTO_LAYOUT.dy,
  };
}

function convertNode(raw: NodetoolNode, index: number): WorkflowFlowNode {
  const ui = asRecord(raw.ui_properties) ?? {};
  const position = asRecord(ui.position);
  const type = readNodeType(raw);
  const kind = getNodeRenderKind(type);
  const fallback = autoPosition(index);
  const nodeExtras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) if (!NODE_KNOWN_KEYS.has(key)) nodeExtras[key] = value;
  const uiExtras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(ui)) if (!UI_KNOWN_KEYS.has(key)) uiExtras[key] = value;
  const node: WorkflowFlowNode = {
    id: String(raw.id),
    type,
    position: { x: finiteOr(position?.x, fallback.x), y: finiteOr(position?.y, fallback.y) },
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
  const parentId = readIdText(raw.parent_id);
  if (parentId !== undefined) node.parentId = parentId;
  const width = optionalFinite(ui.width);
  const height = optionalFinite(ui.height);
  if (width !== undefined) node.width = width;
  // Regular cards size their height to content; layout nodes (comment, group, preview) keep the saved box.
  if (height !== undefined && kind !== 'workflow') node.height = height;
  if (typeof ui.zIndex === 'number' && Number.isFinite(ui.zIndex)) node.zIndex = ui.zIndex;
  return node;
}

/**
 * Orders nodes so every parent comes before its children (React Flow requires it) and drops the parent links
 * the engine ignores too (see ingest's `node.unknown-parent` and `node.parent-loop` warnings): a parent that
 * is not in the workflow, and every link of a parent loop (a self-parent, a ↔ b, …). Returns the ids whose
 * parent link was dropped.
 */
export function orderParentsFirst(nodes: WorkflowFlowNode[]): {
  nodes: WorkflowFlowNode[];
  droppedParents: string[];
} {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const droppedParents: string[] = [];
  const parents = new Map<number, string>();
  nodes.forEach((node, index) => {
    if (node.parentId === undefined) return;
    if (byId.has(node.parentId)) parents.set(index, node.parentId);
    else {
      delete node.parentId;
      droppedParents.push(node.id);
    }
  });
  const indexById = new Map(nodes.map((n, index) => [n.id, index]));
  for (const v of findParentLoops(parents, indexById)) {
    const node = nodes[v]!;
    delete node.parentId;
    droppedParents.push(node.id);
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
    data: { edgeType: isControlEdge(raw) ? 'control' : 'data' },
  };
  const ui = asRecord(raw.ui_properties) ?? asRecord(asRecord(raw.data)?.uiProperties);
  if (ui && edge.data) edge.data.uiProperties = { ...ui };
  return edge;
}

/**
 * Converts a (validated) workflow object into the editor's graph: a NodeTool saved workflow, or a bare
 * `{ nodes, edges }` list in whichever shape the engine's rule decides (`detectWorkflowShape`).
 */
export function toEditorWorkflow(input: unknown, fallbackName = 'Untitled workflow'): EditorWorkflow {
  const record = asRecord(input) ?? {};
  const { nodes: rawNodes, edges: rawEdges } = getGraphOf(input);
  const reactFlow = detectWorkflowShape(input) === 'reactflow';
  const converted = rawNodes.map((n, i) =>
    reactFlow
      ? convertReactFlowNode(n as Record<string, unknown>, autoPosition(i))
      : convertNode(n as NodetoolNode, i),
  );
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
