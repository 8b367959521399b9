/**
 * @jest-environment node
 *
 * The store with a worker analyser (over a MessageChannel): analyses give the profiles and errors the
 * main-thread store gives, and an analysis superseded while the worker was busy never runs.
 */
import { createAnalysisService } from '../profile/analysis/analysisService';
import type { AnalysisService } from '../profile/analysis/analysisService';
import { createWorkerAnalyser } from '../profile/analysis/workerAnalyser';
import { createChannelWorker } from '../profile/analysis/__tests__/channelWorker';
import { createPerformanceProfileStore, isProfileCurrent } from '../PerformanceProfileStore';
import { duplicateIds, loadAgentChain, smallChain } from './workflowFixtures';

const analysers: Array<{ dispose(): void }> = [];
afterEach(() => {
  for (const analyser of analysers.splice(0)) analyser.dispose();
});

function storeWithWorker(service: AnalysisService = createAnalysisService()) {
  const analyser = createWorkerAnalyser({ createWorker: () => createChannelWorker(service) });
  analysers.push(analyser);
  return { store: createPerformanceProfileStore({ analyser }), analyser };
}

describe('PerformanceProfileStore with a worker analyser', () => {
  it('stores the same profile as the main-thread store, and says where it analyses', async () => {
    const { store } = storeWithWorker();
    const main = createPerformanceProfileStore();
    const { nodes, edges } = loadAgentChain();
    store.getState().setHardware('rtx-4090');
    main.getState().setHardware('rtx-4090');
    const inWorker = await store.getState().analyzeWorkflow('wf', nodes, edges);
    const here = await main.getState().analyzeWorkflow('wf', nodes, edges);
    expect({ ...inWorker!, generatedAt: '' }).toEqual({ ...here!, generatedAt: '' });
    expect(isProfileCurrent(store.getState(), 'wf', nodes, edges)).toBe(true);
    expect(store.getState().isAnalyzing).toBe(false);
    expect(store.getState().getAnalysisThread()).toBe('worker');
    expect(main.getState().getAnalysisThread()).toBe('main');
  });

  it('stores the coded error of bad input, located as on the main thread', async () => {
    const { store } = storeWithWorker();
    const { nodes, edges } = duplicateIds();
    expect(await store.getState().analyzeWorkflow('bad', nodes, edges)).toBeNull();
    const error = store.getState().errors.get('bad');
    expect(error?.code).toBe('node.duplicate-id');
    expect(error?.nodeId).toBe('dup');
  });

  it('an analysis superseded while the worker is busy never reaches the worker', async () => {
    const service = createAnalysisService();
    const sizes: number[] = [];
    const received = new Map<number, number>();
    const { store } = storeWithWorker({
      ...service,
      receiveGraphPart: (graphId, part, items) => {
        if (part === 'nodes') received.set(graphId, (received.get(graphId) ?? 0) + items.length);
        service.receiveGraphPart(graphId, part, items);
      },
      analyseGraph: (graphId, options, rules) => {
        sizes.push(received.get(graphId) ?? 0);
        return service.analyseGraph(graphId, options, rules);
      },
    });
    const chain = loadAgentChain();
    const small = smallChain();
    const first = store.getState().analyzeWorkflow('wf', chain.nodes, chain.edges);
    const second = store.getState().analyzeWorkflow('wf', small.nodes, small.edges);
    expect(await first).toBeNull();
    expect((await second)!.nodes).toHaveLength(small.nodes.length);
    // Only the last analysis ran: its two passes (without and with suggestions).
    expect(sizes).toEqual([small.nodes.length, small.nodes.length]);
  });

  it('setAnalyser(null) goes back to this thread', () => {
    const { store } = storeWithWorker();
    store.getState().setAnalyser(null);
    expect(store.getState().getAnalysisThread()).toBe('main');
  });
});
