import { isProfileError } from '../../profiling/errors';
import { DEFAULT_HARDWARE_ID, HARDWARE_PRESETS } from '../../profiling/hardware';
import { resolveMetricDefinition } from '../../profiling/estimate';
import type { NodeMetricDefinition } from '../../profiling/estimate/types';
import { createPerformanceProfileStore, isProfileCurrent } from '../PerformanceProfileStore';
import { duplicateIds, loadAgentChain, loadVideoGeneration, smallChain } from './workflowFixtures';

const slowHttp: NodeMetricDefinition = {
  category: 'http',
  baseComplexity: 4,
  defaults: { runtimeMs: 45_000, memoryMb: 30, vramMb: 0, device: 'remote' },
  source: 'test: measured on the acme API',
};

function otherPresetId(): string {
  const other = HARDWARE_PRESETS.find((preset) => preset.id !== DEFAULT_HARDWARE_ID);
  if (!other) throw new Error('need at least two presets');
  return other.id;
}

describe('PerformanceProfileStore', () => {
  it('starts with the built-in metrics, the default hardware and no profiles', () => {
    const state = createPerformanceProfileStore().getState();
    expect(state.hardware).toBe(DEFAULT_HARDWARE_ID);
    expect(state.hardwareSpec.id).toBe(DEFAULT_HARDWARE_ID);
    expect(state.profiles.size).toBe(0);
    expect(state.isAnalyzing).toBe(false);
    expect(state.error).toBeNull();
    expect(resolveMetricDefinition(state.metrics, 'nodetool.agents.Agent')).toBeDefined();
  });

  it('analyses a workflow with the engine and stores the profile by workflow id', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = loadAgentChain();
    const pending = store.getState().analyzeWorkflow('wf-1', nodes, edges);
    expect(store.getState().isAnalyzing).toBe(true);
    expect(store.getState().pending.has('wf-1')).toBe(true);
    const profile = await pending;
    expect(profile).not.toBeNull();
    const state = store.getState();
    expect(state.isAnalyzing).toBe(false);
    expect(state.profiles.get('wf-1')).toBe(profile);
    expect(state.lastWorkflowId).toBe('wf-1');
    expect(profile?.nodes).toHaveLength(nodes.length);
    expect(profile?.summary.grade).toMatch(/^[ABCDF]$/);
    expect(profile?.hardware.name).toBe(state.hardwareSpec.name);
  });

  it('keeps profiles of different workflows apart', async () => {
    const store = createPerformanceProfileStore();
    const chain = smallChain();
    const example = loadAgentChain();
    await store.getState().analyzeWorkflow('small', chain.nodes, chain.edges);
    await store.getState().analyzeWorkflow('example', example.nodes, example.edges);
    expect(store.getState().profiles.get('small')?.nodes).toHaveLength(3);
    expect(store.getState().profiles.get('example')?.nodes).toHaveLength(example.nodes.length);
  });

  it('stores a coded, located error for a bad workflow and clears it on the next success', async () => {
    const store = createPerformanceProfileStore();
    const bad = duplicateIds();
    await expect(store.getState().analyzeWorkflow('wf', bad.nodes, bad.edges)).resolves.toBeNull();
    const error = store.getState().errors.get('wf');
    expect(error?.code).toBe('node.duplicate-id');
    expect(error?.nodeId).toBe('dup');
    expect(error?.message).toMatch(/dup/);
    expect(store.getState().error).toBe(error);
    expect(store.getState().profiles.has('wf')).toBe(false);
    expect(store.getState().isAnalyzing).toBe(false);

    const good = smallChain();
    await store.getState().analyzeWorkflow('wf', good.nodes, good.edges);
    expect(store.getState().errors.has('wf')).toBe(false);
    expect(store.getState().error).toBeNull();
    expect(store.getState().profiles.has('wf')).toBe(true);
  });

  it('runs only the last of overlapping analyses of one workflow', async () => {
    const store = createPerformanceProfileStore();
    const first = smallChain();
    const second = loadAgentChain();
    const a = store.getState().analyzeWorkflow('wf', first.nodes, first.edges);
    const b = store.getState().analyzeWorkflow('wf', second.nodes, second.edges);
    await expect(a).resolves.toBeNull();
    const profile = await b;
    expect(profile?.nodes).toHaveLength(second.nodes.length);
    expect(store.getState().profiles.get('wf')).toBe(profile);
  });

  it('selects hardware by preset id or custom spec and uses it for the next analysis', async () => {
    const store = createPerformanceProfileStore();
    const id = otherPresetId();
    store.getState().setHardware(id);
    expect(store.getState().hardware).toBe(id);
    expect(store.getState().hardwareSpec.id).toBe(id);

    const custom = {
      name: 'Lab box',
      vendor: 'nvidia' as const,
      memoryBandwidthGBs: 900,
      fp16Tflops: 80,
      memoryGb: 48,
    };
    store.getState().setHardware(custom);
    expect(store.getState().hardwareSpec).toMatchObject(custom);
    const { nodes, edges } = smallChain();
    const profile = await store.getState().analyzeWorkflow('wf', nodes, edges);
    expect(profile?.hardware.name).toBe('Lab box');
    expect(profile?.hardware.memoryGb).toBe(48);
  });

  it('rejects an unknown preset or an invalid spec with a coded error and keeps the state', () => {
    const store = createPerformanceProfileStore();
    const before = store.getState().hardwareSpec;
    let thrown: unknown;
    try {
      store.getState().setHardware('quantum-9000');
    } catch (error) {
      thrown = error;
    }
    expect(isProfileError(thrown) && thrown.code).toBe('hardware.unknown-preset');
    expect(() =>
      store
        .getState()
        .setHardware({ name: 'x', vendor: 'nvidia', memoryBandwidthGBs: -1, fp16Tflops: 1, memoryGb: 8 }),
    ).toThrow(/memoryBandwidthGBs/);
    expect(store.getState().hardwareSpec).toBe(before);
  });

  it('registers node metrics that the next analysis uses', async () => {
    const store = createPerformanceProfileStore();
    const graph = {
      nodes: [{ id: 'call', type: 'acme.api.SlowCall', position: { x: 0, y: 0 }, data: { properties: {} } }],
      edges: [],
    };
    const before = await store.getState().analyzeWorkflow('wf', graph.nodes, graph.edges);
    expect(before?.nodes[0]?.known).toBe(false);
    expect(before?.summary.unknownTypes).toContain('acme.api.SlowCall');

    store.getState().registerNodeMetrics('acme.api.*', slowHttp);
    expect(store.getState().registeredMetrics).toHaveLength(1);
    const after = await store.getState().analyzeWorkflow('wf', graph.nodes, graph.edges);
    expect(after?.nodes[0]?.known).toBe(true);
    expect(after?.nodes[0]?.category).toBe('http');
    expect(after?.nodes[0]?.runtimeMs).toBe(45_000);
    expect(after?.summary.unknownNodeCount).toBe(0);
  });

  it('rejects an invalid metric rule with a coded error', () => {
    const store = createPerformanceProfileStore();
    expect(() => store.getState().registerNodeMetrics('acme.*.x*', slowHttp)).toThrow(
      /metrics.invalid-pattern/,
    );
    expect(store.getState().registeredMetrics).toHaveLength(0);
  });

  it('clears one workflow and cancels its pending analysis', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = smallChain();
    await store.getState().analyzeWorkflow('keep', nodes, edges);
    const pending = store.getState().analyzeWorkflow('drop', nodes, edges);
    store.getState().clearProfile('drop');
    expect(store.getState().isAnalyzing).toBe(false);
    await expect(pending).resolves.toBeNull();
    expect(store.getState().profiles.has('drop')).toBe(false);
    expect(store.getState().profiles.has('keep')).toBe(true);
    store.getState().clearProfile('keep');
    expect(store.getState().profiles.size).toBe(0);
  });

  it('resets to the initial state', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = smallChain();
    store.getState().setHardware(otherPresetId());
    store.getState().registerNodeMetrics('acme.*', slowHttp);
    await store.getState().analyzeWorkflow('wf', nodes, edges);
    store.getState().reset();
    const state = store.getState();
    expect(state.hardware).toBe(DEFAULT_HARDWARE_ID);
    expect(state.registeredMetrics).toHaveLength(0);
    expect(state.profiles.size).toBe(0);
    expect(resolveMetricDefinition(state.metrics, 'acme.thing')).toBeUndefined();
  });

  it('knows when a stored profile still reflects the same inputs', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = smallChain();
    expect(isProfileCurrent(store.getState(), 'wf', nodes, edges)).toBe(false);
    await store.getState().analyzeWorkflow('wf', nodes, edges);
    expect(isProfileCurrent(store.getState(), 'wf', nodes, edges)).toBe(true);
    expect(isProfileCurrent(store.getState(), 'wf', [...nodes], edges)).toBe(false);
    store.getState().setHardware(otherPresetId());
    expect(isProfileCurrent(store.getState(), 'wf', nodes, edges)).toBe(false);
  });

  it('shows the profile first, then completes it with suggestions', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = loadVideoGeneration();
    const seen: Array<{ suggestions: number; refining: boolean; analyzing: boolean }> = [];
    const unsubscribe = store.subscribe((state, previous) => {
      const profile = state.profiles.get('wf');
      if (profile && profile !== previous.profiles.get('wf')) {
        seen.push({
          suggestions: profile.suggestions.length,
          refining: state.refining.has('wf'),
          analyzing: state.isAnalyzing,
        });
      }
    });
    const complete = await store.getState().analyzeWorkflow('wf', nodes, edges);
    unsubscribe();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual({ suggestions: 0, refining: true, analyzing: true });
    expect(complete?.suggestions.length).toBeGreaterThan(0);
    expect(seen[1]).toEqual({ suggestions: complete?.suggestions.length, refining: false, analyzing: false });
    expect(store.getState().profiles.get('wf')).toBe(complete);
  });
});
