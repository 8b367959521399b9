/**
 * A short hash of what in a workflow affects its cost: node ids, types and parameters, and edges
 * (source, sourceHandle, target, targetHandle, data/control). Positions, titles, selection and other
 * `ui_properties` do not count, nor does the order of the node and edge lists.
 */
import { readWhole, type NodeReading } from '../profiling/ingest/createNodeReader';
import { canonicalJson } from '../profiling/hash/canonicalJson';
import {
  digestTextHash,
  startTextHash,
  updateTextHash,
  type TextHashState,
} from '../profiling/hash/hashText';
import { field, isRecord, stringField } from './readFields';
import { compareCodeUnits } from '../text/compareCodeUnits';

/**
 * The workflow's cost-relevant version: 16 hex digits (FNV-1a 64 over canonical JSON), or null when the
 * input has no usable node list. The NodeTool saved shape (`{ graph: { nodes, edges } }` or `{ nodes,
 * edges }`, parameters in node `data`) and the editor's React Flow shape (parameters in
 * `data.properties`) of the same graph give the same version: both are read through `ingestWorkflow`.
 *
 * The hashed text is `canonicalJson({ nodes, edges })` with `nodes` the `{ id, type, params }` of every node
 * sorted by id and `edges` the canonical text of every edge between known nodes, sorted (docs/runs-format.md,
 * "Workflow version"). An editor re-computing it after every edit should use `createWorkflowVersionMemo`.
 *
 * @example
 * computeWorkflowVersion(JSON.parse(workflowText)); // "3f9c0a51d2e47b18"
 */
export function computeWorkflowVersion(workflow: unknown): string | null {
  const nodes = readWhole(workflow);
  if (!nodes) return null;
  const state = startEdges(readEdgeKeys(workflow as Record<string, unknown>, new Set(nodes.ids)));
  return finishWithNodes(state, sortedOrder(nodes.ids), nodes, canonicalNodeText);
}

/** One node's canonical text: `{"id":…,"params":…,"type":…}`. */
export function canonicalNodeText(
  id: string,
  type: string,
  params: Readonly<Record<string, unknown>>,
): string {
  return canonicalJson({ id, type, params });
}

/** Node indexes in the order of their ids (UTF-16 code unit order, as `<` compares strings). */
export function sortedOrder(ids: readonly string[]): number[] {
  const order = Array.from(ids, (_, index) => index);
  return order.sort((a, b) => compareCodeUnits(ids[a]!, ids[b]!));
}

/** The hash state after `{"edges":[…],"nodes":[` for these edge keys (sorted here). */
export function startEdges(edgeKeys: string[]): TextHashState {
  const state = updateTextHash(startTextHash(), '{"edges":[');
  edgeKeys.sort(compareCodeUnits);
  for (let k = 0; k < edgeKeys.length; k++) {
    updateTextHash(state, k > 0 ? ',' : '');
    // Each key is a string inside the array: written as a JSON string, as canonicalJson writes it.
    updateTextHash(state, JSON.stringify(edgeKeys[k]));
  }
  return updateTextHash(state, '],"nodes":[');
}

/** Feeds the nodes in `order` into a copy of `edgesState` and returns the version. */
export function finishWithNodes(
  edgesState: TextHashState,
  order: readonly number[],
  nodes: NodeReading,
  textOf: (id: string, type: string, params: Readonly<Record<string, unknown>>) => string,
): string {
  const state = { hi: edgesState.hi, lo: edgesState.lo };
  for (let k = 0; k < order.length; k++) {
    const v = order[k]!;
    if (k > 0) updateTextHash(state, ',');
    updateTextHash(state, textOf(nodes.ids[v]!, nodes.types[v]!, nodes.params[v]!));
  }
  return digestTextHash(updateTextHash(state, ']}'));
}

/** Each edge as its canonical text (so sorting them is sorting the edges), endpoints known only. */
export function readEdgeKeys(workflow: Record<string, unknown>, known: ReadonlySet<string>): string[] {
  const list = readEdgeList(workflow);
  if (!list) return [];
  const keys: string[] = [];
  for (const raw of list) {
    if (!isRecord(raw)) continue;
    const source = idOf(raw.source);
    const target = idOf(raw.target);
    if (source === null || target === null || !known.has(source) || !known.has(target)) continue;
    keys.push(
      canonicalJson({
        source,
        sourceHandle: stringField(raw, 'sourceHandle'),
        target,
        targetHandle: stringField(raw, 'targetHandle'),
        type: isControlEdge(raw) ? 'control' : 'data',
      }),
    );
  }
  return keys;
}

/** The edge list the version reads: `graph.edges`, else `edges`; null when there is none. */
export function readEdgeList(workflow: Record<string, unknown>): readonly unknown[] | null {
  const graph = field(workflow, 'graph');
  const list = field(isRecord(graph) ? graph : workflow, 'edges');
  return Array.isArray(list) ? list : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : null;
}

/** Same reading as the engine's ingest: `edge_type`/`type` "control", or in the editor's `data`. */
function isControlEdge(raw: Record<string, unknown>): boolean {
  if (raw.edge_type === 'control' || raw.type === 'control') return true;
  const data = raw.data;
  return isRecord(data) && (data.edgeType === 'control' || data.edge_type === 'control');
}
