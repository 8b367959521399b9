import { createBuiltinMetricTable, estimateNode } from '..';
import { computeAudioOpMs, computeVideoOpMs } from '../formulas/ops';
import { usableDeviceBytes } from '../estimators/offload';
import { resolveHardware } from '../../hardware';
import { makeCtx, makeNode } from './helpers';

const table = createBuiltinMetricTable();
const est = (type: string, params: Record<string, unknown> = {}, hw = 'rtx-4090', chars = 0) =>
  estimateNode(makeNode(type, params), makeCtx(hw, { upstreamTextChars: chars }), table);
const ollama = (id: string) => ({ model: { type: 'language_model', id, provider: 'ollama' } });

describe('model placement', () => {
  it('partially offloads a model that does not fit in VRAM and slows it down', () => {
    const big = est('nodetool.llms.LLM', ollama('llama3.1:70b'));
    expect(big.warnings?.map((w) => w.code)).toContain('estimate.partial-offload');
    expect(big.vramMb).toBeLessThanOrEqual(24_000);
    expect(big.memoryMb).toBeGreaterThan(10_000);
    expect(big.details.gpuLayerShare).toBeLessThan(1);
    const fits = est('nodetool.llms.LLM', ollama('llama3.1:70b'), 'h100-sxm');
    expect(fits.warnings).toBeUndefined();
    expect(
      (fits.details.decodeTokensPerSec as number) / (big.details.decodeTokensPerSec as number),
    ).toBeGreaterThan(5);
  });

  it('warns when a model exceeds what macOS lets the GPU use', () => {
    const e = est('nodetool.llms.LLM', ollama('llama3.1:70b'), 'apple-m1');
    expect(e.warnings?.map((w) => w.code)).toContain('estimate.exceeds-device-memory');
  });

  it('warns when a model exceeds the RAM of a CPU-only machine', () => {
    expect(
      est('nodetool.llms.LLM', ollama('llama3.1:70b'), 'cpu-ddr5-6400').warnings?.map((w) => w.code),
    ).toContain('estimate.exceeds-device-memory');
    expect(est('nodetool.llms.LLM', ollama('qwen3:4b'), 'cpu-ddr5-6400').warnings).toBeUndefined();
  });

  it('lets Apple GPUs use ~70 % of unified memory up to 32 GB and ~78 % above', () => {
    expect(usableDeviceBytes(resolveHardware('apple-m1'))).toBeCloseTo(16e9 * 0.7, -6);
    expect(usableDeviceBytes(resolveHardware('apple-m1-max'))).toBeCloseTo(64e9 * 0.78, -6);
  });

  it('counts a bigger context window in memory', () => {
    const a = est('nodetool.llms.LLM', { ...ollama('llama3.1:8b'), context_window: 4096 });
    const b = est('nodetool.llms.LLM', { ...ollama('llama3.1:8b'), context_window: 65536 });
    expect(b.vramMb - a.vramMb).toBeCloseTo(((65536 - 4096) * 131072) / 1e6, -1);
  });
});

describe('encoders, speech and media estimators', () => {
  it('embeddings scale with the text they receive', () => {
    const a = est('huggingface.sentence_similarity.SentenceTransformer', {}, 'rtx-4090', 4_000);
    const b = est('huggingface.sentence_similarity.SentenceTransformer', {}, 'rtx-4090', 400_000);
    expect(b.runtimeMs).toBeGreaterThan(a.runtimeMs);
    expect(b.details.promptTokens).toBe(100_000);
  });

  it('upscaling scales with the input image and the factor', () => {
    const small = est('huggingface.image_to_image.RealESRGAN', { scale: 'x2', width: 256, height: 256 });
    const big = est('huggingface.image_to_image.RealESRGAN', { scale: 'x2', width: 1024, height: 1024 });
    const x4 = est('huggingface.image_to_image.RealESRGAN', { scale: 'x4', width: 1024, height: 1024 });
    expect(big.runtimeMs).toBeGreaterThan(small.runtimeMs);
    expect(x4.runtimeMs).toBeGreaterThan(big.runtimeMs);
  });

  it('mlx-whisper is never more than low confidence and says its decoding factor is assumed', () => {
    const mlx = est('mlx.whisper.Transcribe', { model: 'whisper-large-v3-turbo' }, 'apple-m4-pro');
    const hf = est('huggingface.automatic_speech_recognition.Whisper', {
      model: 'openai/whisper-large-v3-turbo',
    });
    expect(mlx.confidence).toBe('low');
    expect(mlx.details.source).toMatch(/mlx \(decoding factor assumed/);
    expect(hf.confidence).toBe('medium');
  });

  it('text-to-speech time follows the length of the text', () => {
    const a = est('huggingface.text_to_speech.KokoroTTS', { text: 'x'.repeat(150) });
    const b = est('huggingface.text_to_speech.KokoroTTS', { text: 'x'.repeat(15_000) });
    expect(a.details.audioSeconds).toBe(10);
    expect(b.runtimeMs).toBeGreaterThan(a.runtimeMs);
  });

  it('music generation follows the requested duration', () => {
    const a = est('huggingface.text_to_audio.MusicGen', { duration: 5 });
    const b = est('huggingface.text_to_audio.MusicGen', { duration: 30 });
    expect(b.runtimeMs - (b.loadMs ?? 0)).toBeCloseTo(6 * (a.runtimeMs - (a.loadMs ?? 0)), -1);
  });

  it('hosted media and speech providers run remotely with no local memory', () => {
    for (const type of [
      'openai.image.CreateImage',
      'elevenlabs.text_to_speech.TextToSpeech',
      'openai.audio.Transcribe',
      'replicate.video.Generate',
    ]) {
      const e = est(type);
      expect({ type, device: e.device, vram: e.vramMb }).toEqual({ type, device: 'remote', vram: 0 });
    }
  });

  it('audio and video ops scale with samples and frames', () => {
    expect(computeAudioOpMs(2_000_000)).toBeGreaterThan(computeAudioOpMs(1_000_000));
    expect(computeVideoOpMs(240, 1920 * 1080)).toBeGreaterThan(computeVideoOpMs(24, 1920 * 1080));
    expect(computeVideoOpMs(24, 3840 * 2160)).toBeGreaterThan(computeVideoOpMs(24, 1920 * 1080));
  });

  it('img2img strength scales the denoising steps', () => {
    const full = est('huggingface.image_to_image.StableDiffusionImg2Img', {
      num_inference_steps: 40,
      strength: 1,
    });
    const half = est('huggingface.image_to_image.StableDiffusionImg2Img', {
      num_inference_steps: 40,
      strength: 0.5,
    });
    expect(full.details.steps).toBe(40);
    expect(half.details.steps).toBe(20);
  });

  it('warns when an MLX node is estimated for non-Apple hardware', () => {
    expect(est('mlx.mflux.MFlux', {}).warnings?.map((w) => w.code)).toContain('estimate.platform-mismatch');
    expect(est('mlx.mflux.MFlux', {}, 'apple-m3-max-40').warnings).toBeUndefined();
  });
});
