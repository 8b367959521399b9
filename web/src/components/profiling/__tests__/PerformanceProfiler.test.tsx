import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  duplicateIds,
  loadAgentChain,
  loadVideoGeneration,
  smallChain,
  withCycle,
} from '../../../stores/__tests__/workflowFixtures';
import { formatDuration } from '../format';
import { sortNodes } from '../table/sortNodes';
import { findReport, renderPanel } from './renderPanel';

describe('PerformanceProfiler panel', () => {
  it('shows the analyzing state, then a report whose grade badge matches the engine', async () => {
    const { nodes, edges } = loadAgentChain();
    const onAnalyze = jest.fn();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges, onAnalyze });
    const region = screen.getByRole('region', { name: 'Performance Profiler' });
    expect(region).toHaveAttribute('data-profiler-state', 'analyzing');
    expect(within(region).getByRole('status')).toHaveTextContent(`Analyzing ${nodes.length} nodes`);

    await findReport();
    const profile = store.getState().profiles.get('wf');
    expect(profile?.summary.score).not.toBeNull();
    const badge = screen.getByRole('img', { name: /^Grade [ABCDF], score \d+ of 100$/ });
    expect(badge).toHaveAccessibleName(
      `Grade ${profile?.summary.grade}, score ${profile?.summary.score} of 100`,
    );
    expect(onAnalyze).toHaveBeenCalledWith(profile);
  });

  it('shows the summary figures as estimates with their source on focus', async () => {
    const { nodes, edges } = loadAgentChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges });
    await findReport();
    const profile = store.getState().profiles.get('wf');
    const critical = screen.getByRole('group', { name: 'Critical path' });
    expect(critical).toHaveTextContent(formatDuration(profile?.summary.criticalPathMs ?? -1));
    expect(screen.getByRole('group', { name: 'Makespan' })).toHaveTextContent(
      formatDuration(profile?.summary.makespanMs ?? -1),
    );
    const value = within(critical).getByText(formatDuration(profile?.summary.criticalPathMs ?? -1));
    act(() => value.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Critical path (estimate)');
    expect(tooltip).toHaveTextContent(/Source: Longest path/);
    expect(tooltip).toHaveTextContent(`Hardware: ${profile?.hardware.name}`);
  });

  it('explains the score: one breakdown row per scored metric', async () => {
    const { nodes, edges } = loadAgentChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges });
    await findReport();
    await userEvent.click(screen.getByRole('button', { name: 'How is this calculated?' }));
    const table = screen.getByRole('table', { name: 'Score breakdown' });
    const metrics = store.getState().profiles.get('wf')?.summary.scoreBreakdown ?? [];
    expect(metrics.length).toBeGreaterThanOrEqual(4);
    for (const metric of metrics)
      expect(within(table).getByRole('rowheader', { name: metric.label })).toBeInTheDocument();
  });

  it('renders the runtime, memory and timeline charts', async () => {
    const { nodes, edges } = loadAgentChain();
    renderPanel({ workflowId: 'wf', nodes, edges });
    await findReport();
    for (const name of ['Runtime per node', 'Memory per node', 'Schedule timeline']) {
      const figure = screen.getByRole('figure', { name });
      await waitFor(
        () => expect(figure.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0),
        { timeout: 5000 },
      );
    }
  });

  it('lists nodes in a sortable table and selects a node on row click', async () => {
    const { nodes, edges } = loadAgentChain();
    const onSelectNode = jest.fn();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges, onSelectNode });
    await findReport();
    const profile = store.getState().profiles.get('wf');
    const costed = profile?.nodes.filter((node) => !node.layoutOnly) ?? [];
    const table = screen.getByRole('table', { name: 'Nodes' });
    const rowIds = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.getAttribute('data-node-id'));

    expect(rowIds()).toEqual(sortNodes(costed, 'runtimeMs', 'desc').map((node) => node.id));
    await userEvent.click(within(table).getByRole('button', { name: 'Runtime' }));
    expect(rowIds()).toEqual(sortNodes(costed, 'runtimeMs', 'asc').map((node) => node.id));
    await userEvent.click(within(table).getByRole('button', { name: 'VRAM' }));
    expect(rowIds()).toEqual(sortNodes(costed, 'vramMb', 'desc').map((node) => node.id));

    const first = within(table).getAllByRole('row')[1];
    if (!first) throw new Error('no row');
    await userEvent.click(first);
    expect(onSelectNode).toHaveBeenCalledWith(first.getAttribute('data-node-id'));
  });

  it('shows suggestions with their estimated savings once computed', async () => {
    const { nodes, edges } = loadVideoGeneration();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges });
    await findReport();
    const section = screen.getByRole('region', { name: 'Suggestions' });
    await waitFor(() => expect(store.getState().isAnalyzing).toBe(false));
    const suggestions = store.getState().profiles.get('wf')?.suggestions ?? [];
    expect(suggestions.length).toBeGreaterThan(0);
    const list = await within(section).findByRole('list', { name: 'Suggestions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(suggestions.length);
    for (const suggestion of suggestions) {
      expect(within(list).getByText(suggestion.title)).toBeInTheDocument();
    }
    const timeSaver = suggestions.find((suggestion) => suggestion.savingsMs > 0);
    expect(timeSaver).toBeDefined();
    expect(
      within(list).getAllByText(`saves ≈ ${formatDuration(timeSaver?.savingsMs ?? 0)}`).length,
    ).toBeGreaterThan(0);
  });

  it('shows the error state with code and location for a workflow with duplicate ids', async () => {
    const { nodes, edges } = duplicateIds();
    const onSelectNode = jest.fn();
    const { runStore } = renderPanel({ workflowId: 'bad', nodes, edges, onSelectNode });
    const region = screen.getByRole('region', { name: 'Performance Profiler' });
    await waitFor(() => expect(region).toHaveAttribute('data-profiler-state', 'error'));
    const alert = within(region).getByRole('alert');
    expect(alert).toHaveTextContent('Could not analyze this workflow');
    expect(alert).toHaveTextContent('node.duplicate-id');
    expect(alert).toHaveTextContent('node "dup"');
    await userEvent.click(within(alert).getByRole('button', { name: 'Show node dup' }));
    expect(onSelectNode).toHaveBeenCalledWith('dup');
    // The run history loads in the background; let it finish inside the test.
    await waitFor(() => expect(runStore.getState().status).toBe('ready'));
  });

  it('shows the empty state for a workflow without nodes', async () => {
    const { runStore } = renderPanel({ workflowId: 'empty', nodes: [], edges: [] });
    const region = screen.getByRole('region', { name: 'Performance Profiler' });
    expect(region).toHaveAttribute('data-profiler-state', 'empty');
    expect(within(region).getByText('Nothing to profile yet')).toBeInTheDocument();
    await waitFor(() => expect(runStore.getState().status).toBe('ready'));
  });

  it('re-analyses (debounced) when the nodes change', async () => {
    const small = smallChain();
    const { store, rerenderPanel } = renderPanel({
      workflowId: 'wf',
      nodes: small.nodes,
      edges: small.edges,
      debounceMs: 20,
    });
    await findReport();
    expect(store.getState().profiles.get('wf')?.nodes).toHaveLength(3);
    const bigger = loadAgentChain();
    rerenderPanel({ workflowId: 'wf', nodes: bigger.nodes, edges: bigger.edges, debounceMs: 20 });
    await waitFor(() => expect(store.getState().profiles.get('wf')?.nodes).toHaveLength(bigger.nodes.length));
  });

  it('closes through its close button', async () => {
    const { nodes, edges } = smallChain();
    const onClose = jest.fn();
    renderPanel({ workflowId: 'wf', nodes, edges, onClose });
    await findReport();
    await userEvent.click(screen.getByRole('button', { name: 'Close profiler' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows the stored report at once when reopened on an unchanged graph', async () => {
    const { nodes, edges } = loadAgentChain();
    const first = renderPanel({ workflowId: 'wf', nodes, edges });
    await findReport();
    first.unmount();
    const second = renderPanel({ workflowId: 'wf', nodes, edges }, { store: first.store });
    expect(screen.getByRole('region', { name: 'Performance Profiler' })).toHaveAttribute(
      'data-profiler-state',
      'report',
    );
    expect(first.store.getState().isAnalyzing).toBe(false);
    await waitFor(() => expect(second.runStore.getState().status).toBe('ready'));
  });
});

describe('PerformanceProfiler chart interaction', () => {
  it('selects a node when its runtime bar is clicked', async () => {
    const { nodes, edges } = loadAgentChain();
    const onSelectNode = jest.fn();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges, onSelectNode });
    await findReport();
    const figure = screen.getByRole('figure', { name: 'Runtime per node' });
    await waitFor(() =>
      expect(figure.querySelectorAll('.recharts-bar-rectangle path').length).toBeGreaterThan(0),
    );
    const firstBar = figure.querySelector('.recharts-bar-rectangle path');
    if (!firstBar) throw new Error('no bar');
    await userEvent.click(firstBar);
    const slowest = [...(store.getState().profiles.get('wf')?.nodes ?? [])]
      .filter((node) => !node.layoutOnly)
      .sort((a, b) => b.runtimeMs - a.runtimeMs)[0];
    expect(onSelectNode).toHaveBeenCalledWith(slowest?.id);
  });
});

describe('PerformanceProfiler warnings and keyboard', () => {
  it('reports a cycle as a warning and still shows the report', async () => {
    const { nodes, edges } = withCycle();
    renderPanel({ workflowId: 'cyc', nodes, edges });
    await findReport();
    // Named by title, as on the canvas; the two untitled nodes share one, so their ids are kept beside it.
    const warning = screen.getByText(/Cycle through “Format Text” \(b\) → “Format Text” \(c\)/);
    expect(warning.closest('.MuiAlert-root')).toHaveTextContent('graph.cycle');
  });

  it('selects a node from the keyboard (Enter on a focused row)', async () => {
    const { nodes, edges } = smallChain();
    const onSelectNode = jest.fn();
    renderPanel({ workflowId: 'wf', nodes, edges, onSelectNode });
    await findReport();
    const row = screen.getByRole('table', { name: 'Nodes' }).querySelector('tbody tr[data-node-id]');
    if (!(row instanceof HTMLElement)) throw new Error('no row');
    act(() => row.focus());
    await userEvent.keyboard('{Enter}');
    expect(onSelectNode).toHaveBeenCalledWith(row.getAttribute('data-node-id'));
  });
});
