/**
 * Builds the job of one analysis pass from the store's settings: the graph, the hardware, the calibration,
 * and the metric rules (data-only rules are posted; a rule with functions keeps the pass on this thread).
 */
import type { Calibration, HardwareSpec, MetricTable, ProfileOptions } from '../../../profiling';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';
import type { RegisteredMetric } from '../persistence';
import type { AnalysisJob } from './profileAnalyser';

export interface AnalysisSettings {
  metrics: MetricTable;
  registeredMetrics: readonly RegisteredMetric[];
  hardwareSpec: HardwareSpec;
  calibration?: Calibration;
  /** The workflow's own options (assumptions, lanes, items, custom metrics): plain data, as the CLI builds them. */
  workflowOptions?: Pick<
    ProfileOptions,
    'workers' | 'gpuLanes' | 'defaultItemCount' | 'assumptions' | 'customMetrics'
  >;
}

export function buildAnalysisJob(
  nodes: EditorNode[],
  edges: EditorEdge[],
  settings: AnalysisSettings,
  suggestions: boolean,
  isWanted: () => boolean,
): AnalysisJob {
  const { metrics, registeredMetrics, hardwareSpec, calibration, workflowOptions } = settings;
  return {
    request: {
      graph: { nodes, edges },
      options: { ...workflowOptions, hardware: hardwareSpec, suggestions, calibration },
      metricRules: registeredMetrics
        .filter((rule) => rule.persistable)
        .map(({ pattern, definition }) => ({ pattern, definition })),
    },
    metrics,
    postable: registeredMetrics.every((rule) => rule.persistable),
    isWanted,
  };
}
