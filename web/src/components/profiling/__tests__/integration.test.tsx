import { ThemeProvider, createTheme } from '@mui/material/styles';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import {
  createPerformanceProfileStore,
  type PerformanceProfileStore,
} from '../../../stores/PerformanceProfileStore';
import { PerformanceProfileStoreProvider } from '../../../stores/profile/PerformanceProfileStoreContext';
import { loadAgentChain } from '../../../stores/__tests__/workflowFixtures';
import {
  PerformanceProfiler,
  ProfilerToolbarButton,
  useHeatDecorations,
  useProfilerController,
} from '../index';
import { renderPanel } from './renderPanel';

function providers(store: PerformanceProfileStore) {
  return function Providers({ children }: { children: ReactNode }) {
    return (
      <ThemeProvider theme={createTheme()}>
        <PerformanceProfileStoreProvider store={store}>{children}</PerformanceProfileStoreProvider>
      </ThemeProvider>
    );
  };
}

describe('useHeatDecorations', () => {
  it('is empty until enabled with a profile, then decorates critical nodes and edges', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = loadAgentChain();
    const { result, rerender } = renderHook(({ enabled }) => useHeatDecorations('wf', edges, enabled), {
      wrapper: providers(store),
      initialProps: { enabled: true },
    });
    expect(result.current.nodes).toEqual({});
    await act(async () => {
      await store.getState().analyzeWorkflow('wf', nodes, edges);
    });
    const profile = store.getState().profiles.get('wf');
    const critical = profile?.summary.criticalPath ?? [];
    expect(critical.length).toBeGreaterThan(1);
    for (const id of critical)
      expect(result.current.nodes[id]?.className).toContain('profiler-heat--critical-path');
    const criticalEdges = edges.filter(
      (edge) => critical.indexOf(edge.target) === critical.indexOf(edge.source) + 1,
    );
    expect(Object.keys(result.current.edges).sort()).toEqual(criticalEdges.map((edge) => edge.id).sort());

    rerender({ enabled: false });
    expect(result.current).toEqual({ nodes: {}, edges: {} });
  });
});

describe('ProfilerToolbarButton', () => {
  it('toggles and reports its state', async () => {
    function Host() {
      const [open, setOpen] = useState(false);
      return <ProfilerToolbarButton open={open} onToggle={() => setOpen((o) => !o)} />;
    }
    render(<Host />);
    const button = screen.getByRole('button', { name: 'Profiler' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('panel heat overlay switch', () => {
  it('reports changes to the host', async () => {
    const onChange = jest.fn();
    const { nodes, edges } = loadAgentChain();
    renderPanel({ workflowId: 'wf', nodes, edges, heatOverlay: { enabled: false, onChange } });
    await userEvent.click(screen.getByRole('switch', { name: 'Heat overlay' }));
    expect(onChange).toHaveBeenCalledWith(true);
  });
});

describe('useProfilerController', () => {
  it('wires the shortcut, the panel, node focus and the overlay decorations', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = loadAgentChain();
    const focusNode = jest.fn();
    const applied: Array<{ nodes: number; edges: number }> = [];
    function Host() {
      const profiler = useProfilerController({
        workflowId: 'wf',
        nodes,
        edges,
        focusNode,
        applyDecorations: (d) =>
          applied.push({ nodes: Object.keys(d.nodes).length, edges: Object.keys(d.edges).length }),
      });
      return (
        <>
          <ProfilerToolbarButton {...profiler.buttonProps} />
          {profiler.open && <PerformanceProfiler {...profiler.panelProps} animateCharts={false} />}
        </>
      );
    }
    const Providers = providers(store);
    render(
      <Providers>
        <Host />
      </Providers>,
    );
    expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument();

    const event = new KeyboardEvent('keydown', {
      key: 'p',
      code: 'KeyP',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    act(() => {
      document.body.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
        'data-profiler-state',
        'report',
      ),
    );

    await userEvent.click(screen.getByRole('switch', { name: 'Heat overlay' }));
    await waitFor(() => expect(applied[applied.length - 1]?.nodes).toBeGreaterThan(0));
    expect(applied[applied.length - 1]?.edges).toBeGreaterThan(0);

    const row = screen.getByRole('table', { name: 'Nodes' }).querySelector('tbody tr[data-node-id]');
    if (!row) throw new Error('no row');
    await userEvent.click(row);
    expect(focusNode).toHaveBeenCalledWith(row.getAttribute('data-node-id'));

    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument(),
    );
    // Decorations are applied after the next paint.
    await waitFor(() => expect(applied[applied.length - 1]).toEqual({ nodes: 0, edges: 0 }));
  });
});

describe('useProfilerController prefetch', () => {
  it('analyses in the background while closed, so opening shows the report at once', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = loadAgentChain();
    function Host() {
      const profiler = useProfilerController({ workflowId: 'wf', nodes, edges });
      return profiler.open ? <PerformanceProfiler {...profiler.panelProps} animateCharts={false} /> : null;
    }
    const Providers = providers(store);
    render(
      <Providers>
        <Host />
      </Providers>,
    );
    await waitFor(() => expect(store.getState().profiles.has('wf')).toBe(true), { timeout: 5000 });
    await waitFor(() => expect(store.getState().isAnalyzing).toBe(false));
    act(() => {
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, cancelable: true }),
      );
    });
    expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
      'data-profiler-state',
      'report',
    );
    expect(store.getState().isAnalyzing).toBe(false);
  });

  it('does not analyse in the background when prefetch is off', async () => {
    const store = createPerformanceProfileStore();
    const { nodes, edges } = loadAgentChain();
    function Host() {
      useProfilerController({ workflowId: 'wf', nodes, edges, prefetch: false });
      return null;
    }
    const Providers = providers(store);
    render(
      <Providers>
        <Host />
      </Providers>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    expect(store.getState().profiles.size).toBe(0);
    expect(store.getState().isAnalyzing).toBe(false);
  });
});
