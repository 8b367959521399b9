/**
 * `npm run fuzz -- [--runs 10000] [--seed N] [--case S] [--recording-case S]`: the long fuzz run of the engine,
 * then of the run-recording parsers (as many cases, damaged real recordings). Case i uses seed N + i, so a
 * failure printed as "case seed S" replays alone with `--case S` (engine) or `--recording-case S`.
 * Bases: the project examples and ../shared/examples/nodetool when present; the project's recordings and
 * ../shared/nodetool-runs when present. Exits 1 when any case fails.
 */
import { resolve } from 'node:path';
import { checkCase } from '../web/src/profiling/__tests__/fuzz/checkCase';
import { generateCase } from '../web/src/profiling/__tests__/fuzz/generateCase';
import { loadBases } from '../web/src/profiling/__tests__/fuzz/loadBases';
import { repoRoot } from './bench/relaunch';
import { checkRecordingCase, generateRecordingCase } from '../web/src/runs/__tests__/fuzz/recordingCase';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function readFlag(name: string): number | undefined {
  const i = process.argv.lastIndexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`fuzz: --${name} needs a non-negative integer (got "${process.argv[i + 1] ?? ''}").`);
    process.exit(2);
  }
  return value;
}

const recordingSingle = readFlag('recording-case');
const single = readFlag('case');
const runs = single !== undefined ? 1 : (readFlag('runs') ?? 10_000);
const seed = single ?? readFlag('seed') ?? Math.floor(Math.random() * 2 ** 31);
const root = repoRoot();
const bases = loadBases([resolve(root, 'web/src/examples'), resolve(root, '../shared/examples/nodetool')]);
console.log(`fuzz: ${runs} case(s) from seed ${seed}; ${bases.length} real workflows as bases`);

if (recordingSingle !== undefined) process.exit(fuzzRecordings(recordingSingle, 1));

const started = performance.now();
let failed = 0;
let slowest = { ms: 0, seed: 0 };
for (let i = 0; i < runs; i++) {
  const caseSeed = seed + i;
  const t0 = performance.now();
  const fuzzCase = generateCase(caseSeed, bases);
  const failure = checkCase(fuzzCase);
  const ms = performance.now() - t0;
  if (ms > slowest.ms) slowest = { ms, seed: caseSeed };
  if (failure) {
    failed++;
    console.log(`FAIL case seed ${caseSeed} (${fuzzCase.steps.join('; ')}):\n  ${failure}`);
    console.log(`  replay: npm run fuzz -- --case ${caseSeed}`);
  }
  if ((i + 1) % 1000 === 0) console.log(`  ${i + 1} cases, ${failed} failed`);
}
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${runs} cases, ${failed} failed, ${seconds.toFixed(1)} s; slowest case ${slowest.ms.toFixed(0)} ms (seed ${slowest.seed}); seed ${seed}`,
);
const recordingsFailed = single !== undefined ? 0 : fuzzRecordings(seed, runs);
process.exit(failed > 0 || recordingsFailed > 0 ? 1 : 0);

/** The recordings phase: returns the number of failed cases. */
function fuzzRecordings(from: number, count: number): number {
  const dirs = [
    resolve(root, 'web/src/runs/__fixtures__/nodetool-runs'),
    resolve(root, '../shared/nodetool-runs'),
  ].filter((dir) => existsSync(dir));
  const recordings = dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
  console.log(
    `fuzz: ${count} recording case(s) from seed ${from}; ${recordings.length} real recordings as bases`,
  );
  const t0 = performance.now();
  let bad = 0;
  for (let i = 0; i < count; i++) {
    const fuzzCase = generateRecordingCase(from + i, recordings);
    const failure = checkRecordingCase(fuzzCase);
    if (failure) {
      bad++;
      console.log(
        `FAIL recording case seed ${fuzzCase.seed} (${fuzzCase.base}: ${fuzzCase.steps.join('; ')}):\n  ${failure}`,
      );
      console.log(`  replay: npm run fuzz -- --recording-case ${fuzzCase.seed}`);
    }
    if ((i + 1) % 1000 === 0) console.log(`  ${i + 1} recording cases, ${bad} failed`);
  }
  console.log(
    `fuzz: ${count} recording cases, ${bad} failed, ${((performance.now() - t0) / 1000).toFixed(1)} s; seed ${from}`,
  );
  return bad;
}
