/**
 * Shapes of the known-model tables.
 */

/** A transformer language model's architecture (what KV-cache and attention estimates need). */
export interface LlmArchitecture {
  /** Total parameters, billions. */
  paramsB: number;
  /** Active parameters per token (MoE), billions. */
  activeParamsB?: number;
  layers: number;
  kvHeads: number;
  headDim: number;
  /** Query heads × head dim (attention width), for attention FLOPs. */
  attnDim: number;
  /** Vocabulary size (output matrix = vocab × hidden, kept at higher precision in GGUF). */
  vocab: number;
  /** Model (residual) width. */
  hidden: number;
}

export interface KnownLlm extends LlmArchitecture {
  kind: 'llm';
  name: string;
  /** Lower-case fragments: the model matches when the normalised id contains one of them. */
  match: readonly string[];
  source: string;
}

export type DiffusionArch = 'unet' | 'dit';

export interface KnownDiffusion {
  kind: 'diffusion';
  name: string;
  match: readonly string[];
  arch: DiffusionArch;
  /** Denoiser parameters, billions. */
  denoiserB: number;
  /** Text encoders + VAE, billions (loaded with the pipeline). */
  encodersB: number;
  /** FLOPs of one denoiser evaluation of one image at the native size, 10¹² FLOPs. */
  flopsPerEvalT: number;
  nativeWidth: number;
  nativeHeight: number;
  /** Guidance-distilled (FLUX dev/schnell): one evaluation per step whatever the guidance scale. */
  distilled: boolean;
  defaultSteps: number;
  /**
   * Utilisation on datacenter GPUs relative to well-shaped models (default 1). SD1.5/2.x: 0.37 — their 64²
   * latents and 40-wide attention heads underfill an A100 (calibration: SD1.5 vs SDXL on the A100 / V100).
   */
  utilisation?: number;
  /** Share of the FLOPs in attention at the native size (quadratic in tokens); default unet 0.15, dit 0.2. */
  attnShare?: number;
  /** For video models: native frame count. */
  nativeFrames?: number;
  video?: boolean;
  source: string;
}

export interface KnownSpeech {
  kind: 'whisper' | 'tts' | 'music' | 'audio';
  name: string;
  match: readonly string[];
  paramsB: number;
  /** For Whisper: encoder share of parameters. */
  encoderB?: number;
  decoderLayers?: number;
  /** For Whisper: hidden width (d_model, `n_text_state` in the model dimensions). */
  dModel?: number;
  /** Published VRAM requirement (fp16), MB. */
  vramMb?: number;
  /** Real-time factor on a reference GPU (time / audio length), for TTS and music. */
  rtfGpu?: number;
  rtfCpu?: number;
  source: string;
}

export interface KnownEncoder {
  kind: 'embedding' | 'vision';
  name: string;
  match: readonly string[];
  paramsB: number;
  /** Tokens or patches per input at the native size (vision). */
  tokensPerInput?: number;
  source: string;
}

export type KnownModel = KnownLlm | KnownDiffusion | KnownSpeech | KnownEncoder;
