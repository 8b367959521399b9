/**
 * A metric table with constant per-type defaults (the baseline's weights, no estimator): profiling with it
 * measures the engine itself — ingest, validation, timing, schedule, memory sweep, score, assembly — on the
 * same weights the graphology baseline uses.
 */
import { createEmptyMetricTable, registerMetricRule } from '../../web/src/profiling/estimate/metricTable';
import type { MetricTable } from '../../web/src/profiling';
import { TYPE_WEIGHT_MS } from './baseline';

export function createConstantMetricTable(): MetricTable {
  const def = (runtimeMs: number) => ({
    category: 'data' as const,
    baseComplexity: 1,
    defaults: { runtimeMs, memoryMb: 10, vramMb: 0, device: 'cpu' as const },
    source: 'bench: constant per-type weight',
  });
  let table = registerMetricRule(createEmptyMetricTable(), '*', def(10));
  for (const [type, ms] of Object.entries(TYPE_WEIGHT_MS)) table = registerMetricRule(table, type, def(ms));
  return table;
}
