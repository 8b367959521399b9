/**
 * A damaged saved workflow in a real browser: for each damaged `wpp-editor` value (the fixtures in
 * web/src/editor/store/__fixtures__/damaged), put it in localStorage and reload. A repairable value opens with
 * the user's nodes on the canvas; an unreadable one opens the default example. Either way the original text
 * is in `wpp-editor.backup` and a notice with "Download the saved data" stays visible. Then the same for the
 * profiler's saved settings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, waitForGraph } from '../lib/assert';
import { expectNoSeriousViolations } from '../lib/axe';
import type { ScenarioContext } from '../lib/types';

export const name = 'persistence';

const KEY = 'wpp-editor';
const UNREADABLE = new Set(['unparseable', 'future-version-unreadable', 'no-node-list']);

export default async function persistenceScenario({
  page,
  baseUrl,
  screenshot,
  rootDir,
  log,
}: ScenarioContext) {
  const dir = join(rootDir, 'web/src/editor/store/__fixtures__/damaged');
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  assert(files.length >= 10, `damaged fixtures found in ${dir}`);
  await page.goto(baseUrl);
  await waitForGraph(page, 10, 7, 'default example');

  for (const file of files) {
    const label = file.replace(/^wpp-editor\.|\.json$/g, '');
    const raw = readFileSync(join(dir, file), 'utf8');
    // Set the value before the app's scripts run: a live page would flush its pending save over it on unload.
    await page.addInitScript(
      ([key, value, once]) => {
        if (sessionStorage.getItem(once)) return;
        sessionStorage.setItem(once, '1');
        localStorage.clear();
        localStorage.setItem(key, value);
      },
      [KEY, raw, `e2e-injected-${label}`] as const,
    );
    await page.reload();
    const notice = page.getByTestId('storage-report');
    await notice.waitFor({ state: 'visible', timeout: 10000 }).catch(() => {
      throw new Error(`${label}: no storage notice after reload`);
    });
    const text = (await notice.innerText()).replace(/\s+/g, ' ');
    const download = notice.getByRole('button', { name: 'Download the saved data' });
    assert(await download.isVisible(), `${label}: the notice offers the download (${text})`);
    if (UNREADABLE.has(label)) {
      await waitForGraph(page, 10, 7, `${label}: default example`);
      assert(text.includes('could not be opened'), `${label}: says it could not be opened (${text})`);
    } else {
      await waitForGraph(page, 2, 1, `${label}: the user's two nodes and their edge`);
      for (const id of ['mine1', 'mine2']) {
        const visible = await page.locator(`.react-flow__node[data-id="${id}"]`).isVisible();
        assert(visible, `${label}: node ${id} is on the canvas`);
      }
      assert(text.includes('was repaired'), `${label}: says it was repaired (${text})`);
    }
    const backup = await page.evaluate((key) => localStorage.getItem(`${key}.backup`), KEY);
    const kept = (JSON.parse(backup ?? '[]') as Array<{ raw: string }>).map((entry) => entry.raw);
    assert(kept.includes(raw), `${label}: the original is in ${KEY}.backup`);
    log(`${label}: ${text.slice(0, 140)}`);
    if (label === 'dangling-edge' || label === 'unparseable') await screenshot(`persistence-${label}`);
  }

  // Dismiss hides the notice; the backup stays.
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByTestId('storage-report').waitFor({ state: 'detached', timeout: 5000 });
  const left = await page.evaluate((key) => localStorage.getItem(`${key}.backup`), KEY);
  assert(left !== null, 'the backup survives Dismiss');

  // The profiler's saved settings: unreadable → defaults, the original kept, a notice of its own.
  const settingsKey = 'workflow-profiler:settings';
  const badSettings = '{"state":{"hardware":"apple-m';
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-injected-settings')) return;
      sessionStorage.setItem('e2e-injected-settings', '1');
      localStorage.setItem(key, value);
    },
    [settingsKey, badSettings] as const,
  );
  await page.reload();
  await page.getByTestId('settings-report').waitFor({ state: 'visible', timeout: 10000 });
  const keptSettings = await page.evaluate((key) => localStorage.getItem(`${key}.backup`), settingsKey);
  assert(keptSettings?.includes('apple-m'), `the settings' original is in ${settingsKey}.backup`);
  await screenshot('persistence-settings');

  // Storage full: the editor says its changes are not being saved; after a reload, that they were not kept.
  const filled = await page.evaluate(() => {
    let chars = 0;
    let index = 0;
    for (const size of [1_000_000, 100_000, 10_000, 1_000, 100]) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`e2e-fill-${index}`, chunk);
        } catch {
          break;
        }
        index += 1;
        chars += size;
      }
    }
    return chars;
  });
  log(`storage full: filled localStorage with ${filled.toLocaleString('en-US')} characters`);
  // A workflow larger than any saved so far (1,000 nodes), so its save cannot fit in the space the saved one
  // frees.
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="large-batch-1000"]').click();
  const failing = page.getByRole('alert', { name: 'Your changes are not being saved' });
  await failing.waitFor({ timeout: 10000 });
  const failingText = (await failing.innerText()).replace(/\s+/g, ' ');
  assert(
    failingText.includes('storage for this site is full') && failingText.includes('only in this tab'),
    `the notice says why and what is at risk (${failingText})`,
  );
  assert(
    await failing.getByRole('button', { name: 'Download workflow' }).isVisible(),
    'the notice offers the download',
  );
  log(`storage full: ${failingText.slice(0, 160)}`);
  // The profiler's own settings cannot be saved either: the panel says so itself.
  const panel = page.getByRole('region', { name: 'Performance Profiler' });
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+P');
  await panel.waitFor({ state: 'visible' });
  await panel.getByRole('combobox', { name: 'Hardware' }).click();
  await page.getByRole('option', { name: /Apple M3 Pro/ }).click();
  const settingsAlert = panel.getByRole('alert', { name: 'Profiler settings are not being saved' });
  await settingsAlert.waitFor({ timeout: 10000 });
  const settingsText = (await settingsAlert.innerText()).replace(/\s+/g, ' ');
  assert(
    settingsText.includes('storage for this site is full') && settingsText.includes('in this tab only'),
    `the panel says its settings are not saved, why, and what it means (${settingsText})`,
  );
  log(`storage full, panel: ${settingsText.slice(0, 160)}`);
  await screenshot('persistence-storage-full');
  await expectNoSeriousViolations(page, rootDir, 'storage full, with the save notices');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached', timeout: 5000 });
  // Checked before the reload: the reloaded page may save its unchanged workflow at once (the same size, so
  // it fits), which removes the marker.
  const marker = await page.evaluate((key) => localStorage.getItem(`${key}.unsaved`), KEY);
  assert(
    marker !== null && marker.includes('"reason":"quota"'),
    `the marker records the failure (${marker})`,
  );
  await page.reload();
  const lost = page.getByRole('alert', { name: 'Your last changes were not saved' });
  await lost.waitFor({ timeout: 10000 });
  await expectNoSeriousViolations(page, rootDir, 'after a reload, with the unsaved-changes report');
  // Room again: the next save succeeds, the marker goes, the report stays until dismissed.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage))
      if (key.startsWith('e2e-fill-')) localStorage.removeItem(key);
  });
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="sd-list-pipeline"]').click();
  await page.waitForFunction((key) => localStorage.getItem(`${key}.unsaved`) === null, KEY, {
    timeout: 10000,
  });
  assert(await lost.isVisible(), 'the report stays until dismissed');
  assert(!(await failing.isVisible()), 'no save failure once a save succeeds');
  await lost.getByRole('button', { name: 'Dismiss' }).click();
  await lost.waitFor({ state: 'detached', timeout: 5000 });
}
