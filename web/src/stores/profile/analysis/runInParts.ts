/**
 * The main-thread side of a pass in parts (see ./analysisService.ts): posts the graph in slices (skipped
 * when the worker already holds these very arrays, e.g. for the second pass of an analysis), asks for the
 * analysis, and fetches the profile's long lists back in slices. Every slice is its own message and task,
 * so cloning a 10,000-node graph or profile never blocks the main thread in one piece. Stops early (null)
 * once the pass is no longer wanted.
 */
import type { Remote } from 'comlink';
import type { Profile } from '../../../profiling';
import type { AnalysisRequest } from './analysisRequest';
import type { AnalysisOutcome } from './analysisOutcome';
import { SLICED_PROFILE_FIELDS, type AnalysisService } from './analysisService';

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
    posted.current = null;
    graphId = ++nextGraphId;
    for (let from = 0; from < nodes.length; from += NODES_PER_PART) {
      await remote.receiveGraphPart(graphId, 'nodes', nodes.slice(from, from + NODES_PER_PART));
      if (!isWanted()) return null;
    }
    for (let from = 0; from < edges.length; from += EDGES_PER_PART) {
      await remote.receiveGraphPart(graphId, 'edges', edges.slice(from, from + EDGES_PER_PART));
      if (!isWanted()) return null;
    }
    posted.current = { id: graphId, nodes, edges };
  }
  const answer = await remote.analyseGraph(graphId, request.options, request.metricRules);
  if (!answer.ok) return answer;
  if (!isWanted()) return null;
  const profile: Profile = answer.head;
  for (const field of SLICED_PROFILE_FIELDS) {
    const length = answer.lengths[field];
    if (field === 'waves' && profile.waves === undefined) continue;
    const list: unknown[] = [];
    for (let from = 0; from < length; from += ROWS_PER_PART) {
      const part = await remote.takeResultPart(field, from, from + ROWS_PER_PART);
      for (const item of part) list.push(item);
      if (!isWanted()) return null;
    }
    (profile as unknown as Record<string, unknown[]>)[field] = list;
  }
  return { ok: true, profile, engineMs: answer.engineMs };
}
