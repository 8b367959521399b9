import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDelta } from '../../../compare/formatDelta';
import { findReport, renderPanel } from './renderPanel';
import { poster } from '../../../test/posterSeries';

/** Renders steps 30, then edits to 60 and waits for the new profile. */
async function renderEdited(onSelectNode = jest.fn()) {
  const first = poster(30);
  const panel = renderPanel({ workflowId: 'wf', ...first, debounceMs: 0, onSelectNode });
  await findReport();
  const before = panel.store.getState().profiles.get('wf')!;
  const next = poster(60);
  panel.rerenderPanel({ workflowId: 'wf', ...next, debounceMs: 0, onSelectNode });
  await waitFor(() => expect(panel.store.getState().profiles.get('wf')).not.toBe(before));
  await waitFor(() => expect(panel.store.getState().refining.has('wf')).toBe(false));
  const after = panel.store.getState().profiles.get('wf')!;
  return { ...panel, before, after, onSelectNode };
}

describe('deltas in the report', () => {
  it('after an edit, the change box shows every figure before → after with its delta, and the table the node delta', async () => {
    const { before, after } = await renderEdited();
    const box = await screen.findByRole('group', { name: 'Change' });
    // Compared in a task after the new report is on screen.
    expect(
      await within(box).findByRole('heading', { name: 'Change since the previous estimate' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(box).toHaveAttribute('aria-busy', 'false'));
    const makespanDelta = formatDelta(after.summary.makespanMs - before.summary.makespanMs, 'ms');
    expect(makespanDelta.startsWith('+')).toBe(true);
    expect(box).toHaveTextContent(makespanDelta);
    expect(box).toHaveTextContent('num_inference_steps 30 → 60');
    // The SDXL row of the node table carries its own runtime change.
    const sdxlBefore = before.nodes.find((n) => n.id === 'sdxl')!;
    const sdxlAfter = after.nodes.find((n) => n.id === 'sdxl')!;
    const table = screen.getByRole('table', { name: 'Nodes' });
    const row = table.querySelector('tr[data-node-id="sdxl"]') as HTMLElement;
    expect(row).toHaveTextContent(formatDelta(sdxlAfter.runtimeMs - sdxlBefore.runtimeMs, 'ms'));
  });

  it('a pinned baseline stays the reference across later edits', async () => {
    const first = poster(30);
    const panel = renderPanel({ workflowId: 'wf', ...first, debounceMs: 0 });
    await findReport();
    await waitFor(() => expect(panel.store.getState().refining.has('wf')).toBe(false));
    const base = panel.store.getState().profiles.get('wf')!;
    await userEvent.click(screen.getByRole('button', { name: 'Pin as baseline' }));
    expect(screen.getByRole('heading', { name: 'Baseline pinned' })).toBeInTheDocument();
    for (const steps of [45, 60]) {
      const current = panel.store.getState().profiles.get('wf');
      panel.rerenderPanel({ workflowId: 'wf', ...poster(steps), debounceMs: 0 });
      await waitFor(() => expect(panel.store.getState().profiles.get('wf')).not.toBe(current));
    }
    await waitFor(() => expect(panel.store.getState().refining.has('wf')).toBe(false));
    const latest = panel.store.getState().profiles.get('wf')!;
    const box = screen.getByRole('group', { name: 'Change' });
    expect(
      await within(box).findByRole('heading', { name: 'Change against the pinned baseline' }),
    ).toBeInTheDocument();
    // The report catches up with the last profile (a deferred render), which is then compared.
    await waitFor(() =>
      expect(box).toHaveTextContent(formatDelta(latest.summary.makespanMs - base.summary.makespanMs, 'ms')),
    );
    expect(box).toHaveAttribute('aria-busy', 'false');
    expect(box).toHaveTextContent('num_inference_steps 30 → 60');
    await userEvent.click(within(box).getByRole('button', { name: 'Unpin baseline' }));
    expect(screen.getByRole('heading', { name: 'Change since the previous estimate' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Change' })).toHaveTextContent('num_inference_steps 45 → 60');
  });
});

describe('Compare view', () => {
  it('compares two versions from the history: figures side by side, the parameter change, rows focus nodes', async () => {
    const { onSelectNode } = await renderEdited();
    await userEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    const before = await screen.findByRole('combobox', { name: 'Before' });
    expect(within(before).getAllByRole('option')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Compare versions' }));
    const result = await screen.findByTestId('comparison');
    expect(within(result).getByRole('table', { name: 'Summary side by side' })).toHaveTextContent(
      /v1 · [0-9a-f]{7}v2 · [0-9a-f]{7}Change/,
    );
    expect(within(result).getByRole('group', { name: 'Structural difference' })).toHaveTextContent(
      'num_inference_steps 30 → 60',
    );
    const costs = within(result).getByRole('table', { name: 'Cost per node' });
    const firstRow = within(costs).getAllByRole('row')[1]!;
    expect(firstRow).toHaveAttribute('data-node-id', 'sdxl');
    await userEvent.click(firstRow);
    expect(onSelectNode).toHaveBeenCalledWith('sdxl');
  });

  it('compares the workflow on two devices', async () => {
    renderPanel({ workflowId: 'wf', ...poster(30) });
    await findReport();
    await userEvent.click(screen.getByRole('tab', { name: 'Compare' }));
    await userEvent.click(screen.getByRole('button', { name: 'Two devices' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'First device' }), 'apple-m3-pro');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Second device' }), 'rtx-4090');
    await userEvent.click(screen.getByRole('button', { name: 'Compare devices' }));
    const result = await screen.findByTestId('comparison');
    expect(result).toHaveTextContent(/Apple M3 Pro.*→.*RTX 4090/);
    expect(within(result).getByRole('group', { name: 'Structural difference' })).toHaveTextContent(
      'Same nodes, parameters and connections on both sides.',
    );
    expect(
      within(within(result).getByRole('table', { name: 'Cost per node' })).getAllByRole('row').length,
    ).toBeGreaterThan(1);
  });
});

describe('Trend view', () => {
  it('draws the versions kept from the edits', async () => {
    await renderEdited();
    await userEvent.click(screen.getByRole('tab', { name: 'Trend' }));
    expect(await screen.findByText(/^2 versions of this workflow/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Time per version' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Peak VRAM per version' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Score per version' })).toBeInTheDocument();
  });
});
