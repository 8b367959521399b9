import fc from 'fast-check';
import type { NodeProfile, Profile } from '../../../web/src/profiling';
import { makeRunRecord, type NodeSpec } from '../../../web/src/runs/testing/makeRunRecord';
import {
  compareRunWithProfile,
  countsInSummary,
  summarizeRunErrors,
  type NodeComparison,
  type RunComparison,
} from '../measuredRuns';

interface NodeSketch {
  id: string;
  runtimeMs: number;
  known?: boolean;
  layoutOnly?: boolean;
}

/** Only the fields the comparison reads; the rest of a profile does not matter here. */
function sketchProfile(nodes: NodeSketch[]): Profile {
  return {
    nodes: nodes.map(
      (node) =>
        ({
          id: node.id,
          type: `t.${node.id}`,
          runtimeMs: node.runtimeMs,
          known: node.known ?? true,
          layoutOnly: node.layoutOnly ?? false,
        }) as NodeProfile,
    ),
  } as Profile;
}

const byId = (run: RunComparison) => Object.fromEntries(run.nodes.map((node) => [node.nodeId, node]));

describe('compareRunWithProfile', () => {
  const profile = sketchProfile([
    { id: 'fast', runtimeMs: 100 },
    { id: 'slow', runtimeMs: 100 },
    { id: 'mystery', runtimeMs: 5, known: false },
    { id: 'late', runtimeMs: 10 },
    { id: 'boom', runtimeMs: 10 },
    { id: 'open', runtimeMs: 10 },
    { id: 'skipped', runtimeMs: 10 },
    { id: 'free', runtimeMs: 0 },
    { id: 'note', runtimeMs: 0, layoutOnly: true },
  ]);
  const specs: Record<string, NodeSpec> = {
    fast: { ms: [50] },
    slow: { ms: [150, 150] },
    mystery: { ms: [400] },
    late: { ms: [90], flags: ['after-job-end'] },
    boom: { ms: [3], status: 'error' },
    open: { status: 'unfinished', flags: ['unfinished'] },
    free: { ms: [2] },
    stranger: { ms: [7] },
  };
  const run = compareRunWithProfile(profile, makeRunRecord('r1', specs), 'r1.jsonl');
  const nodes = byId(run);

  it('gives max(m/e, e/m) for a trusted node of a known type, summing its executions', () => {
    expect(nodes.fast).toMatchObject({ measuredMs: 50, factor: 2, kind: 'scored' });
    expect(nodes.slow).toMatchObject({ measuredMs: 300, factor: 3, kind: 'scored' });
  });

  it('marks unknown types, untrusted, errored, zero and missing times, never inventing a time', () => {
    expect(nodes.mystery).toMatchObject({ kind: 'unknown-type', factor: 80 });
    expect(nodes.late).toMatchObject({ kind: 'untrusted', flags: ['after-job-end'], factor: 9 });
    expect(nodes.boom).toMatchObject({ kind: 'errored', status: 'error' });
    expect(nodes.open).toMatchObject({ kind: 'not-measured', measuredMs: null, factor: null });
    expect(nodes.skipped).toMatchObject({ kind: 'not-measured', status: 'absent' });
    expect(nodes.free).toMatchObject({ kind: 'zero-time', factor: null });
  });

  it('leaves layout nodes out and lists run nodes the workflow does not have', () => {
    expect(nodes.note).toBeUndefined();
    expect(run.extraNodeIds).toEqual(['stranger']);
  });

  it('summarises only scored nodes unless unknown types are included', () => {
    const summary = summarizeRunErrors([run]);
    expect(summary).toMatchObject({ n: 2, medianFactor: 2.5, within2: 0.5 });
    expect(summary.worst.map((node) => [node.nodeId, node.label])).toEqual([
      ['slow', 'r1.jsonl'],
      ['fast', 'r1.jsonl'],
    ]);
    const withUnknown = summarizeRunErrors([run], { includeUnknown: true });
    expect(withUnknown).toMatchObject({ n: 3, medianFactor: 3 });
    expect(withUnknown.worst[0]?.nodeId).toBe('mystery');
  });

  it('has no figures when nothing counts', () => {
    const summary = summarizeRunErrors([{ ...run, nodes: [] }]);
    expect(summary.n).toBe(0);
    expect(summary.medianFactor).toBeNaN();
    expect(summary.within2).toBe(0);
  });
});

describe('summarizeRunErrors (property)', () => {
  const node = fc.record({
    estimateMs: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
    measuredMs: fc.double({ min: 0.01, max: 1e5, noNaN: true }),
    kind: fc.constantFrom('scored', 'unknown-type', 'untrusted', 'errored', 'not-measured'),
  });

  it('counts the countable nodes; the median lies between their smallest and largest factor', () => {
    fc.assert(
      fc.property(fc.array(fc.array(node, { maxLength: 8 }), { maxLength: 4 }), fc.boolean(), (runs, all) => {
        const comparisons: RunComparison[] = runs.map((list, r) => ({
          label: `run${r}`,
          status: 'completed',
          extraNodeIds: [],
          nodes: list.map((n, i): NodeComparison => ({
            nodeId: `n${i}`,
            nodeType: 't',
            estimateMs: n.estimateMs,
            measuredMs: n.measuredMs,
            factor: Math.max(n.estimateMs / n.measuredMs, n.measuredMs / n.estimateMs),
            kind: n.kind as NodeComparison['kind'],
            flags: [],
            status: 'completed',
          })),
        }));
        const counted = comparisons.flatMap((run) => run.nodes.filter((n) => countsInSummary(n, all)));
        const summary = summarizeRunErrors(comparisons, { includeUnknown: all, worstCount: 100 });
        expect(summary.n).toBe(counted.length);
        expect(summary.worst).toHaveLength(counted.length);
        const factors = counted.map((n) => n.factor as number);
        if (factors.length === 0) return;
        expect(summary.medianFactor).toBeGreaterThanOrEqual(Math.min(...factors));
        expect(summary.medianFactor).toBeLessThanOrEqual(Math.max(...factors));
        expect(summary.within2 * counted.length).toBeCloseTo(factors.filter((f) => f <= 2).length, 9);
        expect(summary.worst[0]?.factor).toBe(Math.max(...factors));
      }),
    );
  });
});
