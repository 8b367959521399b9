/** Renders the real panel with a fresh store and the MUI theme, for component tests. */
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { configure, render } from '@testing-library/react';
import type { ComponentProps } from 'react';
import {
  createPerformanceProfileStore,
  type PerformanceProfileStore,
} from '../../../stores/PerformanceProfileStore';
import { PerformanceProfileStoreProvider } from '../../../stores/profile/PerformanceProfileStoreContext';
import { PerformanceProfiler } from '../PerformanceProfiler';

type PanelProps = ComponentProps<typeof PerformanceProfiler>;

// The machine running the suite is shared: give async queries room (they still fail when nothing appears).
configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(30_000);

export function renderPanel(
  props: PanelProps,
  options: { store?: PerformanceProfileStore; dark?: boolean } = {},
) {
  const store = options.store ?? createPerformanceProfileStore();
  const theme = createTheme({ palette: { mode: options.dark ? 'dark' : 'light' } });
  const ui = (next: PanelProps) => (
    <ThemeProvider theme={theme}>
      <PerformanceProfileStoreProvider store={store}>
        <PerformanceProfiler animateCharts={false} {...next} />
      </PerformanceProfileStoreProvider>
    </ThemeProvider>
  );
  const view = render(ui(props));
  return { ...view, store, theme, rerenderPanel: (next: PanelProps) => view.rerender(ui(next)) };
}
