import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import videoGeneration from '../../../examples/video-generation.json';
import { serializeProfileFile, toProfileFile } from '../../../exports';
import { profileWorkflow } from '../../../profiling';
import { attachMeasurements, importRunText } from '../../../runs';
import { renderPanel } from './renderPanel';

const RUNS = join(__dirname, '../../../runs/__fixtures__/nodetool-runs');

function upload(text: string, name: string) {
  const input = screen.getByLabelText('Saved profile file');
  return userEvent.upload(input, new File([text], name, { type: 'application/json' }));
}

describe('Open saved (a saved profile in the panel)', () => {
  it('shows a saved profile’s report, with its hardware and date, even with nothing on the canvas', async () => {
    const saved = profileWorkflow(videoGeneration, { hardware: 'apple-m2', suggestions: false });
    renderPanel({ workflowId: 'empty', nodes: [], edges: [] });
    await upload(serializeProfileFile(toProfileFile(saved, [], { nodes: {}, summary: null })), 'video.json');

    const dialog = await screen.findByRole('dialog', { name: `Saved profile — ${saved.name}` });
    expect(
      within(dialog).getByText(/video\.json: estimated on Apple M2 .* with 4 workers and 1 GPU lane, saved/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('img', {
        name: `Grade ${saved.summary.grade}, score ${saved.summary.score} of 100`,
      }),
    ).toBeInTheDocument();
    expect(await within(dialog).findByRole('table', { name: 'Nodes' })).toBeInTheDocument();
    expect(within(dialog).queryByText(/measured run/)).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('says how many runs a saved profile was measured with', async () => {
    const workflow = JSON.parse(readFileSync(join(RUNS, '02-diamond.workflow.json'), 'utf8')) as unknown;
    const { record } = importRunText(readFileSync(join(RUNS, '02-diamond.jsonl'), 'utf8'));
    const profile = profileWorkflow(workflow, { suggestions: false });
    const file = toProfileFile(
      profile,
      [{ record, origin: 'rec.jsonl' }],
      attachMeasurements(profile, [record]),
    );
    renderPanel({ workflowId: 'empty', nodes: [], edges: [] });
    await upload(serializeProfileFile(file), 'diamond.json');
    const dialog = await screen.findByRole('dialog');
    expect(
      within(dialog).getByText(/Saved with 1 measured run: median wall time 8\d\d ms/),
    ).toBeInTheDocument();
  });

  it('refuses a workflow or a damaged file with the code and the field', async () => {
    renderPanel({ workflowId: 'empty', nodes: [], edges: [] });
    await upload(JSON.stringify(videoGeneration), 'workflow.json');
    let dialog = await screen.findByRole('dialog', { name: 'Saved profile' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'workflow.json: [profile-file.not-a-profile] not a saved profile (it has no schemaVersion).',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const saved = JSON.parse(
      serializeProfileFile(toProfileFile(profileWorkflow(videoGeneration), [], { nodes: {}, summary: null })),
    );
    await upload(JSON.stringify({ ...saved, schemaVersion: 3 }), 'newer.json');
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'newer.json: [profile-file.version] schemaVersion: version 3 was written by a newer profiler; this one reads version 1.',
    );
  });
});
