import fc from 'fast-check';
import type { NodeEstimate } from '../../estimate/types';
import type { ProfileIssue } from '../../types';
import { collectWarnings } from '../collectWarnings';
import { warningsFor } from '../estimateMemo';

/** The rule, written plainly: every issue in order, the first of each (code, node, edge, field) kept. */
function oracle(
  stageIssues: readonly ProfileIssue[],
  estimates: readonly NodeEstimate[],
  ids: readonly string[],
): ProfileIssue[] {
  const seen = new Set<string>();
  const out: ProfileIssue[] = [];
  const all = [...stageIssues];
  estimates.forEach((e, v) => all.push(...warningsFor(e, ids[v]!)));
  for (const issue of all) {
    const key = JSON.stringify([issue.code, issue.nodeId ?? '', issue.edgeId ?? '', issue.field ?? '']);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...issue, severity: 'warning' });
  }
  return out;
}

const ids = ['a', 'b', 'c', 'd'];
const code = fc.constantFrom('x.one', 'x.two');
const field = fc.option(fc.constantFrom('steps', 'model'), { nil: undefined });

/** An issue; `node` picks its node id (own id most of the time for estimator warnings). */
const issue = (node: fc.Arbitrary<string | undefined>) =>
  fc.record({
    code,
    nodeId: node,
    field,
    severity: fc.constantFrom<'warning' | 'error'>('warning', 'error'),
  });

const estimateWith = (warnings: ProfileIssue[] | undefined) => ({ warnings }) as unknown as NodeEstimate;

function issueWithMessage(i: {
  code: string;
  nodeId?: string;
  field?: string;
  severity: 'warning' | 'error';
}) {
  const out: ProfileIssue = { code: i.code, severity: i.severity, message: `Node "${i.nodeId}": ${i.code}` };
  if (i.nodeId !== undefined) out.nodeId = i.nodeId;
  if (i.field !== undefined) out.field = i.field;
  return out;
}

describe('collectWarnings', () => {
  it('keeps the first warning of each (code, node, edge, field), in order, as the plain rule does', () => {
    const nodeIssues = ids.map((id) =>
      fc.option(
        fc.array(
          issue(
            fc.oneof(
              { weight: 4, arbitrary: fc.constant(id) },
              fc.option(fc.constantFrom(...ids), { nil: undefined }),
            ),
          ),
          { maxLength: 3 },
        ),
      ),
    );
    fc.assert(
      fc.property(
        fc.array(issue(fc.option(fc.constantFrom(...ids), { nil: undefined })), { maxLength: 3 }),
        fc.tuple(...nodeIssues),
        (stage, perNode) => {
          const stageIssues = stage.map(issueWithMessage);
          const estimates = perNode.map((list) =>
            estimateWith(list ? list.map(issueWithMessage) : undefined),
          );
          const got = collectWarnings(stageIssues, estimates, ids);
          expect(got).toEqual(oracle(stageIssues, estimates, ids));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('drops an estimator warning that repeats a validation warning about the same node', () => {
    const stage: ProfileIssue[] = [
      {
        code: 'x.one',
        severity: 'warning',
        message: 'Node "a": from validation',
        nodeId: 'a',
        field: 'steps',
      },
    ];
    const estimates = [
      estimateWith([
        {
          code: 'x.one',
          severity: 'warning',
          message: 'Node "a": from the estimator',
          nodeId: 'a',
          field: 'steps',
        },
        { code: 'x.two', severity: 'warning', message: 'Node "a": another', nodeId: 'a' },
      ]),
    ];
    expect(collectWarnings(stage, estimates, ['a']).map((w) => w.message)).toEqual([
      'Node "a": from validation',
      'Node "a": another',
    ]);
  });
});
