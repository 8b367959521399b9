/**
 * The panel's trust features, through the real store and engine: assumptions edited in the panel change the
 * figures, node details show the estimator's breakdown, the grade carries its confidence (and is capped for a
 * workflow of unknown nodes), and unknown types can be defined in a form.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import posterSeries from '../../../examples/sd-list-pipeline.json';
import diamond from '../../../runs/__fixtures__/nodetool-runs/02-diamond.workflow.json';
import { toEditorWorkflow } from '../../../workflow/convertWorkflow';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';
import { formatDuration } from '../format';
import { findReport, renderPanel } from './renderPanel';

function graphOf(json: unknown) {
  const workflow = toEditorWorkflow(json);
  return {
    nodes: workflow.nodes as unknown as EditorNode[],
    edges: workflow.edges as unknown as EditorEdge[],
  };
}

describe('assumptions in the panel', () => {
  it('lists every assumption with where it applies, and a new value re-analyses with it', async () => {
    const user = userEvent.setup();
    const { nodes, edges } = graphOf(posterSeries);
    const { store } = renderPanel({ workflowId: 'poster', nodes, edges, debounceMs: 0 });
    await findReport();
    const before = store.getState().profiles.get('poster')!;
    await user.click(screen.getByRole('button', { name: 'Show assumptions' }));
    const table = screen.getByRole('table', { name: 'Assumptions' });
    const items = within(table).getByRole('textbox', { name: /Items per list.*\(defaultItemCount\)/ });
    expect(items).toHaveValue('4');
    // Where it applies: the image branch that runs once per prompt.
    const row = items.closest('tr')!;
    expect(row).toHaveTextContent('Poster render');
    expect(within(table).getByRole('textbox', { name: /\(workers\)/ })).toHaveValue('4');

    await user.clear(items);
    await user.type(items, '6{Enter}');
    await waitFor(() => expect(store.getState().profiles.get('poster')?.options.defaultItemCount).toBe(6));
    const after = store.getState().profiles.get('poster')!;
    expect(after.summary.totalRuntimeMs).toBeGreaterThan(before.summary.totalRuntimeMs);
    expect(store.getState().workflowSettings.get('poster')).toEqual({ defaultItemCount: 6 });
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Total runtime' })).toHaveTextContent(
        formatDuration(after.summary.totalRuntimeMs),
      ),
    );
    expect(screen.getByText('--items 6')).toBeInTheDocument();
  });

  it('shows the engine message under a value out of range and keeps the old value', async () => {
    const user = userEvent.setup();
    const { nodes, edges } = graphOf(posterSeries);
    const { store } = renderPanel({ workflowId: 'poster', nodes, edges, debounceMs: 0 });
    await findReport();
    await user.click(screen.getByRole('button', { name: 'Show assumptions' }));
    const workers = screen.getByRole('textbox', { name: /\(workers\)/ });
    await user.clear(workers);
    await user.type(workers, '0{Enter}');
    expect(
      await screen.findByText(/workers" must be an integer from 1 to 1024 \(got 0\)/),
    ).toBeInTheDocument();
    expect(store.getState().workflowSettings.has('poster')).toBe(false);
  });
});

describe('node details', () => {
  it('expands a row into the estimator breakdown, source, assumptions and measured state', async () => {
    const user = userEvent.setup();
    const { nodes, edges } = graphOf(posterSeries);
    const { store } = renderPanel({ workflowId: 'poster', nodes, edges });
    await findReport();
    const toggle = screen.getByRole('button', { name: 'Details of Poster render' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = screen.getByRole('group', { name: 'Details of Poster render' });
    const sdxl = store
      .getState()
      .profiles.get('poster')!
      .nodes.find((n) => n.id === 'sdxl')!;
    const diffusion = within(details).getByRole('group', { name: 'Diffusion' });
    expect(diffusion).toHaveTextContent(`Steps≈ ${sdxl.details.steps}`);
    expect(diffusion).toHaveTextContent('Time per step');
    expect(within(details).getByRole('group', { name: 'Items' })).toHaveTextContent('≈ 4');
    expect(details).toHaveTextContent(`Source: ${sdxl.details.source}`);
    expect(within(details).getByRole('group', { name: 'Measured' })).toHaveTextContent(
      'No measured runs yet',
    );
    expect(within(details).getByRole('group', { name: 'Assumptions' })).toHaveTextContent(
      'Items per list/stream whose size the graph does not give: 4 items',
    );
  });

  it('shows the LLM breakdown: load, prefill, decode, speeds, weights and KV cache', async () => {
    const user = userEvent.setup();
    const { nodes, edges } = graphOf(posterSeries);
    renderPanel({ workflowId: 'poster', nodes, edges });
    await findReport();
    await user.click(screen.getByRole('button', { name: 'Details of Prompt writer' }));
    const details = screen.getByRole('group', { name: 'Details of Prompt writer' });
    const llm = within(details).getByRole('group', { name: 'Language model' });
    for (const label of ['Prefill', 'Decode', 'Decode speed', 'KV cache'])
      expect(llm).toHaveTextContent(label);
    const model = within(details).getByRole('group', { name: 'Model' });
    for (const label of ['Model load', 'Weights', 'Parameters']) expect(model).toHaveTextContent(label);
  });
});

describe('a grade you can trust', () => {
  it('a workflow whose runtime is mostly unknown nodes is capped at C, with its confidence and why', async () => {
    const { nodes, edges } = graphOf(diamond);
    const { store } = renderPanel({ workflowId: 'diamond', nodes, edges });
    await findReport();
    const profile = store.getState().profiles.get('diamond')!;
    expect(profile.summary.grade).toBe('C');
    expect(screen.getByRole('img', { name: 'Grade C, score 74 of 100' })).toBeInTheDocument();
    expect(screen.getByText('Confidence: low')).toBeInTheDocument();
    expect(screen.getByTestId('score-reason')).toHaveTextContent(
      /Score capped at 74 .*of the estimated runtime/,
    );
    expect(screen.getByText(/How it is built: [A-F] \(\d+\)/)).toBeInTheDocument();
    expect(screen.getByText(/Fit to NVIDIA RTX 4090 24GB: [A-F] \(\d+\)/)).toBeInTheDocument();
  });

  it('defining the unknown type in the form removes the cap; bad numbers are named in the form', async () => {
    const user = userEvent.setup();
    const { nodes, edges } = graphOf(diamond);
    const { store } = renderPanel({ workflowId: 'diamond', nodes, edges, debounceMs: 0 });
    await findReport();
    expect(screen.getByRole('button', { name: 'Define their metrics' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Define metrics for study.Sleep' }));
    const form = screen.getByRole('form', { name: 'Metric definition for study.Sleep' });
    await user.click(within(form).getByRole('button', { name: 'Save definition' }));
    expect(within(form).getByText(/runtimeMs" must be a number of ms from 0/)).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: 'Runtime per execution (ms)' }), '500');
    await user.type(within(form).getByRole('textbox', { name: 'RAM (MB)' }), '10');
    await user.type(within(form).getByRole('textbox', { name: 'VRAM (MB)' }), '0');
    await user.click(within(form).getByRole('button', { name: 'Save definition' }));
    await waitFor(() => expect(store.getState().profiles.get('diamond')?.summary.unknownTypes).toEqual([]));
    const profile = store.getState().profiles.get('diamond')!;
    expect(profile.nodes.find((n) => n.type === 'study.Sleep')?.runtimeMs).toBe(500);
    expect(profile.summary.confidence?.level).not.toBe('low');
    expect(
      within(screen.getByRole('list', { name: 'Defined metrics' })).getByText('study.Sleep'),
    ).toBeInTheDocument();
    // The report re-renders in a transition (useDeferredValue) after the store has the new profile.
    await waitFor(() => expect(screen.queryByText('Confidence: low')).not.toBeInTheDocument());
  });
});
