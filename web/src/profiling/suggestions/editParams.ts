/**
 * Parameter edits behind suggestions. Each returns new parameters (never mutating the input) or undefined when
 * the edit does not apply to the node.
 */

type Params = Record<string, unknown>;

const STEP_KEYS = ['num_inference_steps', 'steps'] as const;
/**
 * Steps to suggest for diffusion: modern multistep solvers (DPM-Solver++, Lu et al. 2022, arXiv:2211.01095)
 * reach good quality in 15–25 steps; 25 is the conservative end.
 */
export const SUGGESTED_STEPS = 25;

function has(params: Params, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(params, key);
}

/** Lower diffusion steps above SUGGESTED_STEPS to SUGGESTED_STEPS. */
export function editFewerSteps(params: Params): { params: Params; from: number; to: number } | undefined {
  for (const key of STEP_KEYS) {
    if (!has(params, key)) continue;
    const value = params[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > SUGGESTED_STEPS) {
      return { params: { ...params, [key]: SUGGESTED_STEPS }, from: value, to: SUGGESTED_STEPS };
    }
  }
  return undefined;
}

const WIDE_QUANT = /(?<![a-z0-9])(fp32|f32|fp16|f16|bf16|q8_0|q8|int8|8bit)(?![a-z0-9])/i;
/** 4-bit K-quant: ~4.85 bits per weight, the Ollama default class (../shared/ESTIMATION.md). */
export const SUGGESTED_QUANT = 'q4_K_M';

/** Replace a 16/8-bit quantization named in the model id (string or model object) by a 4-bit one. */
export function editSmallerQuant(params: Params): { params: Params; from: string; to: string } | undefined {
  // MFlux-style numeric `quantize` parameter (bits): none/8 → 4.
  if (has(params, 'quantize')) {
    const q = params.quantize;
    if (q === null || q === undefined || q === '' || q === 8 || q === '8' || q === 16 || q === 'none') {
      return {
        params: { ...params, quantize: 4 },
        from: q === null || q === undefined || q === '' ? 'none' : String(q),
        to: '4-bit',
      };
    }
  }
  const model = params.model;
  if (typeof model === 'string') {
    const match = WIDE_QUANT.exec(model);
    if (!match) return undefined;
    return {
      params: { ...params, model: model.replace(WIDE_QUANT, SUGGESTED_QUANT) },
      from: match[1]!,
      to: SUGGESTED_QUANT,
    };
  }
  if (model && typeof model === 'object' && !Array.isArray(model)) {
    const m = model as Params;
    for (const key of ['id', 'repo_id', 'path', 'name'] as const) {
      const value = m[key];
      if (typeof value !== 'string') continue;
      const match = WIDE_QUANT.exec(value);
      if (!match) continue;
      return {
        params: { ...params, model: { ...m, [key]: value.replace(WIDE_QUANT, SUGGESTED_QUANT) } },
        from: match[1]!,
        to: SUGGESTED_QUANT,
      };
    }
  }
  return undefined;
}

/** Use another node's model parameter. */
export function editUseModel(params: Params, model: unknown): Params | undefined {
  if (!has(params, 'model') || sameModel(params.model, model)) return undefined;
  return { ...params, model };
}

function sameModel(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
    if (has(params, key) && value !== false && value !== null && value !== '' && value !== 'none')
      return undefined;
  }
  return { ...params, enable_model_cpu_offload: true };
}
