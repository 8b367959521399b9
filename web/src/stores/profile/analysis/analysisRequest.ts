/**
 * What an analysis needs, in a form that survives `postMessage` (structured clone): the graph, the engine
 * options without the metric table, and the user's data-only metric rules (the worker rebuilds the table
 * from the built-in one plus these rules). `runProfileRequest` is the one engine call both threads make, so
 * a profile computed in the worker equals the one computed here.
 */
import { profileWorkflow, type MetricTable, type Profile, type ProfileOptions } from '../../../profiling';
import type { NodeMetricDefinition } from '../../../profiling/estimate/types';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';

/** A registered metric rule without functions (what persists, and what can be posted to a worker). */
export interface MetricRuleData {
  pattern: string;
  definition: NodeMetricDefinition;
}

/** Engine options that can be posted: everything but the metric table (see `metricRules`). */
export type PostableProfileOptions = Omit<ProfileOptions, 'metrics' | 'hardware'> & {
  hardware: NonNullable<ProfileOptions['hardware']>;
};

/** One engine pass: the graph, the options, and the user's rules on top of the built-in metric table. */
export interface AnalysisRequest {
  graph: { nodes: EditorNode[]; edges: EditorEdge[] };
  options: PostableProfileOptions;
  /** User rules in registration order (data only); the built-in table comes from the engine. */
  metricRules: MetricRuleData[];
}

/** Runs one pass with `metrics` (the store's table here, the same rules rebuilt in the worker). */
export function runProfileRequest(request: AnalysisRequest, metrics: MetricTable): Profile {
  return profileWorkflow(request.graph, { ...request.options, metrics });
}
