/** @jest-environment node */
import { join } from 'node:path';
import fc from 'fast-check';
import { profileWorkflow } from '../../profile/profileWorkflow';
import type { Profile, ProfileOptions } from '../../types';
import { generateCase } from '../../__tests__/fuzz/generateCase';
import { loadBases } from '../../__tests__/fuzz/loadBases';
import { heldObjectCount, keepUntilNextRun, KeptPool, type Reusable } from '../keptObjects';
import { releaseScratch, withScratch } from '../scratch';

class Probe implements Reusable {
  static created = 0;
  data: number[] = [];
  cleared = 0;
  constructor() {
    Probe.created++;
  }
  clear(): void {
    this.data = [];
    this.cleared++;
  }
}

describe('KeptPool', () => {
  const pool = new KeptPool(() => new Probe(), 2);

  afterEach(() => releaseScratch());

  it('creates a fresh object on every take outside a run', () => {
    expect(pool.take()).not.toBe(pool.take());
    expect(pool.size).toBe(0);
  });

  it('hands the same objects to the next run, each once per run, cleared in between', () => {
    const first = withScratch(64, () => [pool.take(), pool.take(), pool.take()]);
    expect(new Set(first).size).toBe(3);
    // Two are kept (the pool's limit); the third was created for that run only.
    expect(pool.size).toBe(2);
    expect(first.map((p) => p.cleared)).toEqual([1, 1, 0]);
    const second = withScratch(64, () => [pool.take(), pool.take()]);
    expect(second).toEqual([first[0], first[1]]);
    expect(first.map((p) => p.cleared)).toEqual([2, 2, 0]);
  });

  it('clears what a run took when the run throws, and gives it to the next run', () => {
    let taken: Probe | undefined;
    expect(() =>
      withScratch(64, () => {
        taken = pool.take();
        taken.data.push(7);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(taken!.data).toEqual([]);
    expect(withScratch(64, () => pool.take())).toBe(taken);
  });

  it('does not hand an object twice to a run nested in another', () => {
    const [outer, inner] = withScratch(64, () => {
      const a = pool.take();
      const b = withScratch(64, () => pool.take());
      return [a, b];
    });
    expect(outer).not.toBe(inner);
  });

  it('drops its objects on releaseScratch()', () => {
    const kept = withScratch(64, () => pool.take());
    releaseScratch();
    expect(pool.size).toBe(0);
    expect(withScratch(64, () => pool.take())).not.toBe(kept);
  });
});

describe('keepUntilNextRun', () => {
  afterEach(() => releaseScratch());

  it("holds a run's objects until the next run starts, and nothing outside a run", () => {
    keepUntilNextRun({});
    expect(heldObjectCount()).toBe(0);
    withScratch(64, () => {
      keepUntilNextRun({ a: 1 });
      keepUntilNextRun({ b: 2 });
    });
    expect(heldObjectCount()).toBe(2);
    withScratch(64, () => expect(heldObjectCount()).toBe(0));
  });

  it('drops them on releaseScratch()', () => {
    withScratch(64, () => keepUntilNextRun({}));
    releaseScratch();
    expect(heldObjectCount()).toBe(0);
  });

  it('is used by profileWorkflow', () => {
    profileWorkflow({
      graph: { nodes: [{ id: 'a', type: 'nodetool.text.FormatText', data: {} }], edges: [] },
    });
    expect(heldObjectCount()).toBeGreaterThan(0);
  });
});

/** The profile as JSON without the time stamp, or the error's code and message. */
function outcome(input: unknown, options: ProfileOptions | undefined): string {
  try {
    const profile = profileWorkflow(input, options) as Profile & { generatedAt?: string };
    const { generatedAt: _stamp, ...rest } = profile;
    return JSON.stringify(rest);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return `error ${e.code ?? ''}: ${e.message ?? String(error)}`;
  }
}

/** The outcome from fresh objects: nothing kept from an earlier run (no scratch buffer, no kept objects). */
function freshOutcome(input: unknown, options: ProfileOptions | undefined): string {
  releaseScratch();
  return outcome(input, options);
}

describe('engine objects kept across runs', () => {
  const bases = loadBases([join(__dirname, '../../../examples')]);

  afterAll(() => releaseScratch());

  it('gives, run after run on different workflows (invalid ones included), what fresh objects give', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 6 }),
        (seeds) => {
          const cases = seeds.map((seed) => generateCase(seed, bases));
          const expected = cases.map((c) => freshOutcome(c.input, c.options));
          // Interleaved: one after another with no release, then the first ones again.
          releaseScratch();
          const interleaved = [...cases, ...cases.slice(0, 2)].map((c) => outcome(c.input, c.options));
          expect(interleaved).toEqual([...expected, ...expected.slice(0, 2)]);
        },
      ),
      { numRuns: 40, seed: 20261206 },
    );
  }, 120_000);

  it('recovers from a run that throws half-way through ingest', () => {
    const good = bases[0];
    const expected = freshOutcome(good, undefined);
    const nodes = Array.from({ length: 50 }, (_, i) => ({
      id: `n${i}`,
      type: 'nodetool.text.FormatText',
      data: {},
    }));
    // A node whose fields throw when read: the run fails inside ingest, with the kept objects taken.
    Object.defineProperty(nodes[30], 'type', {
      get() {
        throw new Error('unreadable node');
      },
    });
    outcome(good, undefined);
    expect(() => profileWorkflow({ graph: { nodes, edges: [] } })).toThrow('unreadable node');
    expect(outcome(good, undefined)).toBe(expected);
  });
});
