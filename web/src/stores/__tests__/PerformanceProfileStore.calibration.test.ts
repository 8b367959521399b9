import { loadDiamond } from '../../runs/testing/loadDiamond';
import { createPerformanceProfileStore, isProfileCurrent } from '../PerformanceProfileStore';

const nodeOf = (
  profile: { nodes: { id: string; runtimeMs: number; details: { source: string } }[] },
  id: string,
) => profile.nodes.find((n) => n.id === id)!;

describe('PerformanceProfileStore: learning from runs', () => {
  it('learns from the selected runs in an action and re-analyses with the calibration', async () => {
    const store = createPerformanceProfileStore();
    store.getState().setHardware('rtx-4090');
    const { nodes, edges, runs } = loadDiamond();
    const profile = await store.getState().learnFromRuns('wf', nodes, edges, runs);
    expect(nodeOf(profile!, 'right').details.source).toBe('measured, 3 runs on NVIDIA RTX 4090 24GB');
    const state = store.getState();
    expect(state.calibrations.get('wf')!.hardware).toBe('rtx-4090');
    expect(nodeOf(state.uncalibrated.get('wf')!, 'right').details.source).not.toMatch(/^measured/);
    expect(isProfileCurrent(state, 'wf', nodes, edges)).toBe(true);
  });

  it('"Use measurements" off makes the stored profile stale and the next analysis uncalibrated', async () => {
    const store = createPerformanceProfileStore();
    store.getState().setHardware('rtx-4090');
    const { nodes, edges, runs } = loadDiamond();
    await store.getState().learnFromRuns('wf', nodes, edges, runs);
    store.getState().setUseMeasurements(false);
    expect(isProfileCurrent(store.getState(), 'wf', nodes, edges)).toBe(false);
    const plain = await store.getState().analyzeWorkflow('wf', nodes, edges);
    expect(nodeOf(plain!, 'right').runtimeMs).toBeLessThan(100);
  });

  it('exports and imports the calibration; a bad file sets an error naming the field', async () => {
    const source = createPerformanceProfileStore();
    source.getState().setHardware('rtx-4090');
    const { nodes, edges, runs } = loadDiamond();
    await source.getState().learnFromRuns('wf', nodes, edges, runs);
    const text = source.getState().exportCalibration('wf')!;

    const target = createPerformanceProfileStore();
    target.getState().setHardware('rtx-4090');
    expect(target.getState().exportCalibration('wf')).toBeNull();
    expect(await target.getState().importCalibration('wf', text, nodes, edges)).toBe(true);
    expect(target.getState().calibrations.get('wf')).toEqual(source.getState().calibrations.get('wf'));
    expect(nodeOf(target.getState().profiles.get('wf')!, 'left').details.source).toMatch(/^measured/);

    expect(await target.getState().importCalibration('wf', '{"version":1}', nodes, edges)).toBe(false);
    expect(target.getState().calibrationError).toContain('calibration.hardware');
    expect(await target.getState().importCalibration('wf', 'not json', nodes, edges)).toBe(false);
    expect(target.getState().calibrationError).toMatch(/^Not a calibration file/);
  });

  it('no runs: the calibration is dropped', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges, runs } = loadDiamond();
    await store.getState().learnFromRuns('wf', nodes, edges, runs);
    await store.getState().learnFromRuns('wf', nodes, edges, []);
    expect(store.getState().calibrations.has('wf')).toBe(false);
  });
});
