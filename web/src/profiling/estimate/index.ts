/**
 * Estimation: metric tables (node type → category, complexity, estimator) and per-node estimates.
 * Framework-free.
 */
export { createBuiltinMetricTable } from './builtinTable';
export { registerMetricRule, resolveMetricDefinition, createEmptyMetricTable } from './metricTable';
export { estimateNode } from './estimateNode';
export { computeComplexity } from './complexity';
export { CATEGORY_DEFAULTS, defineCategoryDefault } from './categoryDefaults';
export { parseParamCount, type ParsedParams } from './parse/modelId';
export { parseQuantization, bitsToQuantization, type Quantization } from './parse/quantization';
export { readModelRef, isHostedProvider, type ModelRef } from './parse/modelRef';
export {
  KNOWN_LLMS,
  KNOWN_DIFFUSION,
  KNOWN_SPEECH,
  KNOWN_ENCODERS,
  findKnownLlm,
  findKnownDiffusion,
  findKnownSpeech,
  findKnownEncoder,
} from './models';
export type * from './models/types';
export type * from './types';
