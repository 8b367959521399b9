import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadDiamond } from '../../../runs/testing/loadDiamond';
import { createPerformanceProfileStore } from '../../../stores/PerformanceProfileStore';
import { createRunHistoryStore } from '../../../stores/RunHistoryStore';
import { downloadText } from '../../../browser/downloadText';
import { renderPanel } from './renderPanel';

jest.mock('../../../browser/downloadText', () => ({ downloadText: jest.fn() }));

async function renderDiamond() {
  const { nodes, edges, runs } = loadDiamond();
  const runStore = createRunHistoryStore();
  await runStore.getState().loadRuns('wf', null);
  for (const record of runs) await runStore.getState().addRun({ record, workflowKey: 'wf', recording: null });
  const store = createPerformanceProfileStore();
  store.getState().setHardware('rtx-4090');
  const view = renderPanel({ workflowId: 'wf', nodes, edges }, { store, runStore });
  const section = await screen.findByRole('group', { name: 'Learning from measured runs' });
  return { ...view, section };
}

describe('learning from measured runs in the panel', () => {
  it('learns with "Use measurements" on and shows the accuracy before → after', async () => {
    const { section, store } = await renderDiamond();
    const toggle = within(section).getByRole('switch', { name: 'Use measurements' });
    expect(toggle).toBeChecked();
    const heading = await within(section).findByRole('heading', {
      name: /^Estimate accuracy: median error [\d.]+× → 1\.0×$/,
    });
    expect(heading).toBeInTheDocument();
    expect(section).toHaveTextContent('study.Sleep ×23 (6 samples)');
    const worst = within(section).getByRole('list', { name: 'Worst estimated nodes' });
    expect(within(worst).getAllByRole('listitem')[0]).toHaveTextContent(/→ 1\.0×\)$/);
    expect(within(section).getByRole('list', { name: 'Accuracy per run' }).children).toHaveLength(3);
    await waitFor(() =>
      expect(
        store
          .getState()
          .profiles.get('wf')!
          .nodes.find((n) => n.id === 'right')!.details.source,
      ).toMatch(/^measured, 3 runs/),
    );
  });

  it('switched off: estimates without calibration, accuracy without an arrow', async () => {
    const { section, store } = await renderDiamond();
    await within(section).findByRole('heading', { name: /→/ });
    await userEvent.click(within(section).getByRole('switch', { name: 'Use measurements' }));
    await within(section).findByRole('heading', { name: /^Estimate accuracy: median error [\d.]+×$/ });
    await waitFor(() =>
      expect(
        store
          .getState()
          .profiles.get('wf')!
          .nodes.find((n) => n.id === 'right')!.details.source,
      ).not.toMatch(/^measured/),
    );
  });

  it('exports the calibration as JSON and refuses a bad import with a clear error', async () => {
    const { section } = await renderDiamond();
    await within(section).findByRole('heading', { name: /→/ });
    await userEvent.click(within(section).getByRole('button', { name: 'Export calibration' }));
    const [name, text, type] = jest.mocked(downloadText).mock.calls[0]!;
    expect(name).toBe('wf.calibration.json');
    expect(type).toBe('application/json');
    expect(JSON.parse(text)).toMatchObject({ version: 1, hardware: 'rtx-4090' });

    const bad = new File(['{"version":2}'], 'bad.json', { type: 'application/json' });
    await userEvent.upload(within(section).getByLabelText('Calibration file'), bad);
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Not a calibration file: option.invalid: Option "calibration.version" must be 1',
    );

    const good = new File([text], 'good.json', { type: 'application/json' });
    await userEvent.upload(within(section).getByLabelText('Calibration file'), good);
    await waitFor(() => expect(within(section).queryByRole('alert')).toBeNull());
  });

  it('is not shown while the workflow has no runs', async () => {
    const { nodes, edges } = loadDiamond();
    renderPanel({ workflowId: 'wf', nodes, edges });
    const region = await screen.findByRole('region', { name: 'Performance Profiler' });
    await waitFor(() => expect(region).toHaveAttribute('data-profiler-state', 'report'));
    expect(screen.queryByRole('switch', { name: 'Use measurements' })).toBeNull();
  });
});
