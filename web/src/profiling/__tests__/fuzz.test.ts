/** @jest-environment node */
/**
 * The quick fuzz run (`npm run fuzz` runs 10,000 cases): a few hundred mutated project examples and generated
 * workflows. Only coded errors or profiles keeping their invariants; no mutation, pollution or nondeterminism.
 * Set FUZZ_SEED to replay another seed.
 */
import { join } from 'node:path';
import { checkCase } from './fuzz/checkCase';
import { generateCase } from './fuzz/generateCase';
import { loadBases } from './fuzz/loadBases';

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const RUNS = 300;

describe('engine fuzz (quick)', () => {
  const bases = loadBases([join(__dirname, '../../examples')]);

  it('loads the project examples as bases', () => {
    expect(bases.length).toBeGreaterThanOrEqual(5);
  });

  it(`keeps every guarantee on ${RUNS} cases (seed ${SEED})`, () => {
    const failures: string[] = [];
    for (let i = 0; i < RUNS && failures.length < 5; i++) {
      const fuzzCase = generateCase(SEED + i, bases);
      const failure = checkCase(fuzzCase);
      if (failure) failures.push(`case seed ${SEED + i} (${fuzzCase.steps.join('; ')}): ${failure}`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
