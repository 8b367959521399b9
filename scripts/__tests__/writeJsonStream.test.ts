/** @jest-environment node */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { profileWorkflow } from '../../web/src/profiling';
import { writeJsonStream, type JsonStreamOptions } from '../cli/writeJsonStream';

function streamed(value: unknown, options?: JsonStreamOptions): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJsonStream(value, (chunk) => chunks.push(chunk), options);
  return { text: chunks.join(''), chunks };
}

const examplesDir = join(__dirname, '../../web/src/examples');

describe('writeJsonStream', () => {
  it.each(readdirSync(examplesDir).filter((f) => f.endsWith('.json')))(
    'writes the profile of %s exactly as JSON.stringify(profile, null, 2)',
    (file) => {
      const profile = profileWorkflow(JSON.parse(readFileSync(join(examplesDir, file), 'utf8')), {
        suggestions: file !== 'large-batch-1000.json',
      });
      expect(streamed(profile).text).toBe(JSON.stringify(profile, null, 2));
      // Walking every container (nothing counted as small) gives the same text.
      expect(streamed(profile, { smallValues: 0, chunkChars: 1 }).text).toBe(
        JSON.stringify(profile, null, 2),
      );
    },
  );

  it('matches JSON.stringify for any JSON-like value, walked or not (property)', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withDate: true }),
    );
    fc.assert(
      fc.property(value, fc.nat(20), fc.integer({ min: 1, max: 50 }), (v, smallValues, chunkChars) => {
        let expected: string | undefined;
        try {
          expected = JSON.stringify(v, null, 2);
        } catch {
          return; // BigInt: JSON.stringify throws, and so does the stream (checked below)
        }
        expect(streamed(v, { smallValues, chunkChars }).text).toBe(expected ?? '');
      }),
      { numRuns: 400 },
    );
  });

  it('calls toJSON with its key and leaves out members that give no JSON', () => {
    const value = {
      big: Array.from({ length: 5 }, (_, i) => ({ i, at: new Date(i), fn: () => i, skip: undefined })),
      keyed: { toJSON: (key: string) => `key=${key}` },
      gone: { toJSON: () => undefined },
    };
    expect(streamed(value, { smallValues: 0 }).text).toBe(JSON.stringify(value, null, 2));
  });

  it('throws on a circular structure and a BigInt, as JSON.stringify does', () => {
    const loop: Record<string, unknown> = { list: [1, 2, 3] };
    (loop.list as unknown[]).push(loop);
    expect(() => streamed(loop, { smallValues: 0 })).toThrow(TypeError);
    expect(() => streamed(loop)).toThrow(TypeError);
    expect(() => streamed({ n: 1n }, { smallValues: 0 })).toThrow(TypeError);
  });

  it('writes a large array in bounded chunks, one member at a time', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      runtimeMs: i,
      details: { a: [i, i] },
    }));
    const { text, chunks } = streamed({ nodes }, { chunkChars: 4096 });
    expect(text).toBe(JSON.stringify({ nodes }, null, 2));
    expect(chunks.length).toBeGreaterThan(100);
    // A chunk passes the size only by the last member added to it.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(4096 + 200);
  });
});
