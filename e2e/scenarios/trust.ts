/**
 * Trust features in a real browser: the grade carries its confidence and the two verdicts; a node's details
 * open under its row with the estimator's breakdown; changing an assumption in the panel changes the figures,
 * matches the CLI run with the same flag, and survives a reload (persisted per workflow).
 */
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { assert, assertEqual } from '../lib/assert';
import type { ScenarioContext } from '../lib/types';

export const name = 'trust';

const REPORT = '[data-profiler-state="report"]';

function profileWithCli(
  rootDir: string,
  args: string[],
): { summary: { score: number; grade: string; totalRuntimeMs: number } } {
  const result = spawnSync('npx', ['tsx', 'scripts/profile.ts', ...args, '--format', 'json'], {
    cwd: rootDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`CLI failed (exit ${result.status}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

async function openPanel(page: Page): Promise<void> {
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+P');
  await page.locator(REPORT).waitFor({ state: 'visible', timeout: 15000 });
  await page.getByRole('table', { name: 'Nodes' }).waitFor({ state: 'visible', timeout: 15000 });
}

async function dismissNotice(page: Page): Promise<void> {
  const notice = page.getByTestId('editor-notice');
  if ((await notice.count()) === 0) return;
  await notice.getByRole('button', { name: 'Close' }).click();
  await notice.waitFor({ state: 'detached' });
}

async function totalRuntime(page: Page): Promise<string> {
  return (await page.getByRole('group', { name: 'Total runtime' }).innerText()).replace(/\s+/g, ' ');
}

export default async function trustScenario({ page, baseUrl, screenshot, rootDir, log }: ScenarioContext) {
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="sd-list-pipeline"]').click();
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible' });
  await dismissNotice(page);
  await openPanel(page);
  const panel = page.getByRole('region', { name: 'Performance Profiler' });

  // The grade with its confidence and the two verdicts.
  const cliDefault = profileWithCli(rootDir, ['web/src/examples/sd-list-pipeline.json']);
  const badge = panel.getByRole('img', { name: /^Grade [A-F], score \d+ of 100$/ });
  assertEqual(
    await badge.getAttribute('aria-label'),
    `Grade ${cliDefault.summary.grade}, score ${cliDefault.summary.score} of 100`,
    'default grade equals the CLI',
  );
  await panel.getByText(/^Confidence: (high|medium|low)$/).waitFor();
  await panel.getByText(/^How it is built: [A-F] \(\d+\)$/).waitFor();
  await panel.getByText(/^Fit to .+: [A-F] \(\d+\)$/).waitFor();
  const before = await totalRuntime(page);
  await page.mouse.move(2, 880);
  await screenshot('trust-grade');
  log(`default: ${await badge.getAttribute('aria-label')}, total runtime ${before}`);

  // Node details under the row.
  const toggle = panel.getByRole('button', { name: 'Details of Poster render' });
  await toggle.scrollIntoViewIfNeeded();
  await toggle.click();
  const details = panel.getByRole('group', { name: 'Details of Poster render' });
  await details.waitFor({ state: 'visible' });
  for (const text of [
    'Time per step',
    'Evaluations per step',
    'Executions (items reaching the node)',
    'Source:',
  ])
    assert((await details.innerText()).includes(text), `node details show "${text}"`);
  await details.scrollIntoViewIfNeeded();
  await page.mouse.move(2, 880);
  await screenshot('trust-node-details');

  // Change "items per list" from 4 to 6: the figures change and match the CLI with --items 6.
  await panel.getByRole('button', { name: 'Show assumptions' }).click();
  const items = panel.getByRole('textbox', { name: /\(defaultItemCount\)$/ });
  await items.scrollIntoViewIfNeeded();
  assertEqual(await items.inputValue(), '4', 'items per list starts at the default');
  await items.fill('6');
  await items.press('Enter');
  const cliSix = profileWithCli(rootDir, ['web/src/examples/sd-list-pipeline.json', '--items', '6']);
  await page.waitForFunction(
    (label) =>
      document.querySelector('[role="img"][aria-label^="Grade"]')?.getAttribute('aria-label') === label,
    `Grade ${cliSix.summary.grade}, score ${cliSix.summary.score} of 100`,
    { timeout: 15000 },
  );
  const deadline = Date.now() + 10000;
  let after = await totalRuntime(page);
  while (after === before && Date.now() < deadline) {
    await page.waitForTimeout(100);
    after = await totalRuntime(page);
  }
  assert(after !== before, `total runtime changes after the assumption (${before} → ${after})`);
  assert(
    cliSix.summary.totalRuntimeMs > cliDefault.summary.totalRuntimeMs,
    'the CLI with --items 6 estimates more runtime',
  );
  await panel.getByText('--items 6').waitFor();
  assert((await details.innerText()).includes('≈ 6'), 'the open node details show 6 executions');
  log(
    `--items 6: ${await badge.getAttribute('aria-label')}, total runtime ${after} (CLI score ${cliSix.summary.score})`,
  );
  await items.scrollIntoViewIfNeeded();
  await page.mouse.move(2, 880);
  await screenshot('trust-assumptions');

  // A value out of range is refused with the engine's reason.
  const workers = panel.getByRole('textbox', { name: /\(workers\)$/ });
  await workers.fill('0');
  await workers.press('Enter');
  await panel.getByText(/must be an integer from 1 to 1024 \(got 0\)/).waitFor();

  // Persisted per workflow: after a reload the panel still uses 6 items.
  await page.reload();
  await page.locator('.react-flow__node').first().waitFor({ state: 'visible' });
  await dismissNotice(page);
  await openPanel(page);
  await page.waitForFunction(
    (label) =>
      document.querySelector('[role="img"][aria-label^="Grade"]')?.getAttribute('aria-label') === label,
    `Grade ${cliSix.summary.grade}, score ${cliSix.summary.score} of 100`,
    { timeout: 15000 },
  );
  await panel.getByRole('button', { name: 'Show assumptions' }).click();
  assertEqual(
    await panel.getByRole('textbox', { name: /\(defaultItemCount\)$/ }).inputValue(),
    '6',
    'items per list after a reload',
  );
  await page.mouse.move(2, 880);
  await screenshot('trust-after-reload');
}
