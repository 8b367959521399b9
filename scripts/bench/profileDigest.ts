/**
 * `npx tsx scripts/bench/profileDigest.ts save <file> | compare <file>`: digests (SHA-1 of the JSON, minus
 * `generatedAt`) of the profiles of a fixed set of cases — every project example and every workflow in
 * ../shared/examples/nodetool when present, on four hardware presets; generated layered graphs of 200 to
 * 10,000 nodes with and without suggestions and with 4 workers / 2 GPU lanes; editor-session workflows (random
 * ids, shuffled, dynamic handles) of 1,000 to 10,000 nodes; a 20k chain; a 20k star; a
 * graph with cycles. Save before a speed change, compare after: an optimisation must leave every profile
 * bit-for-bit identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileWorkflow } from '../../web/src/profiling';
import type { ProfileOptions } from '../../web/src/profiling';
import { generateChain, generateLayeredDag, generateStar } from './generateDag';
import { repoRoot } from './relaunch';
import { generateSessionWorkflow } from './sessionWorkflow';

type Case = [name: string, workflow: unknown, options: ProfileOptions];

const HARDWARE = ['rtx-4090', 'apple-m2', 'cpu-i9-13900k', 'a100-40gb'];
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function collectCases(): Case[] {
  const cases: Case[] = [];
  const dirs = [resolve(repoRoot(), 'web/src/examples'), resolve(repoRoot(), '../shared/examples/nodetool')];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const workflow = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as unknown;
      for (const hardware of HARDWARE) cases.push([`${file}@${hardware}`, workflow, { hardware }]);
    }
  }
  for (const n of [200, 1000, 3000, 10_000]) {
    const workflow = roundTrip(generateLayeredDag(n, n));
    cases.push([`layered ${n}`, workflow, {}]);
    cases.push([`layered ${n}, no suggestions`, workflow, { suggestions: false }]);
    cases.push([
      `layered ${n}, 4 workers, 2 GPU lanes`,
      workflow,
      { workers: 4, gpuLanes: 2, suggestions: false },
    ]);
  }
  // Editor-session workflows: random ids, shuffled order, dynamic handles (many parameter sets per type).
  for (const [n, seed] of [
    [1000, 1],
    [3000, 2],
    [10_000, 1],
    [10_000, 3],
  ] as const) {
    const workflow = generateSessionWorkflow(n, seed);
    cases.push([`session ${n} seed ${seed}`, workflow, {}]);
    cases.push([`session ${n} seed ${seed} on apple-m2`, workflow, { hardware: 'apple-m2' }]);
  }
  cases.push(['chain 20k', roundTrip(generateChain(20_000)), {}]);
  cases.push(['star 20k', roundTrip(generateStar(20_000)), {}]);
  const cyclic = roundTrip(generateLayeredDag(500, 7)) as ReturnType<typeof generateLayeredDag>;
  cyclic.graph.edges.push(
    { id: 'back1', source: 'n400', target: 'n30' },
    { id: 'back2', source: 'n480', target: 'n100' },
  );
  cases.push(['layered 500 with cycles', cyclic, {}]);
  return cases;
}

function digest([, workflow, options]: Case): string {
  let text: string;
  try {
    const profile = profileWorkflow(workflow, options) as unknown as Record<string, unknown>;
    delete profile.generatedAt;
    text = JSON.stringify(profile);
  } catch (error) {
    text = `error: ${String(error)}`;
  }
  return createHash('sha1').update(text).digest('hex');
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'compare') || !file) {
  console.error('usage: profileDigest.ts save <file> | compare <file>');
  process.exit(2);
}
const digests: Record<string, string> = {};
for (const c of collectCases()) digests[c[0]] = digest(c);
if (mode === 'save') {
  writeFileSync(file, `${JSON.stringify(digests, null, 1)}\n`);
  console.log(`${Object.keys(digests).length} profile digests saved to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  const changed = Object.keys(digests).filter((name) => before[name] !== digests[name]);
  for (const name of changed) console.log(`changed: ${name}`);
  console.log(
    changed.length
      ? `${changed.length} of ${Object.keys(digests).length} profiles changed`
      : `all ${Object.keys(digests).length} profiles identical`,
  );
  process.exitCode = changed.length ? 1 : 0;
}
