import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HARDWARE_PRESETS } from '../../../profiling/hardware';
import {
  loadAgentChain,
  loadLargeBatch,
  loadVideoGeneration,
} from '../../../stores/__tests__/workflowFixtures';
import { renderPanel } from './renderPanel';

async function waitForReport() {
  const region = await screen.findByRole('region', { name: 'Performance Profiler' });
  await waitFor(() => expect(region).toHaveAttribute('data-profiler-state', 'report'), { timeout: 10_000 });
  await screen.findByRole('table', { name: 'Nodes' }, { timeout: 10_000 });
  return region;
}

describe('PerformanceProfiler on the 1,000-node example', () => {
  it('pages the node table', async () => {
    const { nodes, edges } = loadLargeBatch();
    const { store } = renderPanel({ workflowId: 'large', nodes, edges });
    await waitForReport();
    const profile = store.getState().profiles.get('large');
    const costed = profile?.nodes.filter((node) => !node.layoutOnly).length ?? 0;
    expect(costed).toBeGreaterThan(500);
    const table = screen.getByRole('table', { name: 'Nodes' });
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText(`1–25 of ${costed}`)).toBeInTheDocument();
    const firstPage = within(table).getAllByRole('row')[1]?.getAttribute('data-node-id');
    await userEvent.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByText(`26–50 of ${costed}`)).toBeInTheDocument();
    expect(within(table).getAllByRole('row')[1]?.getAttribute('data-node-id')).not.toBe(firstPage);
  }, 30_000);

  it('filters the table by text', async () => {
    const { nodes, edges } = loadLargeBatch();
    const { store } = renderPanel({ workflowId: 'large', nodes, edges });
    await waitForReport();
    const target = store
      .getState()
      .profiles.get('large')
      ?.nodes.find((node) => !node.layoutOnly);
    if (!target) throw new Error('no node');
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter nodes' }), target.id);
    const table = screen.getByRole('table', { name: 'Nodes' });
    const ids = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.getAttribute('data-node-id'));
    expect(ids).toContain(target.id);
    expect(ids.every((id) => id?.includes(target.id))).toBe(true);
  }, 30_000);
});

describe('PerformanceProfiler hardware', () => {
  it('re-analyses for the hardware picked in the selector', async () => {
    const { nodes, edges } = loadAgentChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges });
    await waitForReport();
    const current = store.getState().hardwareSpec;
    const next = HARDWARE_PRESETS.find(
      (preset) => preset.id !== current.id && preset.vendor !== current.vendor,
    );
    if (!next) throw new Error('need another preset');
    await userEvent.click(screen.getByRole('combobox', { name: 'Hardware' }));
    await userEvent.click(
      await screen.findByRole('option', { name: new RegExp(next.name.replace(/[()]/g, '.')) }),
    );
    await waitFor(() => expect(store.getState().profiles.get('wf')?.hardware.name).toBe(next.name));
    expect(screen.getByRole('combobox', { name: 'Hardware' })).toHaveTextContent(next.name);
  });

  it('warns clearly when the peak memory will not fit the device', async () => {
    const { nodes, edges } = loadVideoGeneration();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges });
    await waitForReport();
    const fitOn = () =>
      store
        .getState()
        .profiles.get('wf')
        ?.summary.scoreBreakdown.find((metric) => metric.id === 'memory-fit')?.value ?? NaN;
    expect(fitOn()).toBeLessThan(1);
    expect(screen.queryByText('Will not fit in memory')).not.toBeInTheDocument();

    // An 8 GB card cannot hold Wan 2.2 (≈ 16 GB at its peak).
    act(() => store.getState().setHardware('rtx-3070'));
    const title = await screen.findByText('Will not fit in memory');
    expect(fitOn()).toBeGreaterThan(1);
    expect(title.closest('[role="alert"]')).toHaveTextContent(/NVIDIA RTX 3070/);
  });

  it('renders in dark mode with the dark theme', async () => {
    const { nodes, edges } = loadAgentChain();
    const { theme } = renderPanel({ workflowId: 'wf', nodes, edges }, { dark: true });
    await waitForReport();
    expect(theme.palette.mode).toBe('dark');
    expect(screen.getByRole('img', { name: /^Grade / })).toBeInTheDocument();
  });
});
