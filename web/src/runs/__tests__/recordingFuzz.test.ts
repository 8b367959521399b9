/**
 * The quick run of the recording fuzzer (the long one: `npm run fuzz`, recordings phase). Seeded: a failure
 * prints its seed and replays with `npm run fuzz -- --recording-case <seed>`.
 */
import { makeRunRecord } from '../testing/makeRunRecord';
import { checkRecordInvariants, checkRecordingCase, generateRecordingCase } from './fuzz/recordingCase';
import { FIXTURE_DIR, loadRecordings } from './loadRecordings';

const bases = loadRecordings(FIXTURE_DIR).map((r) => ({ name: r.name, text: r.text }));
const SEED = 20261206;

describe('recording fuzzer (quick run)', () => {
  it('damaged recordings give a coded error or a record that keeps the invariants (300 cases)', () => {
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const fuzzCase = generateRecordingCase(SEED + i, bases);
      const failure = checkRecordingCase(fuzzCase);
      if (failure)
        failures.push(`seed ${fuzzCase.seed} (${fuzzCase.base}: ${fuzzCase.steps.join('; ')}): ${failure}`);
    }
    expect(failures).toEqual([]);
  });

  it('has a checker that can fail', () => {
    // A coded RunParseError is an answer, not a failure.
    expect(checkRecordingCase({ seed: 0, base: 'x', steps: [], text: 'not json' })).toBeNull();
    const broken = makeRunRecord('r', { a: { ms: [-5] } }, { status: 'completed' });
    expect(checkRecordInvariants(broken, '')).toEqual([
      'completed without a completed job_update',
      'node a total -5',
      'node a execution 0–-5',
    ]);
  });
});
