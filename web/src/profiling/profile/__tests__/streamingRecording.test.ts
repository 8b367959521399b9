/**
 * @jest-environment node
 *
 * The estimated timeline of a streaming workflow against a real NodeTool run of it: recording 04a (a
 * producer yielding 4 items, one every 0.2 s, into a Sleep of 0.3 s that runs once per item, then an Output
 * and a Collect). The study.* nodes get rules with their designed durations, so the comparison is of the
 * schedule's shape alone, not of the estimators.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deriveRunRecord, parseRecordingText } from '../../../runs';
import { assertProfileInvariants } from '../../__tests__/assertProfileInvariants';
import { createBuiltinMetricTable } from '../../estimate/builtinTable';
import { registerMetricRule } from '../../estimate/metricTable';
import type { NodeEstimate, NodeMetricDefinition, NormalizedNode } from '../../estimate/types';
import { profileWorkflow } from '../profileWorkflow';

const FIXTURES = resolve(__dirname, '../../../runs/__fixtures__/nodetool-runs');
const read = (file: string) => readFileSync(resolve(FIXTURES, file), 'utf8');

const seconds = (node: NormalizedNode) => Number(node.params.seconds);
const count = (node: NormalizedNode) => Number(node.params.count);

/** A CPU rule whose one execution takes `ms(node)` (the study nodes sleep; they hold no memory). */
function studyRule(ms: (node: NormalizedNode) => number, extra: Partial<NodeMetricDefinition> = {}) {
  const def: NodeMetricDefinition = {
    category: 'data',
    baseComplexity: 1,
    defaults: { runtimeMs: 0, memoryMb: 0, vramMb: 0, device: 'cpu' },
    estimate: (node): NodeEstimate => ({
      category: 'data',
      complexity: 1,
      runtimeMs: ms(node),
      memoryMb: 0,
      vramMb: 0,
      device: 'cpu',
      known: true,
      confidence: 'high',
      layoutOnly: false,
      details: { source: 'recording 04a design', assumptions: [] },
    }),
    ...extra,
  };
  return def;
}

function studyTable() {
  let table = createBuiltinMetricTable();
  // SlowCounter sleeps `seconds` before each of its `count` yields; Sleep sleeps `seconds` per execution.
  table = registerMetricRule(
    table,
    'study.SlowCounter',
    studyRule((n) => count(n) * seconds(n) * 1000, { emitsItems: count }),
  );
  return registerMetricRule(
    table,
    'study.Sleep',
    studyRule((n) => seconds(n) * 1000),
  );
}

describe('streaming producer → per-item consumer, against recording 04a', () => {
  const workflow = JSON.parse(read('04a-stream.workflow.json')) as Parameters<typeof profileWorkflow>[0];
  const run = deriveRunRecord(parseRecordingText(read('04a-stream.jsonl')));
  const profile = profileWorkflow(workflow, { metrics: studyTable(), workers: 4 });
  const row = (id: string) => profile.nodes.find((n) => n.id === id)!;
  const entry = (id: string) => profile.schedule.find((e) => e.nodeId === id)!;

  it('the measured run is what the comparison assumes (a sanity check of the fixture)', () => {
    expect(run.status).toBe('completed');
    expect(run.nodes.gen!.executions).toHaveLength(1);
    expect(run.nodes.work!.executions).toHaveLength(4);
  });

  it('the consumer starts on the first item, ≈ 0.2 s after the producer, as measured', () => {
    const gen = run.nodes.gen!.executions[0]!;
    const measuredLag = run.nodes.work!.executions[0]!.startMs - gen.startMs;
    const estimatedLag = entry('work').startMs - entry('gen').startMs;
    expect(estimatedLag).toBeCloseTo(200, 6);
    expect(Math.abs(estimatedLag - measuredLag)).toBeLessThan(50);
    expect(row('work').earliestStartMs).toBeCloseTo(200, 6);
  });

  it('the consumer ends with its last item (≈ 0.2 + 4 × 0.3 s) and the makespan is the measured wall time, not 0.8 + 1.2 s', () => {
    const gen = run.nodes.gen!.executions[0]!;
    const work = run.nodes.work!.executions;
    const measuredEnd = (work[work.length - 1]!.endMs ?? Number.NaN) - gen.startMs;
    expect(entry('work').endMs).toBeCloseTo(1400, 6);
    expect(Math.abs(entry('work').endMs - entry('gen').startMs - measuredEnd)).toBeLessThan(
      0.1 * measuredEnd,
    );
    const sequential = row('gen').runtimeMs + row('work').runtimeMs;
    expect(sequential).toBeCloseTo(2000, 6);
    const { makespanMs, criticalPathMs } = profile.summary;
    expect(makespanMs).toBeGreaterThanOrEqual(1100);
    expect(makespanMs).toBeLessThanOrEqual(1500);
    const wall = run.wallMs ?? Number.NaN;
    expect(Math.abs(makespanMs - wall)).toBeLessThan(0.1 * wall);
    expect(criticalPathMs).toBeCloseTo(makespanMs, 6);
  });

  it('producer and consumer overlap; the collector waits for the end of the stream', () => {
    expect(entry('work').startMs).toBeLessThan(entry('gen').endMs);
    expect(row('collect').earliestStartMs).toBeGreaterThanOrEqual(entry('work').endMs - 1e-6);
    expect(row('collect').details.itemCount).toBeUndefined();
    expect(row('out_list').details.itemCount).toBeUndefined();
    expect(row('work').details.itemCount).toBe(4);
    expect(row('out_items').details.itemCount).toBe(4);
    expect(profile.summary.criticalPath).toEqual(['gen', 'work', 'collect', 'out_list']);
    expect(() => assertProfileInvariants(profile)).not.toThrow();
  });
});
