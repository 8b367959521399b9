/**
 * Done-when check of "Estimates that learn": the diamond workflow profiled after importing its three real
 * runs gives the measured times, labelled as measured; a study.Sleep factor learned from 03-fanout's six
 * sleeps is applied to the diamond's sleeps when the diamond's own runs are not used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profileWorkflow, type Profile } from '../../../profiling';
import { importRunText } from '../../importRun';
import { FIXTURE_DIR } from '../../__tests__/loadRecordings';
import { median } from '../../measure/median';
import { buildCalibration } from '../buildCalibration';
import { measureAccuracy } from '../measureAccuracy';

const HARDWARE = 'rtx-4090';
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8'));
const readRun = (name: string) =>
  importRunText(readFileSync(join(FIXTURE_DIR, `${name}.jsonl`), 'utf8')).record;
const nodeOf = (profile: Profile, id: string) => profile.nodes.find((n) => n.id === id)!;

describe('learning from the diamond recordings', () => {
  const diamond = readJson('02-diamond.workflow.json');
  const runs = ['02-diamond', '07-diamond-repeat-1', '08a-msgpack-diamond'].map(readRun);
  const base = profileWorkflow(diamond, { hardware: HARDWARE });
  const calibration = buildCalibration(runs, base, HARDWARE, diamond);
  const learned = profileWorkflow(diamond, { hardware: HARDWARE, calibration });

  it.each(['src', 'left', 'right', 'join', 'out'])('node %s: within 10 %% of its measured median', (id) => {
    const measured = median(runs.map((run) => run.nodes[id]!.totalMs!))!;
    const node = nodeOf(learned, id);
    expect(Math.abs(node.runtimeMs - measured)).toBeLessThanOrEqual(0.1 * measured);
    expect(node.details.source).toBe('measured, 3 runs on NVIDIA RTX 4090 24GB');
    expect(node.confidence).toBe('high');
  });

  it('the sleeps were far off before and are no longer unknown', () => {
    expect(nodeOf(base, 'right').runtimeMs).toBeLessThan(0.1 * nodeOf(learned, 'right').runtimeMs);
    expect(base.summary.unknownTypes).toContain('study.Sleep');
    expect(learned.summary.unknownTypes).not.toContain('study.Sleep');
    // The two sleeps run side by side: the makespan is the measured wall time's, within 10 %.
    const wall = median(runs.map((run) => run.wallMs!))!;
    expect(Math.abs(learned.summary.makespanMs - wall)).toBeLessThanOrEqual(0.1 * wall);
  });

  it('the accuracy shows the change', () => {
    const before = measureAccuracy(base, runs).medianErrorFactor!;
    const after = measureAccuracy(learned, runs).medianErrorFactor!;
    expect(before).toBeGreaterThan(2);
    expect(after).toBeLessThan(1.1);
  });

  it('a study.Sleep factor learned from 03-fanout applies to the diamond’s sleeps', () => {
    const fanout = readJson('03-fanout.workflow.json');
    const fanoutRun = readRun('03-fanout');
    const fanoutBase = profileWorkflow(fanout, { hardware: HARDWARE });
    const fromFanout = buildCalibration([fanoutRun], fanoutBase, HARDWARE, fanout);
    const sleep = fromFanout.types['study.Sleep']!;
    expect(sleep.samples).toBe(6);
    // The six sleeps' median log ratio, shrunk by 6/(6+3).
    const logRatios = ['s1', 's2', 's3', 's4', 's5', 's6'].map((id) =>
      Math.log(fanoutRun.nodes[id]!.totalMs! / nodeOf(fanoutBase, id).runtimeMs),
    );
    expect(sleep.rawFactor).toBeCloseTo(Math.exp(median(logRatios)!), 6);
    expect(sleep.factor).toBeCloseTo(Math.exp((median(logRatios)! * 6) / 9), 6);
    expect(Object.keys(fromFanout.nodes)).not.toContain('left');

    const applied = profileWorkflow(diamond, { hardware: HARDWARE, calibration: fromFanout });
    for (const id of ['left', 'right']) {
      const node = nodeOf(applied, id);
      expect(node.runtimeMs).toBeCloseTo(nodeOf(base, id).runtimeMs * sleep.factor, 6);
      expect(node.details.source).toMatch(/^calibrated from 1 run \(×17\)/);
    }
  });
});
