/**
 * The 4-bit quantization edit, in the format of the backend that runs the node: a GGUF K-quant name for
 * llama.cpp / Ollama models, the 4-bit name of MLX conversions, bitsandbytes NF4 for diffusers / transformers,
 * and `quantize: 4` where the node takes the bits as a number (MFlux, MLX).
 */
import { readModelRef } from '../estimate/parse/modelRef';
import type { NodeCategory } from '../types';
import { hasParam } from './editParams';

type Params = Record<string, unknown>;

/**
 * How a node names its precision:
 * - `gguf`: a GGUF quantization in an Ollama tag or a llama.cpp file name (`llama3.1:8b-instruct-fp16`);
 * - `mlx`: an MLX conversion's suffix (`mlx-community/Qwen3-8B-8bit`);
 * - `torch`: a PyTorch dtype in a diffusers / transformers checkpoint name (`DreamShaper_fp16.safetensors`);
 * - `bits`: a numeric `quantize` parameter (MFlux, MLX).
 */
export type QuantFormat = 'gguf' | 'mlx' | 'torch' | 'bits';

/** A quantization edit: `from` and `to` are the values as written in the parameter. */
export interface QuantEdit {
  params: Params;
  format: QuantFormat;
  from: string;
  to: string;
}

const WIDE_QUANT = /(?<![a-z0-9])(fp32|f32|fp16|f16|bf16|q8_0|q8|int8|8bit)(?![a-z0-9])/i;

/**
 * What a 16/8-bit precision becomes in each format. Q4_K_M: ≈ 4.8 bits per weight, the Ollama default tag
 * quantization (docs/estimation.md). MLX: 4-bit groups of 64 with a 16-bit scale and bias, ≈ 4.5 bits per
 * weight (MLX `quantize` default group size), named `-4bit` by mlx-community. NF4: the 4-bit NormalFloat of
 * QLoRA (Dettmers et al. 2023, arXiv:2305.14314), which diffusers and transformers load through bitsandbytes.
 */
export const SUGGESTED_QUANT: Readonly<Record<Exclude<QuantFormat, 'bits'>, string>> = {
  gguf: 'q4_K_M',
  mlx: '4bit',
  torch: 'nf4',
};
/** Bits suggested for a numeric `quantize` parameter. */
export const SUGGESTED_BITS = 4;

/**
 * Replace a 16/8-bit precision by a 4-bit one: a numeric `quantize` (none/8/16 → 4), else the precision named
 * in the model id (string or model object), in the naming of the node's backend. Undefined when neither applies.
 * @example editSmallerQuant({ model: 'llama3.1:8b-instruct-fp16' }, 'llm')?.params.model // 'llama3.1:8b-instruct-q4_K_M'
 */
export function editSmallerQuant(params: Params, category: NodeCategory): QuantEdit | undefined {
  return quantEdits(params, category)[0];
}

/**
 * Every applicable 4-bit edit, preferred first: the numeric `quantize` parameter, then the precision named in
 * the model id. The caller keeps the first one the estimator reacts to: a diffusers node whose checkpoint is
 * named `…fp16…` takes its precision from the name, so there `quantize: 4` changes nothing and the renamed
 * model is the edit that counts.
 */
export function quantEdits(params: Params, category: NodeCategory): QuantEdit[] {
  const edits: QuantEdit[] = [];
  if (hasParam(params, 'quantize')) {
    const q = params.quantize;
    const unset = q === null || q === undefined || q === '' || q === 'none';
    if (unset || q === 8 || q === '8' || q === 16 || q === '16') {
      edits.push({
        params: { ...params, quantize: SUGGESTED_BITS },
        format: 'bits',
        from: unset ? 'none' : String(q),
        to: String(SUGGESTED_BITS),
      });
    }
  }
  const renamed = renameModelQuant(params, category);
  if (renamed) edits.push(renamed);
  return edits;
}

/** The edit renaming the precision in the model id (string or model object), if it names one. */
function renameModelQuant(params: Params, category: NodeCategory): QuantEdit | undefined {
  const model = params.model;
  if (typeof model === 'string') {
    const named = renameQuant(model, model, category);
    return named && { params: { ...params, model: named.text }, ...named.edit };
  }
  if (model && typeof model === 'object' && !Array.isArray(model)) {
    const m = model as Params;
    for (const key of ['id', 'repo_id', 'path', 'name'] as const) {
      const value = m[key];
      const named = typeof value === 'string' ? renameQuant(value, m, category) : undefined;
      if (named) return { params: { ...params, model: { ...m, [key]: named.text } }, ...named.edit };
    }
  }
  return undefined;
}

/** `text` (part of `model`) with its 16/8-bit precision renamed to the backend's 4-bit one. */
function renameQuant(text: string, model: unknown, category: NodeCategory) {
  const match = WIDE_QUANT.exec(text);
  if (!match) return undefined;
  const from = match[1]!;
  const format = readQuantFormat(model, from, category);
  const to = quantName(format, from);
  return { text: text.replace(WIDE_QUANT, to), edit: { format, from, to } };
}

/**
 * The backend's naming, by the rules the estimators use to pick a runtime: GGUF when the model says so (a
 * `.gguf` file, a GGUF repository, a `q8_0` tag); MLX for the `mlx` provider or an MLX repository; PyTorch
 * for diffusion nodes (diffusers), `hf.*` model objects and the transformers / vLLM providers; otherwise
 * llama.cpp / Ollama, the LLM estimator's default runtime.
 */
function readQuantFormat(
  model: unknown,
  matched: string,
  category: NodeCategory,
): Exclude<QuantFormat, 'bits'> {
  const ref = readModelRef(model);
  const text = ref?.text ?? '';
  const provider = ref?.provider?.toLowerCase() ?? '';
  if (/gguf/i.test(text) || matched.toLowerCase() === 'q8_0') return 'gguf';
  if (provider === 'mlx' || /mlx/i.test(text)) return 'mlx';
  if (
    category === 'image-diffusion' ||
    category === 'video-diffusion' ||
    ref?.type?.startsWith('hf.') === true ||
    ['huggingface', 'transformers', 'vllm'].includes(provider)
  )
    return 'torch';
  return 'gguf';
}

/** The 4-bit name to write; GGUF keeps the case style of the name it replaces (`Q8_0` → `Q4_K_M`). */
function quantName(format: Exclude<QuantFormat, 'bits'>, matched: string): string {
  const name = SUGGESTED_QUANT[format];
  return format === 'gguf' && matched !== matched.toLowerCase() ? name.toUpperCase() : name;
}
