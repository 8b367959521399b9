/**
 * The barrel's code-split panel. Order matters: the first test runs before the chunk is loaded in this
 * module registry (each test file has its own), the second after.
 */
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { render, screen, waitFor } from '@testing-library/react';
import { createPerformanceProfileStore } from '../../../stores/PerformanceProfileStore';
import { PerformanceProfileStoreProvider } from '../../../stores/profile/PerformanceProfileStoreContext';
import { loadAgentChain } from '../../../stores/__tests__/workflowFixtures';
import { PerformanceProfiler, preloadPerformanceProfiler } from '../index';

function renderLazyPanel() {
  const store = createPerformanceProfileStore();
  const { nodes, edges } = loadAgentChain();
  return render(
    <ThemeProvider theme={createTheme()}>
      <PerformanceProfileStoreProvider store={store}>
        <PerformanceProfiler workflowId="wf" nodes={nodes} edges={edges} animateCharts={false} />
      </PerformanceProfileStoreProvider>
    </ThemeProvider>,
  );
}

describe('lazy PerformanceProfiler from the barrel', () => {
  it('shows a loading panel, then the real panel', async () => {
    const view = renderLazyPanel();
    expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
      'data-profiler-state',
      'loading',
    );
    await waitFor(
      () =>
        expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
          'data-profiler-state',
          'report',
        ),
      // The first load compiles the whole panel chunk (charts, tables, run history) on a shared machine.
      { timeout: 15_000 },
    );
    view.unmount();
  });

  it('renders the panel directly once the chunk is loaded, without the loading fallback', async () => {
    await preloadPerformanceProfiler();
    renderLazyPanel();
    expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
      'data-profiler-state',
      'analyzing',
    );
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
        'data-profiler-state',
        'report',
      ),
    );
  });
});
