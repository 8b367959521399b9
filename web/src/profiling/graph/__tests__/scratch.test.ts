import { allocFloat64, allocInt32, allocUint8, releaseScratch, withScratch } from '../scratch';
import { profileWorkflow } from '../../profile/profileWorkflow';
import { fixedTable, TEST_GPU, workflow } from '../../profile/__tests__/fixedTable';

describe('scratch memory', () => {
  it('hands out zeroed views of one buffer inside withScratch, fresh arrays outside', () => {
    const outside = allocInt32(4);
    expect(outside.buffer.byteLength).toBe(16);
    let first: Float64Array | undefined;
    withScratch(1024, () => {
      first = allocFloat64(8);
      first.fill(7);
      const a = allocInt32(3);
      const b = allocUint8(5);
      expect(a.buffer).toBe(first.buffer);
      expect(b.buffer).toBe(first.buffer);
      expect(Array.from(a)).toEqual([0, 0, 0]);
      // Larger than what is left: falls back to a fresh array.
      expect(allocFloat64(1000).buffer).not.toBe(first.buffer);
    });
    withScratch(1024, () => {
      const again = allocFloat64(8);
      expect(again.buffer).toBe(first!.buffer); // the buffer is reused…
      expect(Array.from(again)).toEqual(new Array(8).fill(0)); // …and zeroed
    });
  });

  it('keeps the buffer for runs of similar size, not for much smaller ones, and drops it on request', () => {
    const bufferOf = (bytes: number) => withScratch(bytes, () => allocUint8(8).buffer);
    const big = bufferOf(64 * 1024);
    expect(bufferOf(32 * 1024)).toBe(big); // half of it: reused
    const small = bufferOf(1024); // under a quarter: a buffer of its own, which is kept instead
    expect(small).not.toBe(big);
    expect(small.byteLength).toBe(1024);
    expect(bufferOf(1024)).toBe(small);
    releaseScratch();
    expect(bufferOf(1024)).not.toBe(small);
  });

  it('returns profiles that later runs do not change (no scratch view escapes)', () => {
    const table = fixedTable({ T: { runtimeMs: 100, memoryMb: 5 } });
    const a = profileWorkflow(
      workflow(
        [
          ['a', 'T'],
          ['b', 'T'],
        ],
        [['a', 'b']],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    const snapshot = JSON.parse(JSON.stringify(a));
    profileWorkflow(
      workflow(
        [
          ['x', 'T'],
          ['y', 'T'],
          ['z', 'T'],
        ],
        [
          ['x', 'z'],
          ['y', 'z'],
        ],
      ),
      { metrics: table, hardware: TEST_GPU },
    );
    expect(JSON.parse(JSON.stringify(a))).toEqual(snapshot);
    for (const value of Object.values(a.summary)) expect(ArrayBuffer.isView(value)).toBe(false);
  });
});
