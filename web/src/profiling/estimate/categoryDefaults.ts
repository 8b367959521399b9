/**
 * Type defaults per category: used when a definition has no estimator, when an estimator cannot read the
 * parameters, and for unknown types. ASSUMPTION: these are order-of-magnitude placeholders for one execution
 * on the default device, chosen from the physics of docs/estimation.md for a "typical" node of the category
 * (e.g. an 8B Q4 chat turn, a 30-step SDXL image); every node using them is flagged `confidence: 'low'`.
 */
import type { NodeCategory } from '../types';
import type { NodeMetricDefinition } from './types';

type Defaults = Pick<NodeMetricDefinition, 'baseComplexity' | 'defaults'>;

const d = (
  baseComplexity: number,
  runtimeMs: number,
  memoryMb: number,
  vramMb: number,
  device: NodeMetricDefinition['defaults']['device'],
): Defaults => ({ baseComplexity, defaults: { runtimeMs, memoryMb, vramMb, device } });

/** One entry per category (exhaustive: the compiler checks every category has defaults). */
export const CATEGORY_DEFAULTS: Readonly<Record<NodeCategory, Defaults>> = Object.freeze({
  llm: d(8, 6000, 1000, 6000, 'gpu'),
  'hosted-llm': d(5, 4000, 20, 0, 'remote'),
  embedding: d(4, 150, 300, 500, 'gpu'),
  'image-diffusion': d(10, 8000, 2000, 8000, 'gpu'),
  'video-diffusion': d(14, 240000, 4000, 16000, 'gpu'),
  'speech-to-text': d(7, 6000, 800, 3000, 'gpu'),
  'text-to-speech': d(5, 5000, 800, 1000, 'gpu'),
  'audio-generation': d(8, 20000, 1500, 4000, 'gpu'),
  'image-op': d(2, 40, 100, 0, 'cpu'),
  'audio-op': d(2, 40, 100, 0, 'cpu'),
  'video-op': d(4, 2000, 500, 0, 'cpu'),
  document: d(3, 300, 150, 0, 'cpu'),
  data: d(1, 5, 20, 0, 'cpu'),
  'vector-db': d(3, 80, 200, 0, 'cpu'),
  io: d(2, 50, 20, 0, 'cpu'),
  http: d(3, 800, 20, 0, 'remote'),
  control: d(1, 1, 5, 0, 'cpu'),
  input: d(1, 1, 5, 0, 'cpu'),
  output: d(1, 1, 5, 0, 'cpu'),
  layout: d(1, 0, 0, 0, 'none'),
});

/** A plain definition for a category (type defaults only, no estimator). */
export function defineCategoryDefault(category: NodeCategory, source?: string): NodeMetricDefinition {
  const base = CATEGORY_DEFAULTS[category];
  return { category, baseComplexity: base.baseComplexity, defaults: { ...base.defaults }, source };
}
