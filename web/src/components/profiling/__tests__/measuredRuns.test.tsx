import '../../../runs/testing/installFakeIndexedDB';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { openRunHistory } from '../../../runs/history';
import { makeRunRecord } from '../../../runs/testing/makeRunRecord';
import { createRunHistoryStore } from '../../../stores/RunHistoryStore';
import { smallChain } from '../../../stores/__tests__/workflowFixtures';
import { formatDuration } from '../format';
import { formatRatio } from '../measured/describeMeasurement';
import { renderPanel } from './renderPanel';
import { captureDownloads } from '../../../test/captureDownloads';

function freshRunStore() {
  const indexedDB = new IDBFactory();
  const open = () => openRunHistory({ indexedDB });
  return { runStore: createRunHistoryStore({ openHistory: open }), open };
}

/** Three runs of smallChain: `agent` 400/412/500 ms (trusted), `out` flagged after-job-end, `in` not run. */
async function seedRuns(runStore: ReturnType<typeof createRunHistoryStore>) {
  const runs = [
    makeRunRecord(
      'r1',
      { agent: { ms: [400] }, out: { ms: [30], flags: ['after-job-end'] } },
      { startedAt: 1_000 },
    ),
    makeRunRecord(
      'r2',
      { agent: { ms: [412] }, out: { ms: [20], flags: ['after-job-end'] } },
      { startedAt: 2_000 },
    ),
    makeRunRecord(
      'r3',
      { agent: { ms: [250, 250] }, out: { ms: [10], flags: ['after-job-end'] } },
      { startedAt: 3_000, wallMs: 1_400 },
    ),
  ];
  for (const [index, record] of runs.entries())
    await runStore
      .getState()
      .addRun({ record, workflowKey: 'wf', recording: index === 0 ? 'raw-1\n' : null });
  return runs;
}

async function findTable() {
  const region = await screen.findByRole('region', { name: 'Performance Profiler' });
  await waitFor(() => expect(region).toHaveAttribute('data-profiler-state', 'report'));
  return screen.findByRole('table', { name: 'Nodes' });
}

describe('measured runs in the panel', () => {
  it('shows the Actual column from the selected runs, with ratio, executions and trust', async () => {
    const { runStore } = freshRunStore();
    await seedRuns(runStore);
    const { nodes, edges } = smallChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    const table = await findTable();
    expect(within(table).getByRole('columnheader', { name: 'Actual' })).toBeInTheDocument();
    const profile = store.getState().profiles.get('wf')!;
    const estimate = profile.nodes.find((node) => node.id === 'agent')!.runtimeMs;

    const agent = await within(table).findByLabelText(/^Actual runtime of .*: measured 412 ms over 3 runs/);
    expect(agent).toHaveTextContent('412 ms');
    expect(agent).toHaveTextContent(formatRatio(412 / estimate)!);
    expect(agent.getAttribute('aria-label')).toMatch(/; trusted$/);

    const out = within(table).getByLabelText(/not trusted: arrived after the job ended/);
    expect(out).toHaveTextContent('!');
    expect(out).toHaveTextContent('20 ms');
    expect(within(table).getByLabelText(/not measured/)).toHaveTextContent('—');
  });

  it('counts executions and sorts by the Actual column, unmeasured last', async () => {
    const { runStore } = freshRunStore();
    await runStore.getState().addRun({
      record: makeRunRecord('r1', { agent: { ms: [100, 150] }, out: { ms: [300] } }),
      workflowKey: 'wf',
    });
    const { nodes, edges } = smallChain();
    renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    const table = await findTable();
    expect(await within(table).findByLabelText(/2 executions per run/)).toHaveTextContent('×2');
    await userEvent.click(within(table).getByRole('button', { name: 'Actual' }));
    const order = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.getAttribute('data-node-id'));
    await waitFor(() => expect(order()).toEqual(['out', 'agent', 'in']));
    await userEvent.click(within(table).getByRole('button', { name: 'Actual' }));
    await waitFor(() => expect(order()).toEqual(['agent', 'out', 'in']));
  });

  it('shows the measured wall time beside the estimated makespan', async () => {
    const { runStore } = freshRunStore();
    await seedRuns(runStore);
    const { nodes, edges } = smallChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    await findTable();
    const makespan = store.getState().profiles.get('wf')!.summary.makespanMs;
    const group = await screen.findByRole('group', { name: 'Measured wall time' });
    expect(group).toHaveTextContent(
      `Measured ${formatDuration(1000)} (median of 3 runs, completed) · estimated ${formatDuration(makespan)}`,
    );
    expect(group).toHaveTextContent('The makespan is an estimate');
  });

  it('says when the latest run did not complete', async () => {
    const { runStore } = freshRunStore();
    await runStore.getState().addRun({
      record: makeRunRecord('r1', { agent: { status: 'unfinished' } }, { status: 'cancelled' }),
      workflowKey: 'wf',
    });
    const { nodes, edges } = smallChain();
    renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    await findTable();
    expect(await screen.findByText(/The latest run cancelled/)).toBeInTheDocument();
  });

  it('lists runs in the Runs view: select, export and delete', async () => {
    const { runStore, open } = freshRunStore();
    await seedRuns(runStore);
    const downloads = captureDownloads();
    const { nodes, edges } = smallChain();
    renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    await findTable();
    await userEvent.click(screen.getByRole('tab', { name: 'Runs (3)' }));
    const runs = await screen.findByRole('table', { name: 'Runs' });
    expect(within(runs).getAllByRole('row')).toHaveLength(4);

    const boxes = within(runs).getAllByRole('checkbox', { name: /^Count the run of/ });
    expect(boxes.every((box) => (box as HTMLInputElement).checked)).toBe(true);
    await userEvent.click(boxes[0]!);
    expect(runStore.getState().selectedRunIds).toHaveLength(2);
    expect(screen.getByText(/2 of 3 runs count/)).toBeInTheDocument();

    const exportButtons = within(runs).getAllByRole('button', { name: /^Export the run of/ });
    await userEvent.click(exportButtons[2]!); // the oldest run: the one with a raw recording
    await waitFor(() => expect(downloads.count()).toBe(1));
    const download = await downloads.last();
    expect(download.name).toBe('wf-job-r1.jsonl');
    expect(download.text).toBe('raw-1\n');
    downloads.restore();

    await userEvent.click(within(runs).getAllByRole('button', { name: /^Delete the run of/ })[0]!);
    await waitFor(() => expect(within(runs).getAllByRole('row')).toHaveLength(3));
    expect(screen.getByRole('tab', { name: 'Runs (2)' })).toBeInTheDocument();
    // Reading the database takes a while: the re-analysis the changed selection started ends meanwhile.
    const stored = await act(async () => {
      const history = await open();
      const { runs } = await history.list('wf');
      history.close();
      return runs.map((run) => run.id);
    });
    expect(stored).toEqual(['r2', 'r1']);
  });

  it('shows the empty state without runs and no Actual column', async () => {
    const { runStore } = freshRunStore();
    const { nodes, edges } = smallChain();
    renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    const table = await findTable();
    expect(within(table).queryByRole('columnheader', { name: 'Actual' })).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Runs (0)' }));
    expect(await screen.findByText('No runs yet: press Run or import a recording.')).toBeInTheDocument();
  });

  it('offers colouring the heat overlay by measured time once runs are selected', async () => {
    const { runStore } = freshRunStore();
    const onMeasuredChange = jest.fn();
    const { nodes, edges } = smallChain();
    const heatOverlay = { enabled: true, onChange: jest.fn(), measured: false, onMeasuredChange };
    renderPanel({ workflowId: 'wf', nodes, edges, heatOverlay }, { runStore });
    await findTable();
    expect(screen.queryByRole('switch', { name: 'Colour by measured time' })).toBeNull();
    await act(() =>
      runStore.getState().addRun({ record: makeRunRecord('r1', { agent: { ms: [5] } }), workflowKey: 'wf' }),
    );
    await userEvent.click(await screen.findByRole('switch', { name: 'Colour by measured time' }));
    expect(onMeasuredChange).toHaveBeenCalledWith(true);
  });
});
