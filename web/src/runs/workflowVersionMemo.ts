/**
 * The workflow version of an editor's graph, re-computed after every edit without re-reading what did not
 * change. An editor hands out immutable state: an edit replaces the edited node (and its parameter object)
 * and keeps every other object. So this memo keeps, from the previous call,
 *
 * - the engine's reading of every node (id, type, parameters): after an edit that changed a few nodes of a
 *   React Flow list of the same length, only those are read again (each through the engine's ingest, on
 *   its own), and nodes the ingest reads alike (`isSameNodeForAnalysis`: moved, measured, selected) are
 *   not read at all;
 * - each node's canonical text, by its parameter object (valid while the id and type agree);
 * - the order of the nodes by id (valid while the ids are the same, in the same list order);
 * - the hash state after the edges (valid while the edge list is the same array and the ids are the same).
 *
 * Anything else (another length, a node that was or becomes unreadable or is read in another shape, a
 * renamed node, a workflow in NodeTool's saved shape) reads the whole workflow again. The result always equals `computeWorkflowVersion` of the same
 * graph **as long as nothing passed to the memo is changed in place** afterwards (the contract of React and
 * Zustand state). A caller that mutates its workflow objects must use `computeWorkflowVersion`.
 */
import { ingestWorkflow } from '../profiling';
import { isSameNodeForAnalysis } from '../profiling/ingest/sameForIngest';
import type { TextHashState } from '../profiling/hash/hashText';
import {
  canonicalNodeText,
  finishWithNodes,
  readEdgeKeys,
  readEdgeList,
  readVersionNodes,
  sortedOrder,
  startEdges,
  type VersionNodes,
} from './workflowVersion';

/** Most changed nodes read one by one; beyond this the whole list is read again. */
const MAX_NODES_READ_ALONE = 32;

interface NodeText {
  id: string;
  type: string;
  text: string;
}

interface Previous {
  /** The React Flow node list read last, when every node of it was kept (so list index = node index). */
  list: readonly unknown[] | null;
  nodes: VersionNodes;
  order: number[];
  edgeList: readonly unknown[] | null;
  edgesState: TextHashState;
}

/** A function computing the version of graphs, remembering what it read from the previous one. */
export type WorkflowVersionMemo = (workflow: {
  nodes: readonly unknown[];
  edges: readonly unknown[];
}) => string | null;

/**
 * @example
 * const versionOf = createWorkflowVersionMemo();
 * const version = useMemo(() => versionOf({ nodes, edges }), [nodes, edges]);
 */
export function createWorkflowVersionMemo(): WorkflowVersionMemo {
  const texts = new WeakMap<object, NodeText>();
  let previous: Previous | null = null;

  const textOf = (id: string, type: string, params: Readonly<Record<string, unknown>>): string => {
    const known = texts.get(params);
    if (known && known.id === id && known.type === type) return known.text;
    const text = canonicalNodeText(id, type, params);
    texts.set(params, { id, type, text });
    return text;
  };

  return (workflow) => {
    const record = workflow as unknown as Record<string, unknown>;
    const list = 'graph' in record ? null : record.nodes;
    const patched = previous && Array.isArray(list) ? rereadChanged(previous, list) : null;
    const nodes = patched ?? readVersionNodes(workflow);
    if (!nodes) {
      previous = null;
      return null;
    }
    const edgeList = readEdgeList(record);
    const sameIds = patched !== null || (previous !== null && sameStrings(previous.nodes.ids, nodes.ids));
    const order = sameIds ? previous!.order : sortedOrder(nodes.ids);
    const edgesState =
      sameIds && edgeList !== null && previous!.edgeList === edgeList
        ? previous!.edgesState
        : startEdges(readEdgeKeys(record, new Set(nodes.ids)));
    const everyNodeKept = Array.isArray(list) && nodes.nodeCount === list.length;
    previous = { list: everyNodeKept ? list : null, nodes, order, edgeList, edgesState };
    return finishWithNodes(edgesState, order, nodes, textOf);
  };
}

/**
 * The previous reading with the changed nodes of `list` read again, or null when the whole list must be
 * read (see the module comment). The ids stay the same, so the order and the edges stay valid.
 */
function rereadChanged(previous: Previous, list: readonly unknown[]): VersionNodes | null {
  const before = previous.list;
  if (!before || before.length !== list.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < list.length; i++) {
    if (isSameNodeForAnalysis(before[i], list[i])) continue;
    if (changed.length === MAX_NODES_READ_ALONE) return null;
    changed.push(i);
  }
  if (changed.length === 0) return previous.nodes;
  const types = previous.nodes.types.slice();
  const params = previous.nodes.params.slice();
  for (const i of changed) {
    // Parents do not count in the version: a node's reading is its own (given the list's shape).
    const alone = ingestWorkflow({ nodes: [list[i]], edges: [] });
    const { shape, ids } = previous.nodes;
    if (alone.shape !== shape || alone.nodeCount !== 1 || alone.ids[0] !== ids[i]) return null;
    types[i] = alone.types[0]!;
    params[i] = alone.params[0]!;
  }
  return { ...previous.nodes, types, params };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
