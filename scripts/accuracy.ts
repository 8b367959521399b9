/**
 * `npm run accuracy` — score the estimator's formulas against the published measurements in
 * ../shared/calibration (read at run time, never copied into the project).
 *
 *   npm run accuracy                  text table + worst rows
 *   npm run accuracy -- --markdown    the Markdown table recorded in docs/estimation.md
 *   npm run accuracy -- --skipped     also list rows that were not compared, with the reason
 *   CALIBRATION_DIR=/path npm run accuracy
 *
 * Exit codes: 0 all targets met (or calibration absent: nothing to score), 1 a target missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './accuracy/csv';
import { compareDiffusion } from './accuracy/diffusion';
import { compareGgufSizes, compareLlmThroughput, type Skipped } from './accuracy/llm';
import { renderMarkdown, renderText } from './accuracy/report';
import { compareSpeech } from './accuracy/speech';
import { summarize, type QuantitySummary } from './accuracy/stats';

const here = dirname(fileURLToPath(import.meta.url));
const dir = resolve(process.env.CALIBRATION_DIR ?? join(here, '..', '..', 'shared', 'calibration'));
const args = new Set(process.argv.slice(2));

function read(name: string): Record<string, string>[] {
  const path = join(dir, name);
  if (!existsSync(path)) {
    console.warn(`accuracy: ${name} not found in ${dir}; its quantities are skipped.`);
    return [];
  }
  return parseCsv(readFileSync(path, 'utf8'));
}

function main(): number {
  if (!existsSync(dir)) {
    console.log(`accuracy: calibration folder not found at ${dir}.`);
    console.log(
      'Nothing to score. Put the calibration CSVs there (../shared/calibration) or set CALIBRATION_DIR.',
    );
    return 0;
  }
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
    summarize('Whisper time', 's', speech.time, {
      describe: '≥ 75 % within 2×',
      check: (s) => s.within2 >= 0.75,
    }),
    summarize('Memory (VRAM / RAM)', 'GB or MB', [...diffusion.memory, ...speech.memory], {
      describe: 'reported (no target)',
      check: () => true,
    }),
  ];
  console.log(`Calibration: ${dir}\n`);
  console.log(args.has('--markdown') ? renderMarkdown(summaries) : renderText(summaries));
  console.log(
    `\n${skipped.length} row(s) not compared${args.has('--skipped') ? ':' : ' (run with --skipped to list them).'}`,
  );
  if (args.has('--skipped')) for (const s of skipped) console.log(`  ${s.file}: ${s.label} — ${s.reason}`);
  // Quantities without rows (CSV missing) are reported as n/a, not as missed targets.
  const missed = summaries.filter((s) => s.n > 0 && !s.met);
  if (missed.length > 0) console.log(`\nTargets missed: ${missed.map((s) => s.quantity).join(', ')}`);
  return missed.length > 0 ? 1 : 0;
}

process.exitCode = main();
