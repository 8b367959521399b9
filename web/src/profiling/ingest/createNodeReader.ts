/**
 * The engine's reading of a workflow's nodes (ids, types, parameters), re-done after an edit only for what
 * changed. Editors hand out immutable state: an edit replaces the edited node and keeps every other object,
 * so after an edit that changed a few nodes of a React Flow list of the same length, only those are read
 * again — each through `ingestWorkflow` on its own — and nodes the ingest reads alike
 * (`isSameNodeForAnalysis`: moved, measured, selected) are not read at all. Anything else (another length, a
 * node that was or becomes unreadable, is read in another shape, renamed, or gains or loses the React Flow
 * marker the list's shape is decided by; a NodeTool saved workflow) is read whole.
 *
 * A reading equals a fresh `ingestWorkflow` of the same workflow **as long as nothing passed in is changed in
 * place** afterwards (the contract of React and Zustand state).
 */
import { ingestWorkflow } from './ingestWorkflow';
import { isObject } from './readFields';
import { changedIndices, hasReactFlowMarker, isSameNodeForAnalysis } from './sameForIngest';
import type { WorkflowShape } from './types';

/** The engine's reading of the nodes it keeps, by node index. */
export interface NodeReading {
  /** The shape the node list was read as. */
  readonly shape: WorkflowShape;
  readonly nodeCount: number;
  readonly ids: readonly string[];
  readonly types: readonly string[];
  readonly params: readonly Readonly<Record<string, unknown>>[];
}

/** Most changed nodes read one by one; beyond this the whole list is read again. */
const MAX_NODES_READ_ALONE = 32;

/** Reads a workflow's nodes (null when it has none the engine can use). */
export type NodeReader = (workflow: unknown) => NodeReading | null;

/**
 * @example
 * const read = createNodeReader();
 * read({ nodes, edges })?.ids; // after an edit: only the edited node was read again
 */
export function createNodeReader(): NodeReader {
  /** The React Flow list read last when every node of it was kept (so list index = node index). */
  let previous: { list: readonly unknown[]; reading: NodeReading } | null = null;
  return (workflow) => {
    const list = listOf(workflow);
    const reading = (previous && list && rereadChanged(previous, list)) ?? readWhole(workflow);
    previous = reading && list && reading.nodeCount === list.length ? { list, reading } : null;
    return reading;
  };
}

/** The top-level node list of `{ nodes, edges }` (not of NodeTool's `{ graph }`), else null. */
function listOf(workflow: unknown): readonly unknown[] | null {
  if (typeof workflow !== 'object' || workflow === null || 'graph' in workflow) return null;
  const nodes = (workflow as { nodes?: unknown }).nodes;
  return Array.isArray(nodes) ? nodes : null;
}

/** A fresh reading of the whole workflow (copies: the engine reuses its working lists in its next run). */
export function readWhole(workflow: unknown): NodeReading | null {
  if (typeof workflow !== 'object' || workflow === null || Array.isArray(workflow)) return null;
  let ingested: ReturnType<typeof ingestWorkflow>;
  try {
    ingested = ingestWorkflow(workflow);
  } catch {
    // Ingest reports problems as issues; an input that still throws (a throwing getter) reads as nothing.
    return null;
  }
  if (ingested.nodeCount === 0) return null;
  return {
    shape: ingested.shape,
    nodeCount: ingested.nodeCount,
    ids: ingested.ids.slice(0, ingested.nodeCount),
    types: ingested.types.slice(0, ingested.nodeCount),
    params: ingested.params.slice(0, ingested.nodeCount),
  };
}

/** The previous reading with the changed nodes read again (ids kept), or null to read the whole list. */
function rereadChanged(
  previous: { list: readonly unknown[]; reading: NodeReading },
  list: readonly unknown[],
): NodeReading | null {
  const before = previous.list;
  if (before.length !== list.length) return null;
  const changed = changedIndices(before, list, MAX_NODES_READ_ALONE, isSameNodeForAnalysis);
  if (!changed) return null;
  const old = previous.reading;
  if (changed.length === 0) return old;
  const types = old.types.slice();
  const params = old.params.slice();
  for (const i of changed) {
    // The list's shape is decided by every node's markers: a node gaining or losing its React Flow marker
    // can change it (and with it how every node is read).
    const node = list[i];
    const was = before[i];
    if (!isObject(node) || !isObject(was) || hasReactFlowMarker(node) !== hasReactFlowMarker(was))
      return null;
    // A node's reading is its own, given the list's shape (parents and edges are not part of it).
    const alone = ingestWorkflow({ nodes: [list[i]], edges: [] });
    if (alone.shape !== old.shape || alone.nodeCount !== 1 || alone.ids[0] !== old.ids[i]) return null;
    types[i] = alone.types[0]!;
    params[i] = alone.params[0]!;
  }
  return { ...old, types, params };
}
