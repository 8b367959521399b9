/**
 * Score the estimator formulas against every calibration CSV in a folder: one summary per quantity, with the
 * issue's targets. Shared by `npm run accuracy` and the accuracy test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { compareDiffusion } from './diffusion';
import { compareGgufSizes, compareLlmThroughput, type Skipped } from './llm';
import { compareSpeech } from './speech';
import { summarize, type QuantitySummary } from './stats';

export function scoreCalibration(
  dir: string,
  onMissing: (file: string) => void = () => {},
): { summaries: QuantitySummary[]; skipped: Skipped[] } {
  const read = (name: string): Record<string, string>[] => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      onMissing(name);
      return [];
    }
    return parseCsv(readFileSync(path, 'utf8'));
  };
  const skipped: Skipped[] = [];
  const llm = compareLlmThroughput(read('llamacpp_gpu_cpu_benchmarks.csv'), skipped);
  const gguf = compareGgufSizes(read('gguf_model_sizes.csv'), skipped);
  const diffusion = compareDiffusion(read('diffusion_image_video.csv'), skipped);
  const speech = compareSpeech(read('speech_audio.csv'), skipped);
  const summaries: QuantitySummary[] = [
    summarize('LLM decode', 'tokens/s', llm.decode, {
      describe: '≥ 90 % within 1.5×',
      check: (s) => s.within15 >= 0.9,
    }),
    summarize('LLM prefill', 'tokens/s', llm.prefill, {
      describe: '≥ 90 % within 1.5×',
      check: (s) => s.within15 >= 0.9,
    }),
    summarize('GGUF file size', 'GB or bpw', gguf, {
      describe: 'median error ≤ 2 %',
      check: (s) => s.medianFactor <= 1.02,
    }),
    summarize('Diffusion speed', 'it/s or s', diffusion.speed, {
      describe: '≥ 75 % within 2×',
      check: (s) => s.within2 >= 0.75,
    }),
    summarize('Diffusion speed, held out', 'it/s or s', diffusion.heldOut, {
      describe: '≥ 75 % within 2×, median ≤ 1.5×',
      check: (s) => s.within2 >= 0.75 && s.medianFactor <= 1.5,
    }),
    summarize('Whisper time', 's', speech.time, {
      describe: '≥ 75 % within 2×',
      check: (s) => s.within2 >= 0.75,
    }),
    // Rows never used to fit a constant (notes start with `holdout`).
    summarize('Whisper time, held out', 's', speech.heldOut, {
      describe: '≥ 75 % within 2×, median ≤ 1.5×',
      check: (s) => s.within2 >= 0.75 && s.medianFactor <= 1.5,
    }),
    summarize('Memory (VRAM / RAM)', 'GB or MB', [...diffusion.memory, ...speech.memory], {
      describe: 'reported (no target)',
      check: () => true,
    }),
  ];
  return { summaries, skipped };
}
