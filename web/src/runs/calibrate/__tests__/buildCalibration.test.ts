import fc from 'fast-check';
import { profileWorkflow } from '../../../profiling';
import { makeRunRecord, type NodeSpec } from '../../testing/makeRunRecord';
import type { RunRecord, RunStatus, TrustFlag } from '../../types';
import { computeWorkflowVersion } from '../../workflowVersion';
import { buildCalibration } from '../buildCalibration';

const workflow = {
  graph: {
    nodes: [
      { id: 'a', type: 'study.Sleep', data: { seconds: 1 } },
      { id: 'b', type: 'study.Sleep', data: { seconds: 2 } },
      { id: 'c', type: 'study.Sleep', data: { seconds: 3 } },
      { id: 'd', type: 'study.Sleep', data: { seconds: 4 } },
    ],
    edges: [],
  },
};
const base = profileWorkflow(workflow, { hardware: 'rtx-4090' });
const AT = '2026-01-01T00:00:00.000Z';
const build = (runs: RunRecord[]) => buildCalibration(runs, base, 'rtx-4090', workflow, { at: AT });
const sleeps = (ms: number[], spec: Partial<NodeSpec> = {}): Record<string, NodeSpec> =>
  Object.fromEntries(['a', 'b', 'c'].map((id, i) => [id, { ms: [ms[i]!], type: 'study.Sleep', ...spec }]));

describe('buildCalibration', () => {
  it('takes each node’s median over runs and learns the type from all of them', () => {
    const runs = [
      makeRunRecord('r1', sleeps([100, 200, 300])),
      makeRunRecord('r2', sleeps([110, 190, 330])),
      makeRunRecord('r3', sleeps([90, 210, 270])),
    ];
    const calibration = build(runs);
    expect(calibration.nodes.a).toMatchObject({ ms: 100, runs: 3, executions: 1, type: 'study.Sleep' });
    expect(calibration.nodes.c!.ms).toBe(300);
    expect(calibration.nodes.d).toBeUndefined();
    expect(calibration.types['study.Sleep']!.samples).toBe(9);
    expect(calibration.builtFrom).toEqual({ runIds: ['r1', 'r2', 'r3'], at: AT });
  });

  it('leaves out runs of another workflow version, keeps runs without one', () => {
    const version = computeWorkflowVersion(workflow);
    const other = { ...makeRunRecord('old', sleeps([5000, 5000, 5000])), workflowVersion: 'other' };
    const same = { ...makeRunRecord('new', sleeps([100, 200, 300])), workflowVersion: version };
    const unknown = makeRunRecord('unknown', sleeps([100, 200, 300]));
    expect(unknown.workflowVersion).toBeNull();
    const calibration = build([other, same, unknown]);
    expect(calibration.builtFrom.runIds).toEqual(['new', 'unknown']);
    expect(calibration.nodes.a!.ms).toBe(100);
  });

  it('ignores nodes whose reported type differs from the workflow’s', () => {
    const run = makeRunRecord('r', { a: { ms: [100], type: 'other.Type' } });
    expect(build([run]).nodes).toEqual({});
  });

  const trustedRun = (id: string, startedAt: number) =>
    fc
      .array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 3, maxLength: 3 })
      .map((ms) => makeRunRecord(id, sleeps(ms), { startedAt }));
  const unusableRun = (id: string) =>
    fc.oneof(
      // a usable run status with untrusted (flagged) times
      fc
        .tuple(
          fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: 3, maxLength: 3 }),
          fc.constantFrom<TrustFlag>('after-job-end', 'message-delayed', 'no-ready-time', 'client-clock'),
        )
        .map(([ms, flag]) => makeRunRecord(id, sleeps(ms, { flags: [flag] }))),
      // trusted times in a run that did not end as the server reported
      fc
        .tuple(
          fc.array(fc.double({ min: 1, max: 1e7, noNaN: true }), { minLength: 3, maxLength: 3 }),
          fc.constantFrom<RunStatus>('cancelled', 'incomplete'),
        )
        .map(([ms, status]) => makeRunRecord(id, sleeps(ms), { status })),
      // nodes that errored or never finished
      fc.constant(makeRunRecord(id, { a: { status: 'error' }, b: { status: 'unfinished' }, c: {} })),
    );

  it('property: untrusted or incomplete timings never change the calibration', () => {
    fc.assert(
      fc.property(
        fc.tuple(trustedRun('t1', 1), trustedRun('t2', 2), trustedRun('t3', 3)),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { maxLength: 4 })
          .chain((keys) => fc.tuple(...keys.map((k) => unusableRun(`u${k}`)))),
        (trusted, unusable) => {
          expect(build([...trusted, ...unusable])).toEqual(build(trusted));
        },
      ),
    );
  });
});
