/**
 * Words for a quantization suggestion in the naming of the node's backend: `Q4_K_M` for llama.cpp / Ollama,
 * "4-bit" for MLX and MFlux (numeric `quantize`), "4-bit NF4" for diffusers / transformers.
 */
import { parseQuantization } from '../estimate/parse/quantization';
import type { QuantFormat } from './editQuant';

/** What each format's 4-bit option is and what it costs (sources in editQuant.ts's SUGGESTED_QUANT). */
const DESCRIPTIONS: Readonly<Record<QuantFormat, string>> = {
  gguf: "Q4_K_M, llama.cpp's 4-bit K-quant (≈ 4.8 bits per weight), needs under a third of the memory of 16-bit weights and generates faster, token generation being memory-bound; quality loss is small for most tasks.",
  mlx: 'The 4-bit MLX conversion stores weights in groups of 64 with a 16-bit scale and bias (≈ 4.5 bits per weight): under a third of the memory of 16-bit weights and about half of 8-bit ones; quality loss is small for most tasks.',
  bits: '`quantize: 4` makes MFlux / MLX store the weights as 4-bit integers in groups of 64 with a 16-bit scale and bias (≈ 4.5 bits per weight): under a third of the memory of 16-bit weights and about half of 8-bit ones; quality loss is small for most prompts.',
  torch:
    'Loading the weights in 4-bit NF4 through bitsandbytes (diffusers / transformers BitsAndBytesConfig, QLoRA, Dettmers et al. 2023) needs under a third of the memory of 16-bit weights (≈ 4.5 bits per weight with the block scales); for diffusion the denoiser is quantized and the text encoders stay 16-bit. It saves memory rather than compute: weights are dequantized on the fly.',
};

const MIXED =
  "Each model moves to its backend's 4-bit format (Q4_K_M for llama.cpp / Ollama, 4-bit groups of 64 for MLX / MFlux, NF4 for diffusers / transformers): under a third of the memory of 16-bit weights; quality loss is small for most tasks.";

/** The precision a node starts from, as its backend names it: `F16`, `Q8_0`, `8-bit`, `unquantized`. */
export function describeQuantFrom(format: QuantFormat, from: string): string {
  if (format === 'bits') return from === 'none' ? 'unquantized' : `${from}-bit`;
  const q = parseQuantization(from);
  if (!q) return from;
  return format === 'gguf' || q.family === 'float' ? q.label : `${Math.round(q.bitsPerWeight)}-bit`;
}

/** The precision a node is moved to: `Q4_K_M`, `4-bit`, `4-bit NF4`. */
export function describeQuantTo(format: QuantFormat, to: string): string {
  if (format === 'gguf') return parseQuantization(to)?.label ?? to;
  if (format === 'torch') return '4-bit NF4';
  return '4-bit';
}

/** Title for one node: `Quantize "Chat" to Q4_K_M (now F16)`. */
export function describeQuantTitle(
  nodeTitle: string,
  edit: { format: QuantFormat; from: string; to: string },
) {
  return `Quantize "${nodeTitle}" to ${describeQuantTo(edit.format, edit.to)} (now ${describeQuantFrom(edit.format, edit.from)})`;
}

/** What the change does, for the formats of the edited nodes (a general text when they differ). */
export function describeQuantEffect(formats: readonly QuantFormat[]): string {
  const first = formats[0];
  return first !== undefined && formats.every((f) => f === first) ? DESCRIPTIONS[first] : MIXED;
}
