/**
 * The worker side of the analysis. A pass arrives in parts so that no single message is large: the graph's
 * nodes and edges in slices (`receiveGraphPart`), then `analyseGraph` runs the engine on the assembled graph
 * and keeps the profile, whose long lists are fetched back in slices (`takeResultPart`). Each message is then
 * cloned in a short task on the main thread, however large the workflow. `analyse` does a whole pass in
 * one message (small graphs, tests). Nothing throws across the boundary: failures come back as data, so coded
 * errors keep their code. The worker entry exposes this with comlink; tests call it directly or over a
 * MessageChannel.
 */
import type { Profile } from '../../../profiling';
import { runProfileRequest, type AnalysisRequest } from './analysisRequest';
import { toAnalysisFailure, type AnalysisFailure, type AnalysisOutcome } from './analysisOutcome';
import { createMetricTableCache } from './metricTableFromRules';

/** Profile fields that can hold one entry per node: fetched in slices. */
export const SLICED_PROFILE_FIELDS = ['nodes', 'schedule', 'waves'] as const;
export type SlicedProfileField = (typeof SLICED_PROFILE_FIELDS)[number];

/** The profile without its sliced lists (they are empty), and each list's length. */
export type AnalysisHead =
  | { ok: true; head: Profile; lengths: Record<SlicedProfileField, number>; engineMs: number }
  | { ok: false; failure: AnalysisFailure };

export interface AnalysisService {
  /** One whole pass in one message. */
  analyse(request: AnalysisRequest): AnalysisOutcome;
  /** Appends a slice of the nodes or edges of graph `graphId` (a new id starts a new graph). */
  receiveGraphPart(graphId: number, part: 'nodes' | 'edges', items: unknown[]): void;
  /**
   * Makes graph `toId` from graph `fromId` with some entries replaced (`[index, item]`, e.g. the one node an
   * edit changed). False when the worker no longer holds `fromId` (then the whole graph must be posted).
   */
  patchGraph(
    fromId: number,
    toId: number,
    changes: { nodes: Array<[number, unknown]>; edges: Array<[number, unknown]> },
  ): boolean;
  /** Analyses graph `graphId` (as received so far) and keeps the profile for `takeResultPart`. */
  analyseGraph(
    graphId: number,
    options: AnalysisRequest['options'],
    metricRules: AnalysisRequest['metricRules'],
  ): AnalysisHead;
  /** A slice of a list of the profile kept by the last `analyseGraph`. */
  takeResultPart(field: SlicedProfileField, from: number, to: number): unknown[];
}

export function createAnalysisService(): AnalysisService {
  const metricTableFor = createMetricTableCache();
  let graph: { id: number; nodes: unknown[]; edges: unknown[] } | null = null;
  let result: Profile | null = null;

  const run = (request: AnalysisRequest): AnalysisOutcome => {
    try {
      const started = performance.now();
      const profile = runProfileRequest(request, metricTableFor(request.metricRules));
      return { ok: true, profile, engineMs: performance.now() - started };
    } catch (thrown) {
      return { ok: false, failure: toAnalysisFailure(thrown) };
    }
  };

  return {
    analyse: run,
    receiveGraphPart(graphId, part, items) {
      if (graph?.id !== graphId) graph = { id: graphId, nodes: [], edges: [] };
      const list = graph[part];
      for (const item of items) list.push(item);
    },
    patchGraph(fromId, toId, changes) {
      if (graph?.id !== fromId) return false;
      const nodes = graph.nodes.slice();
      const edges = graph.edges.slice();
      for (const [index, item] of changes.nodes) nodes[index] = item;
      for (const [index, item] of changes.edges) edges[index] = item;
      graph = { id: toId, nodes, edges };
      return true;
    },
    analyseGraph(graphId, options, metricRules) {
      result = null;
      const nodes = graph?.id === graphId ? graph.nodes : [];
      const edges = graph?.id === graphId ? graph.edges : [];
      const outcome = run({ graph: { nodes, edges } as AnalysisRequest['graph'], options, metricRules });
      if (!outcome.ok) return outcome;
      result = outcome.profile;
      const lengths = {
        nodes: result.nodes.length,
        schedule: result.schedule.length,
        waves: result.waves?.length ?? 0,
      };
      const head: Profile = { ...result, nodes: [], schedule: [] };
      if (result.waves !== undefined) head.waves = [];
      return { ok: true, head, lengths, engineMs: outcome.engineMs };
    },
    takeResultPart(field, from, to) {
      const list = (result?.[field] ?? []) as unknown[];
      return list.slice(from, to);
    },
  };
}
