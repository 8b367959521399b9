import fc from 'fast-check';
import { profileWorkflow } from '../../profiling';
import { attachMeasurements } from '../measure/attachMeasurements';
import { median } from '../measure/median';
import { makeRunRecord } from '../testing/makeRunRecord';

const workflow = {
  graph: {
    nodes: [
      { id: 'src', type: 'nodetool.constant.String', data: { value: 'x' } },
      { id: 'left', type: 'study.Sleep', data: { seconds: 0.4 } },
      { id: 'out', type: 'nodetool.output.Output', data: { name: 'o' } },
    ],
    edges: [
      { id: 'e1', source: 'src', sourceHandle: 'output', target: 'left', targetHandle: 'text' },
      { id: 'e2', source: 'left', sourceHandle: 'output', target: 'out', targetHandle: 'value' },
    ],
  },
};
const profile = profileWorkflow(workflow);
const estimateOf = (id: string) => profile.nodes.find((n) => n.id === id)!.runtimeMs;

describe('attachMeasurements', () => {
  it('gives null measurements and no summary without runs', () => {
    const result = attachMeasurements(profile, []);
    expect(result.summary).toBeNull();
    expect(result.nodes).toEqual({ src: null, left: null, out: null });
  });

  it('takes the median of trusted runs and relates it to the estimate', () => {
    const runs = [
      makeRunRecord('a', { left: { ms: [400] } }, { startedAt: 1, wallMs: 900 }),
      makeRunRecord('b', { left: { ms: [410] } }, { startedAt: 2, wallMs: 1000 }),
      makeRunRecord('c', { left: { ms: [900], flags: ['after-job-end'] } }, { startedAt: 3, wallMs: 950 }),
    ];
    const { nodes, summary } = attachMeasurements(profile, runs);
    expect(nodes.left).toMatchObject({ ms: 405, runs: 2, trusted: true, executions: 1 });
    expect(nodes.left!.runIds).toEqual(['a', 'b']);
    expect(nodes.left!.ratio).toBeCloseTo(405 / estimateOf('left'));
    expect(nodes.src).toBeNull();
    expect(summary).toEqual({
      runs: 3,
      status: 'completed',
      wallMs: 950,
      estimatedMakespanMs: profile.summary.makespanMs,
    });
  });

  it('keeps untrusted times, marked, when no run is trusted for the node', () => {
    const runs = [makeRunRecord('a', { left: { ms: [700], flags: ['after-job-end'] } })];
    expect(attachMeasurements(profile, runs).nodes.left).toMatchObject({ ms: 700, trusted: false, runs: 1 });
  });

  it('sums per-item executions and reports the latest status; never invents a time', () => {
    const runs = [
      makeRunRecord('old', { left: { ms: [100, 100, 100] } }, { startedAt: 5 }),
      makeRunRecord('new', { left: { status: 'unfinished' } }, { startedAt: 9, status: 'incomplete' }),
    ];
    const { nodes, summary } = attachMeasurements(profile, runs);
    expect(nodes.left).toMatchObject({ ms: 300, executions: 3, status: 'unfinished', runs: 1 });
    expect(summary!.status).toBe('incomplete');
    expect(summary!.wallMs).toBe(1000); // the completed run speaks for the wall time

    const never = attachMeasurements(profile, [runs[1]!]).nodes.left!;
    expect(never.ms).toBeNull();
    expect(never.ratio).toBeNull();
    expect(never.runs).toBe(0);
  });

  it('does not depend on the order runs are given in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 8 }), (times) => {
        const runs = times.map((ms, i) => makeRunRecord(`r${i}`, { left: { ms: [ms] } }, { startedAt: i }));
        const forward = attachMeasurements(profile, runs).nodes.left!;
        const backward = attachMeasurements(profile, [...runs].reverse()).nodes.left!;
        expect(backward).toEqual(forward);
        expect(forward.ms).toBe(median(times));
      }),
    );
  });
});

describe('median', () => {
  it('matches a brute-force definition: as many values at or below as at or above', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (values) => {
          const m = median(values)!;
          const below = values.filter((v) => v <= m).length;
          const above = values.filter((v) => v >= m).length;
          expect(below).toBeGreaterThanOrEqual(values.length / 2);
          expect(above).toBeGreaterThanOrEqual(values.length / 2);
        },
      ),
    );
    expect(median([])).toBeNull();
  });
});
