/**
 * One object shape for every estimate. V8 gives objects built with the same keys in the same order one
 * hidden class; the engine reads the fields of every node's estimate several times, and those reads are
 * fast only when all estimates share a shape. Estimator results of any other shape (user estimators,
 * copies) are rebuilt with `fullEstimate`; `finishEstimate` builds its estimates in this order directly.
 */
import type { NodeEstimate } from './types';

/** A copy of `e` with every NodeEstimate field present (absent optional ones undefined), in canonical order. */
export function fullEstimate(e: NodeEstimate): NodeEstimate {
  return {
    category: e.category,
    complexity: e.complexity,
    runtimeMs: e.runtimeMs,
    memoryMb: e.memoryMb,
    vramMb: e.vramMb,
    device: e.device,
    known: e.known,
    confidence: e.confidence,
    layoutOnly: e.layoutOnly,
    details: e.details,
    modelKey: e.modelKey,
    modelMemoryMb: e.modelMemoryMb,
    modelVramMb: e.modelVramMb,
    loadMs: e.loadMs,
    emitsItems: e.emitsItems,
    collectsItems: e.collectsItems,
    warnings: e.warnings,
  };
}
