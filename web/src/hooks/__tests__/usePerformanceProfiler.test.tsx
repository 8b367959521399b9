import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DEFAULT_HARDWARE_ID, HARDWARE_PRESETS } from '../../profiling/hardware';
import {
  createPerformanceProfileStore,
  type PerformanceProfileStore,
} from '../../stores/PerformanceProfileStore';
import { PerformanceProfileStoreProvider } from '../../stores/profile/PerformanceProfileStoreContext';
import { duplicateIds, loadAgentChain, smallChain } from '../../stores/__tests__/workflowFixtures';
import { usePerformanceProfiler } from '../usePerformanceProfiler';

function wrapperFor(store: PerformanceProfileStore) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <PerformanceProfileStoreProvider store={store}>{children}</PerformanceProfileStoreProvider>;
  };
}

describe('usePerformanceProfiler', () => {
  it('analyses the bound workflow and exposes its profile and status', async () => {
    const store = createPerformanceProfileStore();
    const { result } = renderHook(() => usePerformanceProfiler('wf'), { wrapper: wrapperFor(store) });
    expect(result.current.profile).toBeNull();
    expect(result.current.isAnalyzing).toBe(false);
    const { nodes, edges } = loadAgentChain();
    let pending: Promise<unknown> = Promise.resolve();
    act(() => {
      pending = result.current.analyzeWorkflow(nodes, edges);
    });
    expect(result.current.isAnalyzing).toBe(true);
    await act(async () => {
      await pending;
    });
    expect(result.current.isAnalyzing).toBe(false);
    expect(result.current.profile?.nodes).toHaveLength(nodes.length);
    expect(result.current.profile).toBe(store.getState().profiles.get('wf'));
  });

  it('reports only its own workflow', async () => {
    const store = createPerformanceProfileStore();
    const { result } = renderHook(() => usePerformanceProfiler('mine'), { wrapper: wrapperFor(store) });
    const { nodes, edges } = smallChain();
    await act(async () => {
      await result.current.analyzeWorkflow('other', nodes, edges);
    });
    expect(result.current.profile).toBeNull();
    expect(store.getState().profiles.has('other')).toBe(true);
  });

  it('without an id, follows the most recent analysis', async () => {
    const store = createPerformanceProfileStore();
    const { result } = renderHook(() => usePerformanceProfiler(), { wrapper: wrapperFor(store) });
    const { nodes, edges } = smallChain();
    await act(async () => {
      await result.current.analyzeWorkflow('a', nodes, edges);
    });
    expect(result.current.profile).toBe(store.getState().profiles.get('a'));
    const bad = duplicateIds();
    await act(async () => {
      await result.current.analyzeWorkflow('b', bad.nodes, bad.edges);
    });
    expect(result.current.profile).toBeNull();
    expect(result.current.error?.workflowId).toBe('b');
  });

  it('returns the coded error of a bad workflow and clears it with clearProfile', async () => {
    const store = createPerformanceProfileStore();
    const { result } = renderHook(() => usePerformanceProfiler('wf'), { wrapper: wrapperFor(store) });
    const bad = duplicateIds();
    await act(async () => {
      await result.current.analyzeWorkflow(bad.nodes, bad.edges);
    });
    expect(result.current.error).toMatchObject({ code: 'node.duplicate-id', nodeId: 'dup' });
    act(() => result.current.clearProfile());
    expect(result.current.error).toBeNull();
  });

  it('reads and sets the hardware', async () => {
    const store = createPerformanceProfileStore();
    const { result } = renderHook(() => usePerformanceProfiler('wf'), { wrapper: wrapperFor(store) });
    expect(result.current.hardware.id).toBe(DEFAULT_HARDWARE_ID);
    const other = HARDWARE_PRESETS.find((preset) => preset.id !== DEFAULT_HARDWARE_ID);
    act(() => result.current.setHardware(other?.id ?? ''));
    await waitFor(() => expect(result.current.hardware.id).toBe(other?.id));
  });

  it('keeps stable action identities across renders', () => {
    const store = createPerformanceProfileStore();
    const { result, rerender } = renderHook(() => usePerformanceProfiler('wf'), {
      wrapper: wrapperFor(store),
    });
    const first = result.current;
    rerender();
    expect(result.current.analyzeWorkflow).toBe(first.analyzeWorkflow);
    expect(result.current.setHardware).toBe(first.setHardware);
  });
});
