/**
 * Upper (and lower) bounds on every number the engine takes in or produces, in one place. Beyond them a
 * number is a unit mistake or a hostile input; inside them every sum the analysis forms stays finite
 * (documented with the reason for each value in docs/reference.md, "Bounds and clamping").
 */

/**
 * Largest model size read from an id, billions of parameters (dense and MoE totals). The largest published
 * open-weight models have ≈ 1 T parameters (e.g. Kimi K2: 1 T total, 32 B active; Moonshot AI model card); 5,000 B
 * leaves room while keeping weights finite.
 */
export const MAX_MODEL_PARAMS_B = 5000;

/** Largest runtime one node's estimate may have: 30 days, in ms. Longer is clamped with a warning. */
export const MAX_NODE_RUNTIME_MS = 30 * 24 * 3_600_000;

/** Largest RAM or VRAM one node's estimate may hold: 100 TB, in MB. Larger is clamped with a warning. */
export const MAX_NODE_MEMORY_MB = 1e8;

/** Range of a user override of an assumption (`ProfileOptions.assumptions`). */
export interface AssumptionBound {
  min: number;
  max: number;
  /** Why the range is what it is (shown in the error message). */
  why: string;
}

/**
 * Ranges of the assumption keys whose overrides an estimator uses directly (the other keys are read through
 * a parameter's own range and clamped there). Out of range is a fatal `option.invalid` error.
 */
export const ASSUMPTION_BOUNDS: Readonly<Record<string, AssumptionBound>> = Object.freeze({
  agentSteps: { min: 1, max: 1000, why: 'LLM calls per agent run' },
  outputTokens: { min: 1, max: 1_000_000, why: 'the largest max_tokens the estimators accept' },
  promptOverheadTokens: { min: 0, max: 2_000_000, why: 'the largest context window the estimators accept' },
  modelParamsB: { min: 0.001, max: MAX_MODEL_PARAMS_B, why: 'billions of parameters' },
  diskGBs: { min: 0.01, max: 100, why: 'GB/s; 0 would make a model load take forever' },
  hostedSeconds: { min: 0, max: 86_400, why: 'seconds per hosted media request (one day at most)' },
});

/** Largest value accepted for any other assumption key (each is also clamped by its parameter's range). */
export const MAX_ASSUMPTION_VALUE = 1e12;

/** The bound of an assumption key (own keys only: `constructor` or `__proto__` have none). */
export function findAssumptionBound(key: string): AssumptionBound | undefined {
  return Object.prototype.hasOwnProperty.call(ASSUMPTION_BOUNDS, key) ? ASSUMPTION_BOUNDS[key] : undefined;
}

/** Clamp an override into its key's range (for callers that bypass option validation). */
export function clampAssumption(key: string, value: number): number {
  const bound = findAssumptionBound(key);
  const min = bound?.min ?? 0;
  const max = bound?.max ?? MAX_ASSUMPTION_VALUE;
  return value < min ? min : value > max ? max : value;
}
