/**
 * Quantization names → effective bits per weight.
 *
 * GGUF values are the "body" bits per weight fitted on ../shared/calibration/gguf_model_sizes.csv (llama.cpp
 * quantize README tables for Llama-3.1-8B / Llama-3-70B / Llama-2; median over models) after taking out the
 * output matrix, which llama.cpp keeps at Q6_K (6.5625 bpw) for every type below Q6_K — see
 * `gguf/outputTensor` in docs/estimation.md. Block formats give exact values (Q4_0: 18 bytes per 32 weights =
 * 4.5; Q8_0: 34/32 = 8.5; Q6_K: 210/256 = 6.5625).
 */

export interface Quantization {
  /** Canonical label, e.g. `Q4_K_M`, `F16`, `INT8`. */
  label: string;
  bitsPerWeight: number;
  /** Bits per weight of the output (lm_head) matrix in GGUF files. */
  outputBitsPerWeight: number;
  family: 'gguf' | 'float' | 'int' | 'mlx';
}

const Q6K = 6.5625;

/** GGUF body bits/weight (fitted, see file comment). */
const GGUF_BPW: Readonly<Record<string, number>> = {
  IQ1_S: 1.674,
  IQ1_M: 1.835,
  IQ2_XXS: 2.096,
  IQ2_XS: 2.322,
  IQ2_S: 2.466,
  IQ2_M: 2.677,
  IQ3_XXS: 3.041,
  IQ3_XS: 3.279,
  IQ3_S: 3.457,
  IQ3_M: 3.574,
  IQ4_XS: 4.289,
  IQ4_NL: 4.533,
  Q2_K_S: 2.72,
  Q2_K: 3.286,
  Q3_K_S: 3.444,
  Q3_K_M: 3.851,
  Q3_K_L: 4.181,
  Q4_K_S: 4.534,
  Q4_K_M: 4.794,
  Q5_K_S: 5.499,
  Q5_K_M: 5.651,
  // Block formats (exact): scale(s) per 32-weight block.
  Q4_0: 4.5,
  Q4_1: 5.0,
  Q5_0: 5.5,
  Q5_1: 6.0,
  Q6_K: Q6K,
  Q8_0: 8.5,
  // Aliases
  Q3_K: 3.851,
  Q4_K: 4.794,
  Q5_K: 5.651,
  MXFP4: 4.25,
};

function gguf(label: string): Quantization {
  const bpw = GGUF_BPW[label] as number;
  return { label, bitsPerWeight: bpw, outputBitsPerWeight: bpw >= Q6K ? bpw : Q6K, family: 'gguf' };
}

function plain(label: string, bits: number, family: Quantization['family']): Quantization {
  return { label, bitsPerWeight: bits, outputBitsPerWeight: bits, family };
}

const GGUF_RE = /(?<![a-z0-9])(i?q[1-8]_(?:k_[sml]|k|[01]|xxs|xs|s|m|nl)|q[2-8]_k_[sml]|mxfp4)(?![a-z0-9])/i;

/**
 * Find a quantization in a model id, tag or file name. Returns undefined when none is named.
 * @example parseQuantization('Llama-3.1-8B-Instruct-Q4_K_M.gguf')?.bitsPerWeight // 4.794
 * @example parseQuantization('qwen3:4b-q8_0')?.label // 'Q8_0'
 */
export function parseQuantization(text: unknown): Quantization | undefined {
  if (typeof text === 'number') return bitsToQuantization(text);
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  // Graphs repeat a few model ids: each is parsed once (the results are shared, read-only values).
  const known = PARSED.get(text);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseQuantizationText(text);
  if (PARSED.size >= PARSED_MAX) PARSED.clear();
  PARSED.set(text, parsed ?? null);
  return parsed;
}

/** Parsed quantizations by text (null: none named). */
const PARSED = new Map<string, Quantization | null>();
/** Texts remembered (cleared when full, so odd inputs cannot grow it without bound). */
const PARSED_MAX = 4096;

function parseQuantizationText(text: string): Quantization | undefined {
  const s = text.toLowerCase();
  const m = GGUF_RE.exec(s);
  if (m && m[1]) {
    const label = m[1].toUpperCase();
    if (GGUF_BPW[label] !== undefined) return gguf(label);
  }
  if (/(?<![a-z0-9])(f32|fp32|float32)(?![a-z0-9])/.test(s)) return plain('F32', 32, 'float');
  if (/(?<![a-z0-9])(bf16|bfloat16)(?![a-z0-9])/.test(s)) return plain('BF16', 16, 'float');
  if (/(?<![a-z0-9])(f16|fp16|float16|half)(?![a-z0-9])/.test(s)) return plain('F16', 16, 'float');
  if (/(?<![a-z0-9])(fp8|f8|float8|e4m3)(?![a-z0-9])/.test(s)) return plain('FP8', 8, 'float');
  if (/(?<![a-z0-9])(int8|8bit|8-bit|q8|w8a16|8b?it)(?![a-z0-9])/.test(s)) return plain('INT8', 8, 'int');
  if (/(?<![a-z0-9])(nf4|int4|4bit|4-bit|q4|awq|gptq|bnb-4bit)(?![a-z0-9])/.test(s))
    return plain('INT4', 4.5, 'int');
  if (/(?<![a-z0-9])(6bit|6-bit|q6)(?![a-z0-9])/.test(s)) return plain('INT6', 6.5, 'int');
  if (/(?<![a-z0-9])(3bit|3-bit|q3)(?![a-z0-9])/.test(s)) return plain('INT3', 3.5, 'int');
  if (/(?<![a-z0-9])(2bit|2-bit|q2)(?![a-z0-9])/.test(s)) return plain('INT2', 2.5, 'int');
  return undefined;
}

/**
 * A numeric quantization setting (e.g. mflux `quantize: 4`) → bits. Group-wise int formats carry a scale and
 * bias per 64 weights (MLX default group size: +0.5 bpw at 16-bit scale+bias). Returns undefined for 0/none.
 */
export function bitsToQuantization(bits: number): Quantization | undefined {
  if (!Number.isFinite(bits) || bits <= 0) return undefined;
  if (bits >= 32) return plain('F32', 32, 'float');
  if (bits >= 16) return plain('F16', 16, 'float');
  const b = Math.max(2, Math.round(bits));
  return plain(`INT${b}`, b + 0.5, 'mlx');
}

/** The default precision when nothing is named: Ollama tags are Q4_K_M; PyTorch/diffusers pipelines fp16. */
export const OLLAMA_DEFAULT_QUANT: Quantization = gguf('Q4_K_M');
export const TORCH_DEFAULT_QUANT: Quantization = plain('F16', 16, 'float');
export const FP32_QUANT: Quantization = plain('F32', 32, 'float');
