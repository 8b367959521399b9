/**
 * The editor with the profiler integrated (jsdom): the shortcut and the toolbar button open the panel in the
 * dock, Escape closes it, a table row selects and focuses its node in the editor, and the heat overlay
 * decorates the editor's nodes and edges.
 */
import { ThemeProvider } from '@mui/material/styles';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEditorStore, EditorStoreProvider, type EditorStore } from '../../editor';
import { createEditorTheme } from '../../editor/theme';
import {
  createPerformanceProfileStore,
  type PerformanceProfileStore,
} from '../../stores/PerformanceProfileStore';
import { PerformanceProfileStoreProvider } from '../../stores/profile/PerformanceProfileStoreContext';
import { MemoryStorage } from '../../test/memoryStorage';
import { ProfiledEditor } from '../ProfiledEditor';
import { fakeMediaQueryList } from '../../test/domPolyfills';

configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(40_000);

function renderApp(): { store: EditorStore; profiles: PerformanceProfileStore } {
  const store = createEditorStore({ storage: new MemoryStorage(), writeDelayMs: 0 });
  const profiles = createPerformanceProfileStore();
  render(
    <ThemeProvider theme={createEditorTheme('light')}>
      <EditorStoreProvider store={store}>
        <PerformanceProfileStoreProvider store={profiles}>
          <ProfiledEditor animateCharts={false} />
        </PerformanceProfileStoreProvider>
      </EditorStoreProvider>
    </ThemeProvider>,
  );
  return { store, profiles };
}

/** Dispatches Ctrl+P as the browser would (cancelable), returning whether it was defaultPrevented. */
function pressCtrlP(): boolean {
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
  return event.defaultPrevented;
}

/** The panel once it shows a report (the lazy chunk's loading region is replaced by the panel). */
async function findReport(): Promise<HTMLElement> {
  return waitFor(() => {
    const region = screen.getByRole('region', { name: 'Performance Profiler' });
    expect(region).toHaveAttribute('data-profiler-state', 'report');
    return region;
  });
}

describe('ProfiledEditor', () => {
  it('Ctrl+P opens the panel with a grade badge (print suppressed); Escape closes it', async () => {
    renderApp();
    expect(await screen.findByText('Researcher')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument();

    expect(pressCtrlP()).toBe(true);
    const region = await findReport();
    expect(
      within(screen.getByTestId('editor-dock')).getByRole('region', { name: 'Performance Profiler' }),
    ).toBe(region);
    expect(within(region).getByRole('img', { name: /^Grade [A-F], score \d+ of 100$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Profiler' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByTestId('editor-dock')).not.toBeInTheDocument();
  });

  it('the toolbar button toggles the panel', async () => {
    renderApp();
    const button = screen.getByRole('button', { name: 'Profiler' });
    await userEvent.click(button);
    await findReport();
    await userEvent.click(button);
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument(),
    );
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('a table row selects and focuses its node in the editor', async () => {
    const { store } = renderApp();
    const focusNode = jest.spyOn(store.getState(), 'focusNode');
    pressCtrlP();
    const region = await findReport();
    const table = await within(region).findByRole('table', { name: 'Nodes' });
    const rows = table.querySelectorAll('tbody tr[data-node-id]');
    const row = rows[rows.length - 1];
    const nodeId = row?.getAttribute('data-node-id');
    if (!row || !nodeId) throw new Error('the node table has no rows');

    await userEvent.click(row);
    expect(focusNode).toHaveBeenCalledWith(nodeId);
    expect(store.getState().selectedNodeId).toBe(nodeId);
    // jsdom's window (1024 px) is too narrow for canvas, inspector and dock side by side: the inspector is a
    // tab of the dock, and a row picked in the profiler keeps the Profiler tab in front.
    expect(screen.getByRole('tab', { name: 'Profiler' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByTestId('inspector')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Inspector' }));
    expect(await screen.findByTestId('inspector')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'Profiler' }));
    // The panel highlights the row of the node selected on the canvas.
    await waitFor(() => expect(row).toHaveClass('Mui-selected'));

    // One Escape closes one thing: first the panel (the selection stays), then the inspector.
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument(),
    );
    expect(store.getState().selectedNodeId).toBe(nodeId);
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selectedNodeId).toBeNull();
  });

  it('the heat overlay decorates critical-path nodes and edges, shows a legend, and clears on close', async () => {
    const { store } = renderApp();
    pressCtrlP();
    const region = await findReport();
    expect(screen.queryByRole('group', { name: 'Heat overlay legend' })).not.toBeInTheDocument();

    await userEvent.click(within(region).getByRole('switch', { name: 'Heat overlay' }));
    expect(await screen.findByRole('group', { name: 'Heat overlay legend' })).toBeInTheDocument();
    await waitFor(() => expect(Object.keys(store.getState().nodeDecorations).length).toBeGreaterThan(0));
    const critical = Object.entries(store.getState().nodeDecorations)
      .filter(([, decoration]) => decoration.className?.includes('profiler-heat--critical-path'))
      .map(([id]) => id);
    expect(critical.length).toBeGreaterThan(1);
    const edges = store.getState().edges;
    for (const edgeId of Object.keys(store.getState().edgeDecorations)) {
      const edge = edges.find((candidate) => candidate.id === edgeId);
      expect(edge && critical.includes(edge.source) && critical.includes(edge.target)).toBe(true);
    }
    expect(Object.keys(store.getState().edgeDecorations).length).toBeGreaterThan(0);

    await userEvent.click(within(region).getByRole('button', { name: 'Close profiler' }));
    await waitFor(() => expect(store.getState().nodeDecorations).toEqual({}));
    expect(store.getState().edgeDecorations).toEqual({});
    expect(screen.queryByRole('group', { name: 'Heat overlay legend' })).not.toBeInTheDocument();
  });

  it('re-analyses after a parameter edit, not after moving or selecting a node', async () => {
    const { store, profiles } = renderApp();
    pressCtrlP();
    await findReport();
    const [key, first] = [...profiles.getState().profiles.entries()][0] ?? [];
    if (!key || !first) throw new Error('no profile stored');
    const runtimeOf = (id: string) =>
      profiles
        .getState()
        .profiles.get(key)
        ?.nodes.find((node) => node.id === id)?.runtimeMs;
    const before = runtimeOf('researcher');
    expect(before).toBeGreaterThan(0);

    // Moving and selecting change the editor's arrays but nothing the estimates read.
    act(() => {
      store.getState().applyNodeChanges([{ type: 'position', id: 'writer', position: { x: 999, y: 999 } }]);
      store.getState().selectNode('writer');
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(profiles.getState().profiles.get(key)).toBe(first);

    act(() => store.getState().setNodeProperty('researcher', 'max_tokens', 64));
    await waitFor(() => expect(profiles.getState().profiles.get(key)).not.toBe(first));
    expect(runtimeOf('researcher')).toBeLessThan(before ?? 0);
  });

  it('Ctrl+P moves focus to the panel heading; Escape returns it to where it was', async () => {
    renderApp();
    const button = screen.getByRole('button', { name: 'Profiler' });
    act(() => button.focus());
    pressCtrlP();
    const region = await findReport();
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(region).getByRole('heading', { name: 'Performance Profiler' }),
      ),
    );
    expect(within(region).getByText(/Ctrl\+P to toggle/)).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Performance Profiler' })).not.toBeInTheDocument(),
    );
    expect(document.activeElement).toBe(button);
  });

  it('offers a skip link to the open panel that moves focus to its heading', async () => {
    renderApp();
    expect(screen.queryByRole('link', { name: 'Skip to Performance Profiler' })).not.toBeInTheDocument();
    pressCtrlP();
    const region = await findReport();
    act(() => document.body.focus());
    await userEvent.click(screen.getByRole('link', { name: 'Skip to Performance Profiler' }));
    expect(document.activeElement).toBe(
      within(region).getByRole('heading', { name: 'Performance Profiler' }),
    );
  });

  it('a node selected on the canvas shows the Inspector tab of the dock', async () => {
    const { store } = renderApp();
    pressCtrlP();
    await findReport();
    act(() => store.getState().selectNode('writer'));
    expect(await screen.findByTestId('inspector')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    // The panel stays mounted behind the inspector (its state is kept) but is out of reach.
    expect(document.querySelector('[data-profiler-state="report"]')?.closest('[inert]')).not.toBeNull();
    act(() => store.getState().selectNode(null));
    expect(screen.queryByRole('tab', { name: 'Inspector' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Performance Profiler' })).toBeInTheDocument();
  });

  it('on a window wide enough, the inspector stays beside the canvas and the dock leaves it room', async () => {
    const matchMedia = jest
      .spyOn(window, 'matchMedia')
      .mockImplementation((query: string) => fakeMediaQueryList(query, /min-width: *1080px/.test(query)));
    try {
      const { store } = renderApp();
      pressCtrlP();
      await findReport();
      act(() => store.getState().selectNode('writer'));
      expect(await screen.findByTestId('inspector')).toHaveAttribute('data-variant', 'side');
      expect(screen.queryByRole('tab', { name: 'Inspector' })).not.toBeInTheDocument();
      // The dock may take the window less the canvas's 320 px and the inspector's 340 px (at least 420 px).
      const separator = screen.getByRole('separator', { name: 'Resize profiler panel' });
      expect(separator).toHaveAttribute('aria-valuemax', String(Math.max(420, window.innerWidth - 660)));
      act(() => store.getState().selectNode(null));
      expect(separator).toHaveAttribute('aria-valuemax', String(Math.max(420, window.innerWidth - 320)));
    } finally {
      matchMedia.mockRestore();
    }
  });

  it('keeps the panel mounted when the window crosses the inspector breakpoint', async () => {
    let wide = true;
    const listeners = new Set<() => void>();
    const matchMedia = jest.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          get matches() {
            return /min-width: *1080px/.test(query) ? wide : false;
          },
          media: query,
          onchange: null,
          addListener: (listener: () => void) => listeners.add(listener),
          removeListener: (listener: () => void) => listeners.delete(listener),
          addEventListener: (_: string, listener: () => void) => listeners.add(listener),
          removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
          dispatchEvent: () => false,
        }) as unknown as MediaQueryList,
    );
    try {
      const { store } = renderApp();
      pressCtrlP();
      const region = await findReport();
      act(() => store.getState().selectNode('writer'));
      expect(await screen.findByTestId('inspector')).toHaveAttribute('data-variant', 'side');
      wide = false;
      act(() => listeners.forEach((listener) => listener()));
      expect(await screen.findByRole('tab', { name: 'Inspector' })).toBeInTheDocument();
      // The same panel element: not remounted (its state and scroll position survive).
      expect(document.querySelector('[data-profiler-state="report"]')).toBe(region);
    } finally {
      matchMedia.mockRestore();
    }
  });
});
