/**
 * The main-thread side of a pass in parts (see ./analysisService.ts): posts the graph in slices (skipped
 * when the worker already holds these very arrays, e.g. for the second pass of an analysis; only the changed
 * entries when an edit changed a few nodes or edges — an entry counts as changed only when the analysis reads
 * it differently, so a card React Flow measured or selected is not sent), asks for the analysis, and fetches
 * the profile's long lists back in slices. Every slice is its own message and task, so cloning a
 * 10,000-node graph or profile never blocks the main thread in one piece. Stops early (null) once the pass
 * is no longer wanted.
 */
import type { Remote } from 'comlink';
import type { Profile } from '../../../profiling';
import type { AnalysisRequest } from './analysisRequest';
import type { AnalysisOutcome } from './analysisOutcome';
import { SLICED_PROFILE_FIELDS, type AnalysisService } from './analysisService';
import {
  changedIndices,
  isSameEdgeForAnalysis,
  isSameNodeForAnalysis,
} from '../../../profiling/ingest/sameForIngest';

/**
 * Items per message. Assumption, checked in the 10,000-node browser test: cloning 250 editor nodes or 250
 * profile rows takes well under 50 ms even when this 2-core machine is loaded (in Node under a load average
 * of 14, a whole 10,000-node graph took 845 ms to clone, ≈ 21 ms per 250 nodes).
 */
export const NODES_PER_PART = 250;
export const EDGES_PER_PART = 1000;
export const ROWS_PER_PART = 250;

/** What the worker holds: the arrays of the graph it received last, and its id. */
export interface PostedGraph {
  id: number;
  nodes: readonly unknown[];
  edges: readonly unknown[];
}

let nextGraphId = 0;

/**
 * Most entries an edit may change for the graph to be patched rather than posted whole (an editor edit
 * replaces the edited node and keeps every other node object). Assumption: beyond this, posting in slices
 * costs about the same.
 */
export const MAX_PATCHED_ENTRIES = 250;

/** Sends only what changed since the graph the worker holds (same lengths); null when it cannot. */
async function patchPostedGraph(
  remote: Remote<AnalysisService>,
  graph: AnalysisRequest['graph'],
  posted: { current: PostedGraph | null },
): Promise<number | null> {
  const previous = posted.current;
  if (
    !previous ||
    previous.nodes.length !== graph.nodes.length ||
    previous.edges.length !== graph.edges.length
  )
    return null;
  // Only entries the analysis reads differently are sent (profiling/ingest/sameForIngest.ts).
  const changedNodes = changedIndices(
    previous.nodes,
    graph.nodes,
    MAX_PATCHED_ENTRIES,
    isSameNodeForAnalysis,
  );
  const changedEdges =
    changedNodes &&
    changedIndices(
      previous.edges,
      graph.edges,
      MAX_PATCHED_ENTRIES - changedNodes.length,
      isSameEdgeForAnalysis,
    );
  if (!changedNodes || !changedEdges) return null;
  const nodes = changedNodes.map((i): [number, unknown] => [i, graph.nodes[i]]);
  const edges = changedEdges.map((i): [number, unknown] => [i, graph.edges[i]]);
  const graphId = ++nextGraphId;
  posted.current = null;
  if (!(await remote.patchGraph(previous.id, graphId, { nodes, edges }))) return null;
  posted.current = { id: graphId, nodes: graph.nodes, edges: graph.edges };
  return graphId;
}

/** Posts the graph in slices; the new graph's id, or -1 when the pass stopped being wanted. */
async function postWholeGraph(
  remote: Remote<AnalysisService>,
  graph: AnalysisRequest['graph'],
  posted: { current: PostedGraph | null },
  isWanted: () => boolean,
): Promise<number> {
  posted.current = null;
  const graphId = ++nextGraphId;
  // Post every slice in its own task without waiting for the worker's replies (they only acknowledge).
  const sent: Array<Promise<void>> = [];
  const post = async (part: 'nodes' | 'edges', items: readonly unknown[], size: number) => {
    for (let from = 0; from < items.length; from += size) {
      sent.push(remote.receiveGraphPart(graphId, part, items.slice(from, from + size)));
      await yieldToEventLoop();
      if (!isWanted()) return false;
    }
    return true;
  };
  if (
    !(await post('nodes', graph.nodes, NODES_PER_PART)) ||
    !(await post('edges', graph.edges, EDGES_PER_PART))
  )
    return -1;
  await Promise.all(sent);
  posted.current = { id: graphId, nodes: graph.nodes, edges: graph.edges };
  return graphId;
}

/**
 * Lets the event loop run (input, rendering) before the next slice is cloned. A message rather than
 * `setTimeout(0)`, which browsers clamp to 4 ms once nested: 40 slices would wait 160 ms for nothing.
 */
function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function runInParts(
  remote: Remote<AnalysisService>,
  request: AnalysisRequest,
  posted: { current: PostedGraph | null },
  isWanted: () => boolean,
): Promise<AnalysisOutcome | null> {
  const { nodes, edges } = request.graph;
  let graphId: number;
  if (posted.current && posted.current.nodes === nodes && posted.current.edges === edges) {
    graphId = posted.current.id;
  } else {
    const patched = await patchPostedGraph(remote, request.graph, posted);
    if (patched !== null) graphId = patched;
    else {
      graphId = await postWholeGraph(remote, request.graph, posted, isWanted);
      if (graphId < 0) return null;
    }
  }
  const answer = await remote.analyseGraph(graphId, request.options, request.metricRules);
  if (!answer.ok) return answer;
  if (!isWanted()) return null;
  const profile: Profile = answer.head;
  // Ask for every slice at once: the requests are small, and each reply is cloned in its own task.
  for (const field of SLICED_PROFILE_FIELDS) {
    if (field === 'waves' && profile.waves === undefined) continue;
    const requests: Array<Promise<unknown[]>> = [];
    for (let from = 0; from < answer.lengths[field]; from += ROWS_PER_PART)
      requests.push(remote.takeResultPart(field, from, from + ROWS_PER_PART));
    const parts = await Promise.all(requests);
    if (!isWanted()) return null;
    (profile as unknown as Record<string, unknown[]>)[field] = parts.flat();
  }
  return { ok: true, profile, engineMs: answer.engineMs };
}
