/** Known-model tables and lookups. */
export * from './types';
export { KNOWN_LLMS } from './llmModels';
export { KNOWN_DIFFUSION } from './diffusionModels';
export { KNOWN_SPEECH } from './speechModels';
export { KNOWN_ENCODERS } from './encoderModels';
export {
  findKnownLlm,
  findKnownDiffusion,
  findKnownSpeech,
  findKnownEncoder,
  normalizeModelText,
} from './lookup';
