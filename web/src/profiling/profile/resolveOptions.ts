/** Validate `ProfileOptions` and fill in defaults; bad options are fatal `option.invalid` errors. */
import type { Calibration } from '../calibration/types';
import { readCalibration } from '../calibration/readCalibration';
import { describeValue } from '../bounds/describeValue';
import { findAssumptionBound, MAX_ASSUMPTION_VALUE } from '../bounds/limits';
import { applyCustomMetrics, readCustomMetrics } from '../custom/customMetrics';
import { invalidOption as invalid } from '../errors';
import { createBuiltinMetricTable } from '../estimate/builtinTable';
import { checkMetricTable } from '../estimate/metricTable';
import type { MetricTable } from '../estimate/types';
import { resolveHardware } from '../hardware/resolveHardware';
import type { HardwareSpec, ProfileOptions } from '../types';

export interface ResolvedOptions {
  hardware: HardwareSpec & { id?: string };
  workers: number;
  gpuLanes: number;
  defaultItemCount: number;
  table: MetricTable;
  assumptions: Record<string, number>;
  suggestions: boolean;
  /** Undefined when none was given (the engine's path is then exactly the uncalibrated one). */
  calibration: Calibration | undefined;
}

/** Defaults of the schedule options (ASSUMPTIONS, documented in docs/reference.md). */
export const DEFAULT_WORKERS = 4;
export const DEFAULT_GPU_LANES = 1;
export const DEFAULT_ITEM_COUNT = 4;

let builtinTable: MetricTable | undefined;

/** The built-in metric table, built once (tables are immutable values). */
export function getBuiltinMetricTable(): MetricTable {
  builtinTable ??= createBuiltinMetricTable();
  return builtinTable;
}

/** Resolve options; throws ProfileError naming the bad option. */
export function resolveOptions(options: ProfileOptions | undefined): ResolvedOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw invalid('options', 'must be an object');
  }
  const o = options ?? {};
  return {
    hardware: resolveHardware(o.hardware),
    workers: readInteger(o.workers, 'workers', DEFAULT_WORKERS, 1, 1024),
    gpuLanes: readInteger(o.gpuLanes, 'gpuLanes', DEFAULT_GPU_LANES, 1, 64),
    defaultItemCount: readInteger(o.defaultItemCount, 'defaultItemCount', DEFAULT_ITEM_COUNT, 1, 1_000_000),
    table:
      o.customMetrics === undefined
        ? readTable(o.metrics)
        : applyCustomMetrics(readTable(o.metrics), readCustomMetrics(o.customMetrics)),
    assumptions: readAssumptions(o.assumptions),
    suggestions: readBoolean(o.suggestions, 'suggestions', true),
    calibration: o.calibration === undefined ? undefined : readCalibration(o.calibration),
  };
}

/**
 * Check options without profiling (e.g. a value typed into the panel); throws the same coded `option.invalid`
 * error `profileWorkflow` would, naming the field.
 */
export function checkProfileOptions(options: ProfileOptions): void {
  resolveOptions(options);
}

function readInteger(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(name, `must be an integer from ${min} to ${max} (got ${describeValue(value)})`);
  }
  return value;
}

function readBoolean(value: unknown, name: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw invalid(name, `must be true or false (got ${describeValue(value)})`);
  return value;
}

function readTable(value: unknown): MetricTable {
  if (value === undefined) return getBuiltinMetricTable();
  const table = value as Partial<MetricTable> | null;
  if (!table || !(table.exact instanceof Map) || !Array.isArray(table.patterns)) {
    throw invalid('metrics', 'must be a metric table (from createBuiltinMetricTable / registerMetricRule)');
  }
  checkMetricTable(table as MetricTable);
  return table as MetricTable;
}

function readAssumptions(value: unknown): Record<string, number> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid('assumptions', 'must be an object of numbers keyed by assumption key');
  }
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, v] of Object.entries(value)) {
    const bound = findAssumptionBound(key);
    const min = bound?.min ?? 0;
    const max = bound?.max ?? MAX_ASSUMPTION_VALUE;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
      const range = bound ? `from ${min} to ${max} (${bound.why})` : `from ${min} to ${max}`;
      throw invalid(`assumptions.${key}`, `must be a number ${range} (got ${describeValue(v)})`);
    }
    out[key] = v;
  }
  return out;
}
