/**
 * huggingface.* (nodetool-huggingface): local transformers / diffusers pipelines, by task namespace.
 */
import { estimateDiffusion } from '../estimators/diffusion';
import { estimateEmbedding, estimateVision } from '../estimators/encoder';
import { estimateLlm } from '../estimators/llm';
import { audioOp } from '../estimators/light';
import { estimateAudioGeneration, estimateSpeechToText, estimateTextToSpeech } from '../estimators/speech';
import type { NodeMetricDefinition } from '../types';
import { namespaceRule, rule } from './define';
import { LLM_PROFILES } from './llmRules';

type Rules = ReadonlyArray<[string, NodeMetricDefinition]>;

const t2i = (defaultModel: string, extra: { controlNet?: boolean } = {}) =>
  rule(
    'image-diffusion',
    (n, c) => estimateDiffusion(n, c, { defaultModel, ...extra }),
    `diffusers text-to-image (${defaultModel})`,
  );
const i2i = (defaultModel: string, extra: { controlNet?: boolean } = {}) =>
  rule(
    'image-diffusion',
    (n, c) => estimateDiffusion(n, c, { defaultModel, imageToImage: true, ...extra }),
    `diffusers image-to-image (${defaultModel})`,
  );
const video = (defaultModel: string) =>
  rule(
    'video-diffusion',
    (n, c) => estimateDiffusion(n, c, { defaultModel, video: true }),
    `diffusers video (${defaultModel})`,
    { baseComplexity: 12 },
  );
const vision = (defaultModel: string, extra: { captionTokens?: number; upscaler?: boolean } = {}) =>
  rule(
    'image-op',
    (n, c) => estimateVision(n, c, { defaultModel, category: 'image-op', ...extra }),
    `vision model (${defaultModel})`,
    { baseComplexity: 3 },
  );
const hfLlm = (kind: keyof typeof LLM_PROFILES) =>
  rule('llm', (n, c) => estimateLlm(n, c, LLM_PROFILES[kind]), `transformers LLM (${kind})`);
const encoder = (defaultModel: string) =>
  rule('embedding', (n, c) => estimateEmbedding(n, c, { defaultModel }), `encoder model (${defaultModel})`);

export const HUGGINGFACE_RULES: Rules = [
  ['huggingface.*', namespaceRule('huggingface.*', 'image-op')],
  ['huggingface.text_to_image.*', t2i('Stable Diffusion 1.5')],
  ['huggingface.text_to_image.StableDiffusion', t2i('Stable Diffusion 1.5')],
  ['huggingface.text_to_image.StableDiffusionXL', t2i('SDXL')],
  ['huggingface.text_to_image.Flux', t2i('FLUX.1 [dev]')],
  ['huggingface.text_to_image.StableDiffusion3', t2i('Stable Diffusion 3 Medium')],
  ['huggingface.image_to_image.*', i2i('Stable Diffusion 1.5')],
  ['huggingface.image_to_image.StableDiffusionImg2Img', i2i('Stable Diffusion 1.5')],
  ['huggingface.image_to_image.StableDiffusionXLImg2Img', i2i('SDXL')],
  ['huggingface.image_to_image.StableDiffusionControlNet', t2i('Stable Diffusion 1.5', { controlNet: true })],
  [
    'huggingface.image_to_image.StableDiffusionControlNetImg2Img',
    i2i('Stable Diffusion 1.5', { controlNet: true }),
  ],
  ['huggingface.image_to_image.StableDiffusionXLControlNet', i2i('SDXL', { controlNet: true })],
  ['huggingface.image_to_image.StableDiffusionInpaint', i2i('Stable Diffusion 1.5')],
  ['huggingface.image_to_image.RealESRGAN', vision('Real-ESRGAN', { upscaler: true })],
  ['huggingface.image_to_image.Swin2SR', vision('Real-ESRGAN', { upscaler: true })],
  ['huggingface.text_to_video.*', video('Wan2.1 1.3B')],
  ['huggingface.image_to_video.*', video('Wan2.1 1.3B')],
  [
    'huggingface.automatic_speech_recognition.*',
    rule(
      'speech-to-text',
      (n, c) => estimateSpeechToText(n, c, { defaultModel: 'whisper-small', impl: 'transformers' }),
      'transformers Whisper',
    ),
  ],
  [
    'huggingface.text_to_speech.*',
    rule('text-to-speech', (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'SpeechT5' }), 'TTS model'),
  ],
  [
    'huggingface.text_to_speech.Bark',
    rule('text-to-speech', (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'Bark' }), 'Bark TTS'),
  ],
  [
    'huggingface.text_to_speech.KokoroTTS',
    rule(
      'text-to-speech',
      (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'Kokoro-82M' }),
      'Kokoro TTS',
    ),
  ],
  [
    'huggingface.text_to_audio.*',
    rule(
      'audio-generation',
      (n, c) => estimateAudioGeneration(n, c, { defaultModel: 'MusicGen Small' }),
      'text-to-audio model',
    ),
  ],
  [
    'huggingface.text_to_audio.AudioLDM',
    rule(
      'audio-generation',
      (n, c) => estimateAudioGeneration(n, c, { defaultModel: 'AudioLDM 2' }),
      'AudioLDM',
    ),
  ],
  [
    'huggingface.text_to_audio.StableAudio',
    rule(
      'audio-generation',
      (n, c) => estimateAudioGeneration(n, c, { defaultModel: 'Stable Audio Open' }),
      'Stable Audio',
    ),
  ],
  ['huggingface.audio_classification.*', rule('audio-op', audioOp(), 'audio classification')],
  ['huggingface.depth_estimation.*', vision('Depth Anything V2 Base')],
  ['huggingface.image_to_text.*', vision('ViT-GPT2 captioning', { captionTokens: 20 })],
  ['huggingface.image_classification.*', vision('CLIP ViT-B/32')],
  ['huggingface.zero_shot_image_classification.*', vision('CLIP ViT-B/32')],
  ['huggingface.object_detection.*', vision('DETR ResNet-50')],
  ['huggingface.image_segmentation.*', vision('SegFormer / Mask2Former')],
  ['huggingface.text_generation.*', hfLlm('chat')],
  ['huggingface.image_text_to_text.*', hfLlm('chat')],
  ['huggingface.summarization.*', hfLlm('summarizer')],
  ['huggingface.translation.*', hfLlm('chat')],
  ['huggingface.text2text_generation.*', hfLlm('chat')],
  ['huggingface.question_answering.*', encoder('bge-base')],
  ['huggingface.text_classification.*', encoder('bge-base')],
  ['huggingface.token_classification.*', encoder('bge-base')],
  ['huggingface.zero_shot_classification.*', encoder('bge-large')],
  ['huggingface.fill_mask.*', encoder('bge-base')],
  ['huggingface.sentence_similarity.*', encoder('all-MiniLM-L6-v2')],
  ['huggingface.feature_extraction.*', encoder('all-MiniLM-L6-v2')],
];
