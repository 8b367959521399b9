/**
 * What the user set for one workflow in the panel: schedule options, assumption overrides and custom metric
 * definitions. Plain, serialisable data: it persists, and it becomes the engine's options as it is (so the
 * same values give the CLI's numbers: `--workers`, `--gpu-lanes`, `--items`, `--assume`, `--metrics`).
 */
import {
  checkProfileOptions,
  readCustomMetric,
  type CustomMetric,
  type ProfileOptions,
} from '../../profiling';

export interface WorkflowSettings {
  workers?: number;
  gpuLanes?: number;
  defaultItemCount?: number;
  /** Overrides of estimator assumptions by key (`audioSeconds`, `outputTokens`, …). */
  assumptions?: Record<string, number>;
  /** Metric definitions for node types the profiler does not know, in the order defined. */
  customMetrics?: CustomMetric[];
}

/** The option keys a setting may hold beside `assumptions`. */
export const OPTION_KEYS = ['workers', 'gpuLanes', 'defaultItemCount'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];

export function isOptionKey(key: string): key is OptionKey {
  return (OPTION_KEYS as readonly string[]).includes(key);
}

/** The engine options of a workflow's settings (only what is set). */
export function toProfileOptions(
  settings: WorkflowSettings | undefined,
): Pick<ProfileOptions, OptionKey | 'assumptions' | 'customMetrics'> {
  const out: Pick<ProfileOptions, OptionKey | 'assumptions' | 'customMetrics'> = {};
  if (!settings) return out;
  for (const key of OPTION_KEYS) if (settings[key] !== undefined) out[key] = settings[key];
  if (settings.assumptions && Object.keys(settings.assumptions).length > 0)
    out.assumptions = { ...settings.assumptions };
  if (settings.customMetrics && settings.customMetrics.length > 0) out.customMetrics = settings.customMetrics;
  return out;
}

/** True when nothing is set. */
export function isEmptySettings(settings: WorkflowSettings): boolean {
  return (
    OPTION_KEYS.every((key) => settings[key] === undefined) &&
    Object.keys(settings.assumptions ?? {}).length === 0 &&
    (settings.customMetrics?.length ?? 0) === 0
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads stored settings of one workflow, keeping every valid value and naming each one dropped (with the
 * engine's own message). Never throws.
 */
export function repairWorkflowSettings(
  value: unknown,
  where: string,
): { settings: WorkflowSettings; repairs: string[] } {
  const repairs: string[] = [];
  const settings: WorkflowSettings = {};
  if (!isRecord(value)) return { settings, repairs: [`dropped the settings of ${where} (not an object)`] };
  for (const key of OPTION_KEYS) {
    if (value[key] === undefined) continue;
    try {
      checkProfileOptions({ [key]: value[key] });
      settings[key] = value[key] as number;
    } catch (error) {
      repairs.push(`dropped ${key} of ${where} (${reasonOf(error)})`);
    }
  }
  if (value.assumptions !== undefined) {
    if (!isRecord(value.assumptions)) repairs.push(`dropped the assumptions of ${where} (not an object)`);
    else {
      const assumptions: Record<string, number> = {};
      for (const [key, v] of Object.entries(value.assumptions)) {
        try {
          checkProfileOptions({ assumptions: { [key]: v } as Record<string, number> });
          assumptions[key] = v as number;
        } catch (error) {
          repairs.push(`dropped the assumption ${key} of ${where} (${reasonOf(error)})`);
        }
      }
      if (Object.keys(assumptions).length > 0) settings.assumptions = assumptions;
    }
  }
  if (value.customMetrics !== undefined) {
    if (!Array.isArray(value.customMetrics))
      repairs.push(`dropped the custom metrics of ${where} (not a list)`);
    else {
      const metrics: CustomMetric[] = [];
      value.customMetrics.forEach((entry: unknown, index) => {
        try {
          metrics.push(readCustomMetric(entry, `customMetrics[${index}]`));
        } catch (error) {
          repairs.push(`dropped custom metric #${index + 1} of ${where} (${reasonOf(error)})`);
        }
      });
      if (metrics.length > 0) settings.customMetrics = metrics;
    }
  }
  return { settings, repairs };
}
