/** Renders the real panel with a fresh store and the MUI theme, for component tests. */
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { act, configure, render, screen, waitFor } from '@testing-library/react';
import type { ComponentProps } from 'react';
import {
  createPerformanceProfileStore,
  type PerformanceProfileStore,
} from '../../../stores/PerformanceProfileStore';
import { PerformanceProfileStoreProvider } from '../../../stores/profile/PerformanceProfileStoreContext';
import { createRunHistoryStore, type RunHistoryStoreApi } from '../../../stores/RunHistoryStore';
import { RunHistoryStoreProvider } from '../../../stores/runHistory/RunHistoryStoreContext';
import { PerformanceProfiler } from '../PerformanceProfiler';
import { createProfileCompareStore } from '../../../stores/ProfileCompareStore';
import { ProfileCompareStoreProvider } from '../../../stores/compare/ProfileCompareStoreContext';
import type { ProfileCompareStoreApi } from '../../../stores/compare/storeTypes';

type PanelProps = ComponentProps<typeof PerformanceProfiler>;

// The machine running the suite is shared: give async queries room (they still fail when nothing appears).
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

/** Stores of the panels rendered by the current test. */
const rendered: PerformanceProfileStore[] = [];

// A test may end while an analysis it started (auto-analysis, a calibrated second pass) is still running:
// let it finish inside act() before the panel is unmounted, so its update is not applied outside act().
afterEach(async () => {
  for (const store of rendered.splice(0))
    await act(() => waitFor(() => expect(store.getState().isAnalyzing).toBe(false)));
});

export function renderPanel(
  props: PanelProps,
  options: {
    store?: PerformanceProfileStore;
    runStore?: RunHistoryStoreApi;
    compareStore?: ProfileCompareStoreApi;
    dark?: boolean;
  } = {},
) {
  const store = options.store ?? createPerformanceProfileStore();
  // Without IndexedDB (jsdom) a fresh run store keeps runs in memory: no state leaks between tests.
  const runStore = options.runStore ?? createRunHistoryStore();
  // Without IndexedDB (jsdom) a fresh compare store keeps versions in memory for the test.
  const compareStore = options.compareStore ?? createProfileCompareStore();
  // No ripples: their exit animation ends on a timer after a test's last click, outside act().
  const theme = createTheme({
    palette: { mode: options.dark ? 'dark' : 'light' },
    components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
  });
  const ui = (next: PanelProps) => (
    <ThemeProvider theme={theme}>
      <PerformanceProfileStoreProvider store={store}>
        <RunHistoryStoreProvider store={runStore}>
          <ProfileCompareStoreProvider store={compareStore}>
            <PerformanceProfiler animateCharts={false} {...next} />
          </ProfileCompareStoreProvider>
        </RunHistoryStoreProvider>
      </PerformanceProfileStoreProvider>
    </ThemeProvider>
  );
  const view = render(ui(props));
  rendered.push(store);
  return {
    ...view,
    store,
    runStore,
    compareStore,
    theme,
    rerenderPanel: (next: PanelProps) => view.rerender(ui(next)),
  };
}

/** The panel's region once its report is on screen (the node table renders in a deferred pass). */
export async function findReport(): Promise<HTMLElement> {
  const region = await screen.findByRole('region', { name: 'Performance Profiler' });
  await waitFor(() => expect(region).toHaveAttribute('data-profiler-state', 'report'));
  await screen.findByRole('table', { name: 'Nodes' });
  return region;
}
