import { isProfileError, profileWorkflow, type Calibration } from '../..';
import { computeNodeCostKey } from '../nodeCostKey';
import { readCalibration } from '../readCalibration';

const workflow = {
  graph: {
    nodes: [
      { id: 'a', type: 'study.Sleep', data: { seconds: 1 } },
      { id: 'b', type: 'study.Sleep', data: { seconds: 2 } },
      { id: 'c', type: 'nodetool.text.Concat', data: {} },
    ],
    edges: [{ id: 'e', source: 'a', sourceHandle: 'output', target: 'c', targetHandle: 'a' }],
  },
};

function calibration(overrides: Partial<Calibration> = {}): Calibration {
  return {
    version: 1,
    hardware: 'rtx-4090',
    nodes: {
      a: {
        key: computeNodeCostKey('study.Sleep', { seconds: 1 }),
        type: 'study.Sleep',
        ms: 1000,
        executions: 1,
        runs: 3,
      },
    },
    types: { 'study.Sleep': { factor: 10, rawFactor: 20, samples: 6, runs: 3 } },
    builtFrom: { runIds: ['r1'], at: '2026-01-01T00:00:00.000Z' },
    ...overrides,
  };
}

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

const withoutTime = (value: object) => ({ ...value, generatedAt: '' });

describe('ProfileOptions.calibration', () => {
  it('applies both layers and labels them', () => {
    const base = profileWorkflow(workflow, { hardware: 'rtx-4090' });
    const profile = profileWorkflow(workflow, { hardware: 'rtx-4090', calibration: calibration() });
    const [a, b, c] = profile.nodes;
    expect(a!.runtimeMs).toBe(1000);
    expect(a!.details.source).toBe('measured, 3 runs on NVIDIA RTX 4090 24GB');
    expect(b!.runtimeMs).toBeCloseTo(base.nodes[1]!.runtimeMs * 10, 9);
    expect(b!.details.source).toMatch(/^calibrated from 3 runs \(×10\); /);
    expect(c).toEqual({ ...base.nodes[2]!, earliestStartMs: c!.earliestStartMs, slackMs: c!.slackMs });
  });

  it('does not apply a node measurement whose parameters changed (the type factor applies instead)', () => {
    const changed = calibration();
    changed.nodes.a!.key = computeNodeCostKey('study.Sleep', { seconds: 99 });
    const profile = profileWorkflow(workflow, { hardware: 'rtx-4090', calibration: changed });
    expect(profile.nodes[0]!.details.source).toMatch(/^calibrated from/);
  });

  it('is not applied on other hardware, with a warning', () => {
    const base = profileWorkflow(workflow, { hardware: 'apple-m2' });
    const profile = profileWorkflow(workflow, { hardware: 'apple-m2', calibration: calibration() });
    expect(profile.nodes).toEqual(base.nodes);
    const warning = profile.summary.warnings.find((w) => w.code === 'calibration.other-hardware');
    expect(warning?.message).toContain('"rtx-4090"');
  });

  it('leaves the profile unchanged when empty', () => {
    const base = profileWorkflow(workflow, { hardware: 'rtx-4090' });
    const profile = profileWorkflow(workflow, {
      hardware: 'rtx-4090',
      calibration: calibration({ nodes: {}, types: {} }),
    });
    expect(withoutTime(profile)).toEqual(withoutTime(base));
  });

  it.each([
    ['not an object', 'x', 'calibration'],
    ['another version', { ...calibration(), version: 2 }, 'calibration.version'],
    [
      'a factor out of bounds',
      calibration({ types: { t: { factor: 1e6, rawFactor: 2, samples: 3, runs: 1 } } }),
      'calibration.types.t.factor',
    ],
    [
      'a negative time',
      calibration({ nodes: { a: { key: 'k', type: 't', ms: -1, executions: 1, runs: 1 } } }),
      'calibration.nodes.a.ms',
    ],
    [
      'fractional runs',
      calibration({ types: { t: { factor: 2, rawFactor: 2, samples: 3.5, runs: 1 } } }),
      'calibration.types.t.samples',
    ],
    ['no hardware', { ...calibration(), hardware: '' }, 'calibration.hardware'],
    [
      'run ids not strings',
      { ...calibration(), builtFrom: { runIds: [1], at: 'x' } },
      'calibration.builtFrom.runIds',
    ],
  ])('rejects %s with a coded error naming the field', (_, value, field) => {
    const error = errorOf(() => profileWorkflow(workflow, { calibration: value as Calibration }));
    expect(isProfileError(error) && error.code).toBe('option.invalid');
    expect(isProfileError(error) && error.field).toBe(field);
  });

  it('round-trips through JSON', () => {
    const value = calibration();
    expect(readCalibration(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });
});
