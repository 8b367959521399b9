/**
 * Comparing profiles in a real browser: edit a parameter with the profiler open and the change box shows the
 * deltas (makespan up, "num_inference_steps 30 → 60") and the node table the SDXL row's delta; the Compare
 * tab puts the two versions side by side, then the workflow on two devices, and a row focuses its node; the
 * Trend tab draws both versions, and still does after a reload (versions are kept in IndexedDB); a baseline
 * pinned before the edit is restored after the reload, estimated again from its stored version.
 */
import { assert } from '../lib/assert';
import type { ScenarioContext } from '../lib/types';
import type { Locator, Page } from 'playwright-core';
import { join } from 'node:path';

export const name = 'compare';

const REPORT = '[data-profiler-state="report"]';

async function scrollIntoPanel(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
}

export default async function compareScenario({ page, baseUrl, screenshot, rootDir, log }: ScenarioContext) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const panel = page.getByRole('region', { name: 'Performance Profiler' });
  await page.goto(baseUrl);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="sd-list-pipeline"]').click();
  await page.locator('.react-flow__node[data-id="sdxl"]').waitFor();
  await page.keyboard.press('Control+p');
  await page.locator(REPORT).waitFor();
  const change = panel.getByRole('group', { name: 'Change' });
  await change.getByText('No earlier estimate yet').waitFor();
  // Pin this estimate (30 steps): the edits below are compared with it, also after a reload (step 4).
  await change.getByRole('button', { name: 'Pin as baseline' }).click();
  await change.getByRole('heading', { name: 'Baseline pinned' }).waitFor();

  // 1. Edit a parameter: select the SDXL node from the table, change its steps in the inspector.
  await panel.getByRole('table', { name: 'Nodes' }).locator('tbody tr[data-node-id="sdxl"]').click();
  const steps = page.locator('input[data-param="num_inference_steps"]');
  await steps.waitFor();
  await steps.fill('60');
  await change
    .getByRole('heading', { name: 'Change against the pinned baseline' })
    .waitFor({ timeout: 15000 });
  const changeText = await change.innerText();
  assert(changeText.includes('num_inference_steps 30 → 60'), `the change names the edit: ${changeText}`);
  const makespan = /Makespan\s*\n?\s*([^\n]+)/.exec(changeText)?.[1] ?? '';
  assert(/→ .* \+[\d.]+ s/.test(makespan), `the makespan grows with a + delta: "${makespan}"`);
  const sdxlRow = panel.getByRole('table', { name: 'Nodes' }).locator('tbody tr[data-node-id="sdxl"]');
  assert(/\+[\d.]+ s/.test(await sdxlRow.innerText()), 'the SDXL row shows its runtime delta');
  log(`after steps 30 → 60: ${makespan.trim()}`);
  await scrollIntoPanel(page, change);
  await screenshot('compare-deltas');

  // 2. Compare two versions from the history.
  await panel.getByRole('tab', { name: 'Compare' }).click();
  await panel.getByRole('button', { name: 'Compare versions' }).click();
  const result = panel.getByTestId('comparison');
  await result.waitFor();
  const structure = await result.getByRole('group', { name: 'Structural difference' }).innerText();
  assert(structure.includes('num_inference_steps 30 → 60'), `versions: the structural diff: ${structure}`);
  const firstRow = result.getByRole('table', { name: 'Cost per node' }).locator('tbody tr').first();
  assert((await firstRow.getAttribute('data-node-id')) === 'sdxl', 'versions: SDXL has the largest impact');
  await screenshot('compare-versions');

  // 3. The workflow on two devices; a row focuses its node on the canvas.
  await panel.getByRole('button', { name: 'Two devices' }).click();
  await panel.getByRole('combobox', { name: 'First device' }).selectOption('apple-m3-pro');
  await panel.getByRole('combobox', { name: 'Second device' }).selectOption('rtx-4090');
  await panel.getByRole('button', { name: 'Compare devices' }).click();
  await result.getByText(/^Apple M3 Pro.* → NVIDIA RTX 4090/).waitFor();
  const summary = await result.getByRole('table', { name: 'Summary side by side' }).innerText();
  log(
    `devices: ${summary
      .split('\n')
      .find((line) => line.startsWith('Makespan'))
      ?.replace(/\t/g, ' | ')}`,
  );
  const upscale = result
    .getByRole('table', { name: 'Cost per node' })
    .locator('tbody tr[data-node-id="upscale"]');
  await upscale.click();
  await page.locator('.react-flow__node.selected[data-id="upscale"]').waitFor({ timeout: 5000 });
  await screenshot('compare-devices');

  // 4. Trend across versions, then again after a reload (IndexedDB).
  await panel.getByRole('tab', { name: 'Trend' }).click();
  await panel.getByText(/^2 versions of this workflow/).waitFor();
  await panel
    .getByRole('figure', { name: 'Time per version' })
    .locator('.recharts-line-curve')
    .first()
    .waitFor();
  await screenshot('compare-trend');
  await page.reload();
  await page.locator('.react-flow__node[data-id="sdxl"]').waitFor();
  await page.keyboard.press('Control+p');
  await page.locator(REPORT).waitFor();
  // The baseline pinned before the reload (30 steps) is estimated again from its stored version.
  await change
    .getByRole('heading', { name: 'Change against the pinned baseline' })
    .waitFor({ timeout: 15000 });
  const restored = (await change.innerText()).replace(/\s+/g, ' ');
  assert(
    restored.includes('in an earlier session; estimated again from that stored version') &&
      restored.includes('num_inference_steps 30 → 60'),
    `after a reload the pinned baseline is restored and says so: ${restored.slice(0, 300)}`,
  );
  assert(!restored.includes('device '), `same device on both sides, no device change: ${restored}`);
  log(`pinned baseline after a reload: ${restored.slice(0, 140)}`);
  await scrollIntoPanel(page, change);
  await screenshot('compare-pinned-after-reload');
  await panel.getByRole('tab', { name: 'Trend' }).click();
  await panel.getByText(/^2 versions of this workflow/).waitFor();
  log('trend: 2 versions drawn, and again after a reload');

  // 5. Measured beside estimated: a workflow with a recorded run, then an edit; both versions compared.
  await page
    .getByTestId('open-file-input')
    .setInputFiles(join(rootDir, 'e2e/fixtures/diamond-run.workflow.json'));
  await page.locator('.react-flow__node[data-id="right"]').waitFor();
  const recordings = join(rootDir, 'web/src/runs/__fixtures__/nodetool-runs');
  await page.getByTestId('import-run-input').setInputFiles(join(recordings, '07-diamond-repeat-1.jsonl'));
  await page.getByText(/Imported 07-diamond-repeat-1\.jsonl/).waitFor();
  await panel.getByRole('tab', { name: 'Report' }).click();
  await panel.getByRole('table', { name: 'Nodes' }).locator('tbody tr[data-node-id="right"]').click();
  await page.locator('input[data-param="seconds"]').fill('1.2');
  await change
    .getByRole('heading', { name: 'Change since the previous estimate' })
    .waitFor({ timeout: 15000 });
  await panel.getByRole('tab', { name: 'Compare' }).click();
  await panel.getByRole('button', { name: 'Compare versions' }).click();
  const measuredRow = result
    .getByRole('table', { name: 'Summary side by side' })
    .getByRole('row', { name: /Measured wall time/ });
  await measuredRow.waitFor();
  const measuredText = (await measuredRow.innerText()).replace(/\s+/g, ' ');
  assert(
    /\(1 run\)/.test(measuredText),
    `the recorded run's wall time is beside its version: ${measuredText}`,
  );
  log(`versions with a recorded run: ${measuredText}`);
  await scrollIntoPanel(page, measuredRow);
  await screenshot('compare-versions-measured');
  await panel.getByRole('tab', { name: 'Trend' }).click();
  await panel.getByText(/measured wall time of the runs of 1 of them/).waitFor();
  await screenshot('compare-trend-measured');
}
