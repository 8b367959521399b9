import fc from 'fast-check';
import { profileWorkflow } from '../../../profiling';
import { makeRunRecord } from '../../testing/makeRunRecord';
import {
  computeErrorFactor,
  describeAccuracyChange,
  formatErrorFactor,
  measureAccuracy,
} from '../measureAccuracy';

const workflow = {
  graph: {
    nodes: [
      { id: 'a', type: 'study.Sleep', data: {} },
      { id: 'b', type: 'study.Sleep', data: {} },
      { id: 'c', type: 'study.Sleep', data: {} },
    ],
    edges: [],
  },
};
const profile = profileWorkflow(workflow, { hardware: 'rtx-4090' });
const estimate = profile.nodes[0]!.runtimeMs;

describe('computeErrorFactor', () => {
  it('is symmetric: twice too slow and twice too fast are both 2×', () => {
    expect(computeErrorFactor(20, 10)).toBe(2);
    expect(computeErrorFactor(10, 20)).toBe(2);
    expect(computeErrorFactor(10, 10)).toBe(1);
    expect(computeErrorFactor(0, 10)).toBeNull();
    expect(computeErrorFactor(10, 0)).toBeNull();
  });

  it('property: at least 1 and equal to its swap', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        (m, e) => {
          const f = computeErrorFactor(m, e)!;
          expect(f).toBeGreaterThanOrEqual(1);
          expect(f).toBeCloseTo(computeErrorFactor(e, m)!, 6);
        },
      ),
    );
  });
});

describe('measureAccuracy', () => {
  it('gives per run and per workflow medians and the worst nodes', () => {
    const runs = [
      makeRunRecord(
        'r1',
        { a: { ms: [estimate * 2] }, b: { ms: [estimate * 4] }, c: { ms: [estimate / 8] } },
        { startedAt: 1 },
      ),
      makeRunRecord(
        'r2',
        { a: { ms: [estimate * 2] }, b: { ms: [estimate * 4] }, c: { ms: [estimate / 8] } },
        { startedAt: 2 },
      ),
    ];
    const accuracy = measureAccuracy(profile, runs, 2);
    expect(accuracy.medianErrorFactor).toBeCloseTo(4, 6);
    expect(accuracy.runs.map((r) => [r.runId, r.nodes])).toEqual([
      ['r1', 3],
      ['r2', 3],
    ]);
    expect(accuracy.runs[0]!.medianErrorFactor).toBeCloseTo(4, 6);
    expect(accuracy.worst.map((n) => n.nodeId)).toEqual(['c', 'b']);
    expect(accuracy.worst[0]!.errorFactor).toBeCloseTo(8, 6);
    expect(accuracy.nodeCount).toBe(3);
  });

  it('leaves out untrusted times and says so by counting nothing', () => {
    const run = makeRunRecord('r', { a: { ms: [estimate * 50], flags: ['after-job-end'] } });
    const accuracy = measureAccuracy(profile, [run]);
    expect(accuracy.medianErrorFactor).toBeNull();
    expect(accuracy.runs[0]).toMatchObject({ nodes: 0, medianErrorFactor: null });
  });
});

describe('describeAccuracyChange', () => {
  it('reads before → after', () => {
    expect(describeAccuracyChange(12.4, 1.06)).toBe('median error 12× → 1.1×');
    expect(describeAccuracyChange(null, 1)).toBe('median error – → 1.0×');
    expect(formatErrorFactor(140.2)).toBe('140×');
  });
});
