/**
 * Parameter edits behind suggestions. Each returns new parameters (never mutating the input) or undefined when
 * the edit does not apply to the node. The quantization edit, which depends on the backend, is in editQuant.ts.
 */

type Params = Record<string, unknown>;

const STEP_KEYS = ['num_inference_steps', 'steps'] as const;
/**
 * Steps to suggest for diffusion: modern multistep solvers (DPM-Solver++, Lu et al. 2022, arXiv:2211.01095)
 * reach good quality in 15–25 steps; 25 is the conservative end.
 */
export const SUGGESTED_STEPS = 25;

/** The parameter is set on the node itself (not inherited). */
export function hasParam(params: Params, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(params, key);
}

/** Lower diffusion steps above SUGGESTED_STEPS to SUGGESTED_STEPS. */
export function editFewerSteps(params: Params): { params: Params; from: number; to: number } | undefined {
  for (const key of STEP_KEYS) {
    if (!hasParam(params, key)) continue;
    const value = params[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > SUGGESTED_STEPS) {
      return { params: { ...params, [key]: SUGGESTED_STEPS }, from: value, to: SUGGESTED_STEPS };
    }
  }
  return undefined;
}

/** Use another node's model parameter. */
export function editUseModel(params: Params, model: unknown): Params | undefined {
  if (!hasParam(params, 'model') || sameModel(params.model, model)) return undefined;
  return { ...params, model };
}

/**
 * Objects compared at most before giving up: a model value nested thousands deep or circular is then taken
 * as the same model, so no edit is proposed (a suggestion must never rest on a comparison not made).
 */
const MAX_COMPARED_OBJECTS = 10_000;

/** Deep equality of two JSON-like values (own keys, any order), with an explicit stack: no recursion. */
function sameModel(a: unknown, b: unknown): boolean {
  const stack: unknown[] = [a, b];
  let budget = MAX_COMPARED_OBJECTS;
  while (stack.length > 0) {
    const y = stack.pop();
    const x = stack.pop();
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (--budget < 0) return true;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const xo = x as Params;
    const yo = y as Params;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const key of keys) {
      if (!hasParam(yo, key)) return false;
      stack.push(xo[key], yo[key]);
    }
  }
  return true;
}

const OFFLOAD_KEYS = [
  'enable_model_cpu_offload',
  'cpu_offload',
  'enable_cpu_offload',
  'enable_sequential_cpu_offload',
  'sequential_cpu_offload',
  'offload',
  'offload_mode',
] as const;

/** Turn on model CPU offload (diffusers `enable_model_cpu_offload`) unless some offload is already set. */
export function editOffload(params: Params): Params | undefined {
  for (const key of OFFLOAD_KEYS) {
    const value = params[key];
    if (hasParam(params, key) && value !== false && value !== null && value !== '' && value !== 'none')
      return undefined;
  }
  return { ...params, enable_model_cpu_offload: true };
}
