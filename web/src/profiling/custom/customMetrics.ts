/**
 * Metric definitions written as plain data (`CustomMetric`): checked field by field with a message naming the
 * field and the bound, turned into metric-table rules, and read from / written to a versioned JSON file
 * (the panel's export, the CLI's `--metrics`). Framework-free and serialisable, so a Web Worker can take them.
 */
import { describeValue } from '../bounds/describeValue';
import { MAX_NODE_MEMORY_MB, MAX_NODE_RUNTIME_MS } from '../bounds/limits';
import { invalidOption } from '../errors';
import { CATEGORY_DEFAULTS } from '../estimate/categoryDefaults';
import { computeComplexity } from '../estimate/complexity';
import { registerMetricRule } from '../estimate/metricTable';
import type { MetricTable, NodeMetricDefinition } from '../estimate/types';
import type { CustomMetric, ExecutionDevice, NodeCategory } from '../types';

/** Version of the custom-metrics file format. */
export const CUSTOM_METRICS_VERSION = 1;
/** `kind` of the file, so another JSON file is not misread as one. */
export const CUSTOM_METRICS_KIND = 'workflow-profiler.custom-metrics';
/** Longest note kept (a source line, not a document). */
const MAX_NOTE = 200;

export const NODE_CATEGORIES: readonly NodeCategory[] = Object.keys(CATEGORY_DEFAULTS) as NodeCategory[];
export const EXECUTION_DEVICES: readonly ExecutionDevice[] = ['gpu', 'cpu', 'remote', 'none'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readNumber(value: unknown, field: string, max: number, unit: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw invalidOption(
      field,
      `must be a number of ${unit} from 0 to ${max.toLocaleString('en-US')} (got ${describeValue(value)})`,
    );
  }
  return value;
}

/**
 * Check one definition; throws `option.invalid` naming `<field>.<name>` (e.g. `customMetrics[0].runtimeMs`).
 * @example readCustomMetric({ type: 'acme.Resize', category: 'image-op', runtimeMs: 120, memoryMb: 50, vramMb: 0, device: 'cpu' }, 'metric')
 */
export function readCustomMetric(value: unknown, field: string): CustomMetric {
  if (!isRecord(value)) throw invalidOption(field, `must be an object (got ${describeValue(value)})`);
  const type = value.type;
  if (
    typeof type !== 'string' ||
    type.trim() === '' ||
    type.length > 300 ||
    (type.includes('*') && type.indexOf('*') !== type.length - 1)
  ) {
    throw invalidOption(
      `${field}.type`,
      `must be a node type (e.g. "acme.image.Resize") or a prefix ending in one "*" (got ${describeValue(type)})`,
    );
  }
  if (typeof value.category !== 'string' || !NODE_CATEGORIES.includes(value.category as NodeCategory)) {
    throw invalidOption(
      `${field}.category`,
      `must be one of ${NODE_CATEGORIES.join(', ')} (got ${describeValue(value.category)})`,
    );
  }
  if (typeof value.device !== 'string' || !EXECUTION_DEVICES.includes(value.device as ExecutionDevice)) {
    throw invalidOption(
      `${field}.device`,
      `must be gpu, cpu, remote or none (got ${describeValue(value.device)})`,
    );
  }
  const out: CustomMetric = {
    type: type.trim(),
    category: value.category as NodeCategory,
    runtimeMs: readNumber(value.runtimeMs, `${field}.runtimeMs`, MAX_NODE_RUNTIME_MS, 'ms'),
    memoryMb: readNumber(value.memoryMb, `${field}.memoryMb`, MAX_NODE_MEMORY_MB, 'MB'),
    vramMb: readNumber(value.vramMb, `${field}.vramMb`, MAX_NODE_MEMORY_MB, 'MB'),
    device: value.device as ExecutionDevice,
  };
  if (value.note !== undefined) {
    if (typeof value.note !== 'string')
      throw invalidOption(`${field}.note`, `must be text (got ${describeValue(value.note)})`);
    const note = value.note.trim().slice(0, MAX_NOTE);
    if (note) out.note = note;
  }
  return out;
}

/** Check a list of definitions (`option.invalid` naming `customMetrics[i].<field>`); a later type replaces an earlier one. */
export function readCustomMetrics(value: unknown, field = 'customMetrics'): CustomMetric[] {
  if (!Array.isArray(value))
    throw invalidOption(field, `must be a list of metric definitions (got ${describeValue(value)})`);
  const byType = new Map<string, CustomMetric>();
  value.forEach((entry, index) => {
    const metric = readCustomMetric(entry, `${field}[${index}]`);
    byType.delete(metric.type);
    byType.set(metric.type, metric);
  });
  return [...byType.values()];
}

/** The metric-table definition of a custom metric: its figures are the type's defaults (no estimator). */
export function toMetricDefinition(metric: CustomMetric): NodeMetricDefinition {
  return {
    category: metric.category,
    baseComplexity: computeComplexity(metric.runtimeMs, metric.memoryMb + metric.vramMb, 1),
    defaults: {
      runtimeMs: metric.runtimeMs,
      memoryMb: metric.memoryMb,
      vramMb: metric.vramMb,
      device: metric.device,
    },
    source: `custom metric definition${metric.note ? ` (${metric.note})` : ''}`,
  };
}

/** A new table with every custom metric added as a user rule (they win over built-in and earlier rules). */
export function applyCustomMetrics(table: MetricTable, metrics: readonly CustomMetric[]): MetricTable {
  return metrics.reduce((t, metric) => registerMetricRule(t, metric.type, toMetricDefinition(metric)), table);
}

/** The export file (JSON text, version 1). */
export function writeCustomMetricsFile(metrics: readonly CustomMetric[]): string {
  return JSON.stringify({ kind: CUSTOM_METRICS_KIND, version: CUSTOM_METRICS_VERSION, metrics }, null, 2);
}

/**
 * Read an exported file: `{ kind, version: 1, metrics: [...] }`, or a bare list of definitions. Throws
 * `option.invalid` naming the field (`metrics[2].vramMb`), the version, or the JSON position.
 */
export function readCustomMetricsFile(text: string): CustomMetric[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalidOption(
      'metrics',
      `file is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  if (Array.isArray(parsed)) return readCustomMetrics(parsed, 'metrics');
  if (!isRecord(parsed))
    throw invalidOption('metrics', 'file must hold { "kind", "version": 1, "metrics": [...] }');
  if (parsed.kind !== undefined && parsed.kind !== CUSTOM_METRICS_KIND) {
    throw invalidOption(
      'metrics.kind',
      `must be "${CUSTOM_METRICS_KIND}" (got ${describeValue(parsed.kind)})`,
    );
  }
  if (parsed.version !== CUSTOM_METRICS_VERSION) {
    throw invalidOption(
      'metrics.version',
      `must be ${CUSTOM_METRICS_VERSION} (got ${describeValue(parsed.version)}); this app reads version ${CUSTOM_METRICS_VERSION} only`,
    );
  }
  return readCustomMetrics(parsed.metrics, 'metrics');
}
