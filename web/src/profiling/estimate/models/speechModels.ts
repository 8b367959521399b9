/**
 * Known speech and audio models.
 * Whisper: params and VRAM from the openai/whisper README "Available models" table (in
 * ../shared/calibration/speech_audio.csv); encoder/decoder split and decoder layers from the model configs
 * (large-v3-turbo keeps the large encoder and 4 decoder layers; distil-large-v3 has 2); widths (d_model) from the
 * model dimensions in openai/whisper (384 / 512 / 768 / 1024 / 1280).
 * TTS / music: model cards; real-time factors marked ASSUMPTION where no calibration row exists.
 */
import type { KnownSpeech } from './types';

const w = (
  name: string,
  match: string[],
  paramsB: number,
  encoderB: number,
  decoderLayers: number,
  dModel: number,
  vramMb: number,
  source = 'openai/whisper README table',
): KnownSpeech => ({
  kind: 'whisper',
  name,
  match,
  paramsB,
  encoderB,
  decoderLayers,
  dModel,
  vramMb,
  source,
});

export const KNOWN_SPEECH: ReadonlyArray<KnownSpeech> = [
  w(
    'whisper-tiny',
    ['whisper-tiny', 'whisper:tiny', 'tiny.en', 'whisper-tiny.en'],
    0.039,
    0.008,
    4,
    384,
    1000,
  ),
  w('whisper-base', ['whisper-base', 'whisper:base', 'base.en'], 0.074, 0.02, 6, 512, 1000),
  w('whisper-small', ['whisper-small', 'whisper:small', 'small.en'], 0.244, 0.088, 12, 768, 2000),
  w('whisper-medium', ['whisper-medium', 'whisper:medium', 'medium.en'], 0.769, 0.305, 24, 1024, 5000),
  w(
    'whisper-large',
    ['whisper-large', 'whisper:large', 'large-v2', 'large-v3', 'whisper-large-v3', 'whisper-large-v2'],
    1.55,
    0.635,
    32,
    1280,
    10000,
  ),
  w(
    'whisper-large-v3-turbo',
    ['whisper-large-v3-turbo', 'whisper-turbo', 'large-v3-turbo', 'whisper:turbo', 'turbo'],
    0.809,
    0.635,
    4,
    1280,
    6000,
  ),
  w(
    'distil-whisper-large-v3',
    ['distil-large-v3', 'distil-whisper'],
    0.756,
    0.635,
    2,
    1280,
    5000,
    'distil-whisper model card (756 M, 2 decoder layers); VRAM ASSUMPTION ≈ turbo',
  ),
  {
    kind: 'tts',
    name: 'Kokoro-82M',
    match: ['kokoro'],
    paramsB: 0.082,
    rtfCpu: 0.9,
    rtfGpu: 0.05,
    source: 'hexgrad/Kokoro-82M model card; CPU RTF ≈ 0.9 (ESTIMATION.md); GPU RTF 0.05 ASSUMPTION',
  },
  {
    kind: 'tts',
    name: 'Bark',
    match: ['suno/bark', 'bark'],
    paramsB: 1.0,
    rtfGpu: 1.5,
    rtfCpu: 15,
    source:
      'suno/bark model card (~1 B across 3 GPT stages); RTF ASSUMPTION (autoregressive, slower than real time)',
  },
  {
    kind: 'tts',
    name: 'SpeechT5',
    match: ['speecht5'],
    paramsB: 0.144,
    rtfGpu: 0.05,
    rtfCpu: 0.5,
    source: 'microsoft/speecht5_tts model card; RTF ASSUMPTION',
  },
  {
    kind: 'tts',
    name: 'Parler-TTS Mini',
    match: ['parler-tts', 'parler_tts'],
    paramsB: 0.88,
    rtfGpu: 0.6,
    rtfCpu: 8,
    source: 'parler-tts/parler-tts-mini model card; RTF ASSUMPTION',
  },
  {
    kind: 'music',
    name: 'MusicGen Small',
    match: ['musicgen-small', 'musicgen_small'],
    paramsB: 0.3,
    decoderLayers: 24,
    source: 'facebook/musicgen-small model card (300 M; 50 Hz EnCodec frames, 4 codebooks in parallel)',
  },
  {
    kind: 'music',
    name: 'MusicGen Medium',
    match: ['musicgen-medium', 'musicgen-melody', 'musicgen'],
    paramsB: 1.5,
    decoderLayers: 48,
    source: 'facebook/musicgen-medium model card (1.5 B)',
  },
  {
    kind: 'music',
    name: 'MusicGen Large',
    match: ['musicgen-large'],
    paramsB: 3.3,
    decoderLayers: 48,
    source: 'facebook/musicgen-large model card (3.3 B)',
  },
  {
    kind: 'audio',
    name: 'AudioLDM 2',
    match: ['audioldm'],
    paramsB: 1.1,
    rtfGpu: 1.0,
    rtfCpu: 20,
    source: 'cvssp/audioldm2 model card; RTF ASSUMPTION (latent diffusion, ~200 steps)',
  },
  {
    kind: 'audio',
    name: 'Stable Audio Open',
    match: ['stable-audio'],
    paramsB: 1.2,
    rtfGpu: 0.5,
    rtfCpu: 20,
    source: 'stabilityai/stable-audio-open-1.0 model card; RTF ASSUMPTION',
  },
];
