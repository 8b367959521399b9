/**
 * The workflow version of an editor's graph, re-computed after every edit without re-reading what did not
 * change. An editor hands out immutable state: an edit replaces the edited node (and its parameter object)
 * and keeps every other object. So this memo keeps, from the previous call,
 *
 * - the engine's reading of every node (`createNodeReader`: only the nodes an edit changed are read again);
 * - each node's canonical text, by its parameter object (valid while the id and type agree);
 * - the order of the nodes by id (valid while the ids are the same, in the same list order);
 * - the hash state after the edges (valid while the edge list is the same array and the ids are the same).
 *
 * The result always equals `computeWorkflowVersion` of the same graph **as long as nothing passed to the
 * memo is changed in place** afterwards (the contract of React and Zustand state). A caller that mutates
 * its workflow objects must use `computeWorkflowVersion`.
 */
import { createNodeReader, type NodeReading } from '../profiling/ingest/createNodeReader';
import type { TextHashState } from '../profiling/hash/hashText';
import {
  canonicalNodeText,
  finishWithNodes,
  readEdgeKeys,
  readEdgeList,
  sortedOrder,
  startEdges,
} from './workflowVersion';

interface NodeText {
  id: string;
  type: string;
  text: string;
}

interface Previous {
  nodes: NodeReading;
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
  const read = createNodeReader();
  let previous: Previous | null = null;

  const textOf = (id: string, type: string, params: Readonly<Record<string, unknown>>): string => {
    const known = texts.get(params);
    if (known && known.id === id && known.type === type) return known.text;
    const text = canonicalNodeText(id, type, params);
    texts.set(params, { id, type, text });
    return text;
  };

  return (workflow) => {
    const nodes = read(workflow);
    if (!nodes) {
      previous = null;
      return null;
    }
    const record = workflow as unknown as Record<string, unknown>;
    const edgeList = readEdgeList(record);
    const sameIds =
      previous !== null && (previous.nodes.ids === nodes.ids || sameStrings(previous.nodes.ids, nodes.ids));
    const order = sameIds ? previous!.order : sortedOrder(nodes.ids);
    const edgesState =
      sameIds && edgeList !== null && previous!.edgeList === edgeList
        ? previous!.edgesState
        : startEdges(readEdgeKeys(record, new Set(nodes.ids)));
    previous = { nodes, order, edgeList, edgesState };
    return finishWithNodes(edgesState, order, nodes, textOf);
  };
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
