/**
 * Measured runs in a real browser, against the replay server (NodeTool's protocol, replaying the real
 * recordings with their original timing): open a workflow, press Run, watch the nodes change state on the
 * canvas, see the run's outcome and the Actual column beside the estimates; import a second recording
 * through the UI; reload and find both runs in the history (IndexedDB); a run that fails marks its node.
 */
import { join } from 'node:path';
import { assert, waitForCount } from '../lib/assert';
import { startReplayProcess } from '../lib/replayServer';
import { findFreePort } from '../lib/server';
import type { ScenarioContext } from '../lib/types';

export const name = 'runs';

const RUNNING = '.react-flow__node.wpp-run-running';
const COMPLETED = '.react-flow__node.wpp-run-completed';
const ERRORED = '.react-flow__node.wpp-run-error';

export default async function runs({ page, baseUrl, rootDir, screenshot, log }: ScenarioContext) {
  const recordings = join(rootDir, 'web/src/runs/__fixtures__/nodetool-runs');
  const server = await startReplayProcess(rootDir, await findFreePort());
  try {
    // The Run button's server setting, as a user would save it (the page reads it on load).
    await page.addInitScript((url) => {
      if (!localStorage.getItem('wpp-nodetool-server'))
        localStorage.setItem('wpp-nodetool-server', JSON.stringify({ version: 1, url, format: 'msgpack' }));
    }, server.url);
    await page.goto(baseUrl);
    await page
      .getByTestId('open-file-input')
      .setInputFiles(join(rootDir, 'e2e/fixtures/diamond-run.workflow.json'));
    await waitForCount(page, '.react-flow__node', (n) => n === 5, 'diamond workflow on the canvas');

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForCount(page, RUNNING, (n) => n > 0, 'a node marked running while the run is under way');
    await page
      .getByRole('status')
      .filter({ hasText: /nodes done/ })
      .waitFor();
    const midRun = await screenshot('runs-live');
    log(`mid-run canvas: ${midRun}`);
    await waitForCount(page, COMPLETED, (n) => n === 5, 'every node marked done', 20000);
    // The outcome, with the server's own wall time of the recorded job (832.5 ms).
    await page
      .getByTestId('editor-notice')
      .filter({ hasText: /Run completed in 8[23]\d ms/ })
      .waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).waitFor();

    // The panel: the Actual column beside the estimates, with the run it came from.
    await page.getByRole('button', { name: 'Profiler' }).click();
    const panel = page.getByRole('region', { name: 'Performance Profiler' });
    await panel.getByRole('columnheader', { name: /Actual/ }).waitFor();
    // Each sleep measured at its own work (0.4 s and 0.8 s). The derivation's accuracy against ground truth
    // is the unit tests' job (max(30 ms, 8 %) on the recordings themselves); here a replay server and a
    // browser share a loaded machine (a CI run saw 437 and 741 ms while other jobs ran), so the band is
    // ±15 %: wide enough for that, far narrower than NodeTool's naive times would be off for a waiting node.
    await panel
      .getByLabel(/^Actual runtime of Sleep: measured/)
      .first()
      .waitFor();
    const sleeps = await page.evaluate(() =>
      [...document.querySelectorAll('[aria-label^="Actual runtime of Sleep: measured"]')].map((e) =>
        Number(/measured (\d+) ms/.exec(e.getAttribute('aria-label') ?? '')?.[1]),
      ),
    );
    log(`measured sleeps: ${sleeps.join(' ms, ')} ms`);
    sleeps.sort((a, b) => a - b);
    assert(
      sleeps.length === 2 && Math.abs(sleeps[0]! - 400) <= 60 && Math.abs(sleeps[1]! - 800) <= 120,
      `the two sleeps measure 400 and 800 ms within 15 %: got ${sleeps.join(', ')}`,
    );
    await panel.getByText(/Measured .*median of 1 run/).waitFor();
    // Learning from the run: the switch is on, and the accuracy says how far the estimates were before.
    const learning = panel.getByRole('group', { name: 'Learning from measured runs' });
    await learning.getByLabel('Use measurements').waitFor();
    assert(
      await learning.getByLabel('Use measurements').isChecked(),
      'Use measurements is on once a run exists',
    );
    await learning
      .getByText(/median error .*→/)
      .first()
      .waitFor();
    await panel.getByRole('columnheader', { name: /Actual/ }).scrollIntoViewIfNeeded();
    await screenshot('runs-actual-column');

    // Import a second recording of the same workflow through the toolbar's Import run.
    await page.getByTestId('import-run-input').setInputFiles(join(recordings, '07-diamond-repeat-1.jsonl'));
    await page.getByText(/Imported 07-diamond-repeat-1\.jsonl/).waitFor();
    await panel.getByRole('tab', { name: 'Runs (2)' }).click();
    await panel
      .getByRole('row')
      .filter({ hasText: /Recording/ })
      .first()
      .waitFor();
    await screenshot('runs-history');

    // The history survives a reload (IndexedDB).
    await page.reload();
    await waitForCount(page, '.react-flow__node', (n) => n === 5, 'the workflow after reload');
    await page.getByRole('button', { name: 'Profiler' }).click();
    await page
      .getByRole('region', { name: 'Performance Profiler' })
      .getByRole('tab', { name: 'Runs (2)' })
      .waitFor();

    // A failing run: its node is marked, the outcome names it.
    await page.getByTestId('open-file-input').setInputFiles(join(recordings, '05-error.workflow.json'));
    await waitForCount(page, '.react-flow__node', (n) => n === 7, 'the error workflow on the canvas');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitForCount(page, ERRORED, (n) => n === 1, 'the failing node marked error', 20000);
    await page.getByText(/Run failed in "Fail": .*intentional failure/).waitFor({ timeout: 20000 });
    await screenshot('runs-failed');
  } finally {
    await server.stop();
  }
}
