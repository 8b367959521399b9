/**
 * Estimation: metric tables (node type → category, complexity, estimator) and per-node estimates.
 * Framework-free.
 */
export { createBuiltinMetricTable } from './builtinTable';
export { registerMetricRule, resolveMetricDefinition, createEmptyMetricTable } from './metricTable';
export { estimateNode } from './estimateNode';
export { computeComplexity } from './complexity';
export { CATEGORY_DEFAULTS, defineCategoryDefault } from './categoryDefaults';
export type * from './types';
