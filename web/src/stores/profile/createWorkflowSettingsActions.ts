/**
 * The store's per-workflow settings actions: assumption overrides and custom metric definitions. Each value
 * is checked by the engine before the state changes; a bad one throws the engine's coded error.
 */
import {
  checkProfileOptions,
  readCustomMetric,
  readCustomMetricsFile,
  writeCustomMetricsFile,
  type CustomMetric,
} from '../../profiling';
import { withKey, withoutKey } from './mapUpdates';
import type { GetProfileState, PerformanceProfileActions, SetProfileState } from './storeTypes';
import { isEmptySettings, isOptionKey, type WorkflowSettings } from './workflowSettings';

type SettingsActions = Pick<
  PerformanceProfileActions,
  | 'setAssumption'
  | 'resetAssumptions'
  | 'setCustomMetric'
  | 'removeCustomMetric'
  | 'importCustomMetrics'
  | 'exportCustomMetrics'
>;

export function createWorkflowSettingsActions(set: SetProfileState, get: GetProfileState): SettingsActions {
  const update = (workflowId: string, change: (settings: WorkflowSettings) => WorkflowSettings) => {
    set((state) => {
      const next = change({ ...(state.workflowSettings.get(workflowId) ?? {}) });
      return {
        workflowSettings: isEmptySettings(next)
          ? withoutKey(state.workflowSettings, workflowId)
          : withKey(state.workflowSettings, workflowId, next),
      };
    });
  };

  const mergeMetrics = (list: readonly CustomMetric[], added: readonly CustomMetric[]) => [
    ...list.filter((m) => !added.some((a) => a.type === m.type)),
    ...added,
  ];

  return {
    setAssumption: (workflowId, key, value) => {
      if (value !== undefined) {
        checkProfileOptions(isOptionKey(key) ? { [key]: value } : { assumptions: { [key]: value } });
      }
      update(workflowId, (settings) => {
        if (isOptionKey(key)) {
          if (value === undefined) delete settings[key];
          else settings[key] = value;
          return settings;
        }
        const assumptions = { ...(settings.assumptions ?? {}) };
        if (value === undefined) delete assumptions[key];
        else assumptions[key] = value;
        if (Object.keys(assumptions).length > 0) settings.assumptions = assumptions;
        else delete settings.assumptions;
        return settings;
      });
    },

    resetAssumptions: (workflowId) => {
      update(workflowId, (settings) =>
        settings.customMetrics ? { customMetrics: settings.customMetrics } : {},
      );
    },

    setCustomMetric: (workflowId, metric) => {
      const checked = readCustomMetric(metric, 'metric');
      update(workflowId, (settings) => ({
        ...settings,
        customMetrics: mergeMetrics(settings.customMetrics ?? [], [checked]),
      }));
    },

    removeCustomMetric: (workflowId, type) => {
      update(workflowId, (settings) => {
        const customMetrics = (settings.customMetrics ?? []).filter((m) => m.type !== type);
        const next: WorkflowSettings = { ...settings, customMetrics };
        if (customMetrics.length === 0) delete next.customMetrics;
        return next;
      });
    },

    importCustomMetrics: (workflowId, text) => {
      let metrics: CustomMetric[];
      try {
        metrics = readCustomMetricsFile(text);
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
      if (metrics.length === 0) return 'The file holds no metric definitions.';
      update(workflowId, (settings) => ({
        ...settings,
        customMetrics: mergeMetrics(settings.customMetrics ?? [], metrics),
      }));
      return null;
    },

    exportCustomMetrics: (workflowId) => {
      const metrics = get().workflowSettings.get(workflowId)?.customMetrics;
      return metrics && metrics.length > 0 ? writeCustomMetricsFile(metrics) : null;
    },
  };
}
