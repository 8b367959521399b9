/**
 * Repairs the nodes and edges of a saved workflow one field at a time, listing every change with the node
 * or edge it touched. Pure: the input is never mutated.
 */
import type { FlowEdge, FlowNode } from './types';

/** One change made to saved data so it could be opened. */
export interface PersistRepair {
  /** Stable code, e.g. `edge.dangling`, `node.position`. */
  code: string;
  /** What was done, in words, naming the node or edge. */
  message: string;
  nodeId?: string;
  edgeId?: string;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Horizontal step used to place a node that had no position, right of the others. */
const PLACE_DX = 320;
/** Vertical step between several placed nodes. */
const PLACE_DY = 160;
const OPTIONAL_RECORDS = ['dynamicProperties', 'dynamicOutputs', 'uiExtras', 'nodeExtras'] as const;
const OPTIONAL_NUMBERS = ['width', 'height', 'zIndex'] as const;

function readId(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

function freshId(base: string, taken: Set<string>): string {
  for (let i = 2; ; i += 1) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function repairNodeData(data: unknown, id: string, repairs: PersistRepair[]): Json {
  if (!isRecord(data)) {
    repairs.push({
      code: 'node.data',
      message: `gave node ${id} empty parameters (it had no data)`,
      nodeId: id,
    });
    return { properties: {} };
  }
  const out: Json = { ...data };
  if (!isRecord(out.properties)) {
    repairs.push({
      code: 'node.properties',
      message: `gave node ${id} empty parameters (its parameters were missing)`,
      nodeId: id,
    });
    out.properties = {};
  }
  if ('title' in out && typeof out.title !== 'string') {
    delete out.title;
    repairs.push({ code: 'node.title', message: `removed node ${id}'s unreadable title`, nodeId: id });
  }
  for (const key of OPTIONAL_RECORDS) {
    if (key in out && !isRecord(out[key])) {
      delete out[key];
      repairs.push({ code: 'node.data', message: `removed node ${id}'s unreadable ${key}`, nodeId: id });
    }
  }
  return out;
}

/** Nodes: drops what has no id or type, renames duplicate ids, defaults data, places unplaced nodes. */
export function repairNodes(input: readonly unknown[], repairs: PersistRepair[]): FlowNode[] {
  const taken = new Set<string>();
  const kept: Json[] = [];
  const unplaced: Json[] = [];
  input.forEach((value, index) => {
    const rawId = isRecord(value) ? readId(value.id) : null;
    if (!isRecord(value) || rawId === null) {
      repairs.push({ code: 'node.dropped', message: `dropped node #${index + 1} (it has no id)` });
      return;
    }
    if (typeof value.type !== 'string' || value.type === '') {
      repairs.push({
        code: 'node.dropped',
        message: `dropped node ${rawId} (it has no type)`,
        nodeId: rawId,
      });
      return;
    }
    let id = rawId;
    if (taken.has(id)) {
      id = freshId(rawId, taken);
      repairs.push({ code: 'node.id', message: `renamed a second node ${rawId} to ${id}`, nodeId: id });
    } else if (value.id !== id) {
      repairs.push({ code: 'node.id', message: `read node id ${id} as text`, nodeId: id });
    }
    taken.add(id);
    const node: Json = { ...value, id, data: repairNodeData(value.data, id, repairs) };
    for (const key of OPTIONAL_NUMBERS) {
      if (key in node && node[key] !== undefined && !Number.isFinite(node[key])) {
        delete node[key];
        repairs.push({ code: 'node.size', message: `removed node ${id}'s unreadable ${key}`, nodeId: id });
      }
    }
    const position = isRecord(node.position) ? node.position : {};
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) unplaced.push(node);
    kept.push(node);
  });
  placeNodes(kept, unplaced, repairs);
  repairParents(kept, repairs);
  return kept as unknown as FlowNode[];
}

/** Puts nodes without a usable position in a column right of the placed ones (keeping a usable coordinate). */
function placeNodes(nodes: Json[], unplaced: Json[], repairs: PersistRepair[]): void {
  const placed = nodes
    .filter((n) => !unplaced.includes(n))
    .map((n) => n.position as { x: number; y: number });
  const column = placed.length > 0 ? Math.max(...placed.map((p) => p.x)) + PLACE_DX : 0;
  const top = placed.length > 0 ? Math.min(...placed.map((p) => p.y)) : 0;
  unplaced.forEach((node, index) => {
    const old = isRecord(node.position) ? node.position : {};
    const x = Number.isFinite(old.x) ? (old.x as number) : column;
    const y = Number.isFinite(old.y) ? (old.y as number) : top + index * PLACE_DY;
    node.position = { x, y };
    const id = node.id as string;
    repairs.push({ code: 'node.position', message: `placed node ${id}, which had no position`, nodeId: id });
  });
}

/** Removes parent links to missing nodes, to the node itself, or that form a loop. */
function repairParents(nodes: Json[], repairs: PersistRepair[]): void {
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  for (const node of nodes) {
    if (!('parentId' in node) || node.parentId === undefined) continue;
    const id = node.id as string;
    const parent = node.parentId;
    let problem: string | null = null;
    if (typeof parent !== 'string' || !byId.has(parent)) problem = 'its group is missing';
    else if (parent === id) problem = 'it was its own group';
    else {
      const seen = new Set([id]);
      for (let at: unknown = parent; typeof at === 'string'; at = byId.get(at)?.parentId) {
        if (seen.has(at)) {
          problem = 'its groups form a loop';
          break;
        }
        seen.add(at);
      }
    }
    if (problem) {
      delete node.parentId;
      repairs.push({
        code: 'node.parent',
        message: `took node ${id} out of its group (${problem})`,
        nodeId: id,
      });
    }
  }
}

/** Edges: drops edges without ends or to missing nodes, gives missing or repeated ids a fresh one. */
export function repairEdges(
  input: readonly unknown[],
  nodes: readonly FlowNode[],
  repairs: PersistRepair[],
): FlowEdge[] {
  const nodeIds = new Set(nodes.map((n) => n.id));
  const taken = new Set<string>();
  const kept: Json[] = [];
  input.forEach((value, index) => {
    const label = isRecord(value) ? (readId(value.id) ?? `#${index + 1}`) : `#${index + 1}`;
    if (!isRecord(value) || typeof value.source !== 'string' || typeof value.target !== 'string') {
      repairs.push({ code: 'edge.dropped', message: `dropped edge ${label} (it has no source or target)` });
      return;
    }
    const missing = !nodeIds.has(value.source) ? 'source' : !nodeIds.has(value.target) ? 'target' : null;
    if (missing) {
      const end = missing === 'source' ? value.source : value.target;
      repairs.push({
        code: 'edge.dangling',
        message: `dropped edge ${label} (its ${missing} node ${end} is missing)`,
        edgeId: label,
      });
      return;
    }
    let id = readId(value.id) ?? `edge_${value.source}_${value.target}`;
    if (taken.has(id) || value.id !== id) {
      const fresh = taken.has(id) ? freshId(id, taken) : id;
      repairs.push({ code: 'edge.id', message: `gave edge ${label} the id ${fresh}`, edgeId: fresh });
      id = fresh;
    }
    taken.add(id);
    const edge: Json = { ...value, id };
    for (const key of ['sourceHandle', 'targetHandle'] as const) {
      if (edge[key] !== undefined && edge[key] !== null && typeof edge[key] !== 'string') {
        edge[key] = null;
        repairs.push({ code: 'edge.handle', message: `cleared edge ${id}'s unreadable ${key}`, edgeId: id });
      }
    }
    if ('data' in edge && edge.data !== undefined && !isRecord(edge.data)) {
      delete edge.data;
      repairs.push({ code: 'edge.data', message: `removed edge ${id}'s unreadable data`, edgeId: id });
    }
    kept.push(edge);
  });
  return kept as unknown as FlowEdge[];
}
