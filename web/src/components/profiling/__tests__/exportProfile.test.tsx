import '../../../runs/testing/installFakeIndexedDB';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import Papa from 'papaparse';
import { exportFileName, readProfileFile, type ChromeTrace } from '../../../exports';
import { openRunHistory } from '../../../runs/history';
import { makeRunRecord } from '../../../runs/testing/makeRunRecord';
import { createRunHistoryStore } from '../../../stores/RunHistoryStore';
import { loadAgentChain, smallChain } from '../../../stores/__tests__/workflowFixtures';
import { captureDownloads } from '../../../test/captureDownloads';
import { buildExportText } from '../exportProfile';
import { renderPanel } from './renderPanel';

async function openExportMenu() {
  const button = await screen.findByRole('button', { name: 'Export profile' });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 10_000 });
  await userEvent.click(button);
  return screen.findByRole('menu');
}

describe('Export menu', () => {
  it('names files safely', () => {
    expect(exportFileName('Research brief #3', 'json')).toBe('profile-Research-brief-3.json');
    expect(exportFileName('../../etc', 'csv')).toBe('profile-..-..-etc.csv');
    expect(exportFileName('###', 'trace')).toBe('profile-workflow.trace.json');
  });

  it('is disabled, with the reason, while there is no profile', () => {
    renderPanel({ workflowId: 'empty', nodes: [], edges: [] });
    const button = screen.getByRole('button', { name: 'Export profile' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Nothing to export yet: analyze the workflow first.');
  });

  it('downloads the profile as JSON, CSV and a Chrome trace', async () => {
    const downloads = captureDownloads();
    const { nodes, edges } = loadAgentChain();
    const { store } = renderPanel({ workflowId: 'Research brief', nodes, edges });

    await userEvent.click(within(await openExportMenu()).getByRole('menuitem', { name: /Profile \(JSON\)/ }));
    const json = await downloads.last();
    const profile = store.getState().profiles.get('Research brief')!;
    expect(json.name).toBe('profile-Research-brief.json');
    expect(json.type).toBe('application/json');
    expect(json.text).toBe(buildExportText('json', profile, null));
    // The download reads back as a saved profile with the same figures.
    const read = readProfileFile(JSON.parse(json.text), json.name);
    expect(read.summary.makespanMs).toBe(profile.summary.makespanMs);
    expect(read.nodes.map((n) => n.id)).toEqual(profile.nodes.map((n) => n.id));
    expect(read.runs).toEqual([]);

    await userEvent.click(
      within(await openExportMenu()).getByRole('menuitem', { name: /Node table \(CSV\)/ }),
    );
    const csv = await downloads.last();
    expect(csv.name).toBe('profile-Research-brief.csv');
    expect(csv.type).toBe('text/csv');
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.id)).toEqual(profile.nodes.map((n) => n.id));

    await userEvent.click(within(await openExportMenu()).getByRole('menuitem', { name: /Chrome trace/ }));
    const trace = await downloads.last();
    expect(trace.name).toBe('profile-Research-brief.trace.json');
    const document = JSON.parse(trace.text) as ChromeTrace;
    const slices = document.traceEvents.filter((event) => event.ph === 'X');
    expect(slices.map((event) => event.args.id).sort()).toEqual(
      profile.schedule
        .map((entry) => entry.nodeId)
        .filter((id) => !profile.nodes.find((n) => n.id === id)!.layoutOnly)
        .sort(),
    );
    expect(downloads.count()).toBe(3);
    downloads.restore();
  });

  it('includes the selected runs in the JSON and the trace', async () => {
    const downloads = captureDownloads();
    const indexedDB = new IDBFactory();
    const runStore = createRunHistoryStore({ openHistory: () => openRunHistory({ indexedDB }) });
    const record = makeRunRecord('r1', { agent: { ms: [400] } }, { startedAt: 1_000 });
    await runStore.getState().addRun({ record, workflowKey: 'wf', recording: null });
    const { nodes, edges } = smallChain();
    const { store } = renderPanel({ workflowId: 'wf', nodes, edges }, { runStore });
    // The runs arrive, the estimates learn from them and the profile is refined: export once that settled.
    await screen.findByRole('columnheader', { name: 'Actual' });
    await waitFor(() => expect(store.getState().refining.size).toBe(0), { timeout: 10_000 });

    const menu = await openExportMenu();
    await waitFor(() => expect(within(menu).getByText('with 1 measured run')).toBeInTheDocument());
    await userEvent.click(within(menu).getByRole('menuitem', { name: /Profile \(JSON\)/ }));
    const file = readProfileFile(JSON.parse((await downloads.last()).text), 'export');
    expect(file.runs).toHaveLength(1);
    expect(file.runs[0]).toMatchObject({ id: record.id, origin: 'browser run history' });
    expect(file.nodes.find((n) => n.id === 'agent')!.actual).toMatchObject({ ms: 400, runs: 1 });

    await userEvent.click(within(await openExportMenu()).getByRole('menuitem', { name: /Chrome trace/ }));
    const trace = JSON.parse((await downloads.last()).text) as ChromeTrace;
    const measured = trace.traceEvents.filter((event) => event.ph === 'X' && event.cat === 'measured');
    expect(measured).toHaveLength(1);
    expect(measured[0]).toMatchObject({ ts: expect.any(Number), dur: 400_000, args: { id: 'agent' } });
    downloads.restore();
  });
});
