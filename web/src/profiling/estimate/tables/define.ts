/**
 * Helpers to write metric rules compactly.
 */
import type { NodeCategory } from '../../types';
import { CATEGORY_DEFAULTS } from '../categoryDefaults';
import { guessCategory } from '../guessCategory';
import type { EstimateContext, NodeEstimate, NodeMetricDefinition, NormalizedNode } from '../types';
import { computeComplexity } from '../complexity';

type Estimator = (node: NormalizedNode, ctx: EstimateContext) => NodeEstimate;

/** A rule with a physics estimator. */
export function rule(
  category: NodeCategory,
  estimate: Estimator | undefined,
  source: string,
  extra: Partial<Pick<NodeMetricDefinition, 'emitsItems' | 'collectsItems' | 'baseComplexity'>> = {},
): NodeMetricDefinition {
  const base = CATEGORY_DEFAULTS[category];
  return {
    category,
    baseComplexity: extra.baseComplexity ?? base.baseComplexity,
    defaults: { ...base.defaults },
    ...(estimate ? { estimate } : {}),
    ...(extra.emitsItems ? { emitsItems: extra.emitsItems } : {}),
    ...(extra.collectsItems ? { collectsItems: true } : {}),
    source,
  };
}

/** Zero-cost layout node (Comment, Preview, Group). */
export function layoutRule(): NodeMetricDefinition {
  return rule('layout', undefined, 'layout node: no cost', { baseComplexity: 1 });
}

/**
 * Catch-all for a namespace: the category is guessed from the type name (falling back to `fallback`) and the
 * category defaults are used, with low confidence.
 */
export function namespaceRule(namespace: string, fallback: NodeCategory): NodeMetricDefinition {
  const estimate: Estimator = (node, ctx) => {
    const guessed = guessCategory(node.type);
    const category = guessed === 'data' ? fallback : guessed;
    const d = CATEGORY_DEFAULTS[category];
    const gpu = d.defaults.device === 'gpu' && ctx.hardware.vendor !== 'cpu';
    const device = d.defaults.device === 'gpu' && !gpu ? 'cpu' : d.defaults.device;
    const memoryMb = d.defaults.memoryMb + (gpu ? 0 : d.defaults.vramMb);
    const vramMb = gpu ? d.defaults.vramMb : 0;
    return {
      category,
      complexity: computeComplexity(d.defaults.runtimeMs, memoryMb + vramMb, d.baseComplexity),
      runtimeMs: d.defaults.runtimeMs,
      memoryMb,
      vramMb,
      device,
      known: true,
      confidence: 'low',
      layoutOnly: category === 'layout',
      details: {
        source: `${namespace} namespace default: ${category} type default (category from the type name)`,
        assumptions: [],
      },
    };
  };
  return rule(fallback, estimate, `${namespace} namespace default`);
}

/** Read a positive integer parameter for emitsItems. */
export function countParam(keys: string[]): (node: NormalizedNode) => number | null {
  return (node) => {
    for (const k of keys) {
      const v = Object.prototype.hasOwnProperty.call(node.params, k) ? Number(node.params[k]) : NaN;
      if (Number.isFinite(v) && v >= 0) return Math.min(100_000, Math.round(v));
    }
    return null;
  };
}

/** Unknown item count (the engine applies its default). */
export const unknownCount = (): number | null => null;
