/**
 * The editor with the 10,000-node example (generated on demand) in headless Chromium: the analysis runs in
 * the profiler's Web Worker, no main-thread long task that carries analysis work exceeds 50 ms, Ctrl+P shows
 * the report within 500 ms, and an edit refreshes it within 1 s. Prints `MEASURED` lines with the load
 * average (`uptime`) of this shared machine; the figures are written to docs/performance.md ("Editor").
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { assert, waitForCount } from '../lib/assert';
import {
  describeTaskMarks,
  describeTasks,
  installLongTaskRecorder,
  now,
  readAnalysisMarks,
  readLongTasks,
  tasksHoldingMarks,
  type AnalysisMarkEntry,
  type LongTask,
} from '../lib/mainThreadProbe';
import { median } from '../../web/src/runs/measure/median';
import { readRefresh, watchRefresh } from '../lib/reportRefresh';
import type { ScenarioContext } from '../lib/types';

export const name = 'large-10k';

const NODES = 10_000;
const REPORT = '[data-profiler-state="report"]';
const BADGE = `${REPORT} [role="img"][aria-label^="Grade"]`;
/** Targets of issue #13. */
const MAX_ANALYSIS_TASK_MS = 50;
const MAX_OPEN_MS = 500;
const MAX_EDIT_MS = 1000;
/**
 * The 1 s edit target is asserted (on the median of three edits) when the machine is not oversubscribed at
 * the start of the scenario and before the edits: a 1-minute load average (`os.loadavg`) below its number
 * of cores; the scenario prints which. On a machine other jobs oversubscribe, the figures are logged with
 * the load and only this regression guard is asserted.
 */
const EDIT_REGRESSION_GUARD_MS = 2000;

function loadAverage(): string {
  try {
    return execFileSync('uptime', { encoding: 'utf8' })
      .trim()
      .replace(/^.*load average:\s*/, '');
  } catch {
    return 'unknown';
  }
}

/** Keypress → report badge in the DOM → the end of the next frame (rAF, then a task after the paint). */
async function timeOpen(page: Page): Promise<{ inDomMs: number; paintedMs: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __open: Promise<{ inDomMs: number; paintedMs: number }> };
    w.__open = new Promise((resolve) => {
      let keyAt: number | null = null;
      const check = () => {
        if (
          keyAt === null ||
          !document.querySelector('[data-profiler-state="report"] [role="img"][aria-label^="Grade"]')
        )
          return;
        observer.disconnect();
        const start = keyAt;
        const inDom = performance.now() - start;
        // The frame that shows it: rAF runs before its paint; a message posted from rAF runs after it.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ inDomMs: inDom, paintedMs: performance.now() - start });
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      const onKey = (event: KeyboardEvent) => {
        if (!(event.ctrlKey && event.code === 'KeyP')) return; // the Control keydown comes first
        window.removeEventListener('keydown', onKey, true);
        keyAt = event.timeStamp;
        check();
      };
      window.addEventListener('keydown', onKey, true);
      setTimeout(() => resolve({ inDomMs: -1, paintedMs: -1 }), 30000); // never shown: fails below
    });
  });
  await page.keyboard.press('Control+P');
  return page.evaluate(
    () => (window as unknown as { __open: Promise<{ inDomMs: number; paintedMs: number }> }).__open,
  );
}

function marksBetween(marks: AnalysisMarkEntry[], from: number, to: number): AnalysisMarkEntry[] {
  return marks.filter((mark) => mark.at >= from && mark.at <= to);
}

interface EditMeasurement {
  /** Edit → first refreshed report on screen; with suggestions. */
  ms: number;
  finalMs: number;
  passes: string[];
  marks: AnalysisMarkEntry[];
  analysisTasks: LongTask[];
  allTasks: LongTask[];
}

/** One edit: from its input event to the refreshed report on screen, and the main-thread tasks meanwhile. */
async function measureEdit(page: Page, edit: () => Promise<void>, burst = false): Promise<EditMeasurement> {
  await watchRefresh(page, 30000, burst);
  await edit();
  const refreshed = await readRefresh(page);
  assert(
    refreshed.editAt >= 0 && refreshed.firstPaintedAt >= 0 && refreshed.finalPaintedAt >= 0,
    `the report was refreshed after the edit (${JSON.stringify(refreshed)})`,
  );
  await page.waitForTimeout(300);
  const finalAt = refreshed.finalRenderedAt;
  const marks = marksBetween(await readAnalysisMarks(page), refreshed.editAt, finalAt + 1);
  const allTasks = await readLongTasks(page, refreshed.editAt, finalAt + 300);
  return {
    ms: refreshed.firstPaintedAt - refreshed.editAt,
    finalMs: refreshed.finalPaintedAt - refreshed.editAt,
    passes: marks
      .filter((m) => m.name === 'profiler:received')
      .map(
        (m) => `${Math.round(Number(m.detail?.ms))} ms (engine ${Math.round(Number(m.detail?.engineMs))} ms)`,
      ),
    marks,
    analysisTasks: tasksHoldingMarks(allTasks, marks),
    allTasks,
  };
}

export default async function largeScenario({ page, baseUrl, screenshot, log }: ScenarioContext) {
  const loadAtStart = loadAverage();
  const oneMinuteLoadAtStart = loadavg()[0]!;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await installLongTaskRecorder(page);
  await page.goto(baseUrl);
  await waitForCount(page, '.react-flow__node', (n) => n > 0, 'default example renders');

  // 1. Load the generated example (not analysis: generation, import and the canvas's first render).
  const loadFrom = Date.now();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="large-batch-10000"]').click();
  await page.waitForFunction(
    (label) =>
      document.querySelector('[data-testid="workflow-counts"]')?.textContent?.startsWith(`${label} nodes`),
    NODES.toLocaleString('en-US'),
    { timeout: 60000 },
  );
  const rendered = await waitForCount(
    page,
    '.react-flow__node',
    (n) => n > 0,
    'large example renders nodes',
    60000,
  );
  log(
    `loaded ${NODES} nodes in ${((Date.now() - loadFrom) / 1000).toFixed(1)} s; ${rendered} node cards mounted (only the visible ones)`,
  );
  assert(rendered < NODES, `the canvas mounts only visible nodes (${rendered} of ${NODES})`);
  // Its saved text is over Chromium's localStorage quota: the editor says so and offers the download.
  const saveAlert = page.getByRole('alert', { name: 'Your changes are not being saved' });
  await saveAlert.waitFor({ timeout: 20000 });
  log(`save failure shown: ${(await saveAlert.textContent())?.slice(0, 160)}`);
  await saveAlert.getByRole('button', { name: 'Download workflow' }).waitFor();

  // 2. The background analysis (panel closed): both passes in the worker.
  await page.waitForFunction(
    () =>
      performance
        .getEntriesByName('profiler:stored')
        .some(
          (mark) =>
            (mark as PerformanceMark).detail?.final === true &&
            (mark as PerformanceMark).detail?.nodes === 10000,
        ),
    null,
    { timeout: 60000 },
  );
  assert(
    workers.some((url) => url.includes('profileAnalysis.worker')),
    `the analysis ran in the profiler's worker (workers: ${workers.join(', ') || 'none'})`,
  );
  const marks = await readAnalysisMarks(page);
  const workerPasses = marks.filter(
    (mark) => mark.name === 'profiler:received' && mark.detail?.nodes === NODES,
  );
  const prefetchTasks = tasksHoldingMarks(
    await readLongTasks(page),
    marks.filter((m) => m.detail?.nodes === NODES),
  );
  console.log(
    `  · MEASURED 10,000 nodes, background analysis: passes took ${workerPasses.map((m) => `${Math.round(Number(m.detail?.ms))} ms (engine ${Math.round(Number(m.detail?.engineMs))} ms)`).join(', ')} from post to result; main-thread long tasks holding analysis work: ${describeTasks(prefetchTasks)}`,
  );

  // 3. Ctrl+P → report (the profile is current: computed in the background).
  await page.waitForTimeout(1500);
  const opens: Array<{ inDomMs: number; paintedMs: number }> = [];
  for (let i = 0; i < 3; i += 1) {
    if (i > 0) {
      await page.keyboard.press('Control+P');
      await page.locator(REPORT).waitFor({ state: 'detached' });
      await page.waitForTimeout(1000);
    }
    const from = await now(page);
    opens.push(await timeOpen(page));
    await page.locator(BADGE).waitFor({ state: 'visible' });
    const tasks = await readLongTasks(page, from, await now(page));
    log(`open ${i + 1}: long tasks ${describeTasks(tasks)}`);
  }
  console.log(
    `  · MEASURED 10,000 nodes: Control+P → report painted in ${opens.map((o) => Math.round(o.paintedMs)).join(', ')} ms (in the DOM after ${opens.map((o) => Math.round(o.inDomMs)).join(', ')} ms; first = first open of the panel; target ≤ ${MAX_OPEN_MS} ms)`,
  );
  await waitForCount(page, `${REPORT} figure svg.recharts-surface`, (n) => n >= 3, 'charts render', 30000);
  const rows = await page.locator(`${REPORT} table[aria-label="Nodes"] tbody tr[data-node-id]`).count();
  assert(rows > 0 && rows <= 100, `the node table renders one page of rows (${rows})`);
  await page.waitForTimeout(800);
  await screenshot('large-10k-report');

  // 4. Edits with the panel open → refreshed report (three, a few seconds apart, as someone tuning a value).
  const table = page.locator(`${REPORT} table[aria-label="Nodes"]`);
  const row = table.locator('tbody tr[data-node-id]').first();
  const editedId = await row.getAttribute('data-node-id');
  await row.click();
  const param = page.getByTestId('inspector').locator('input[data-param][inputmode="decimal"]').first();
  assert((await param.count()) === 1, `node "${editedId}" has a numeric parameter to edit`);
  // Each value differs from the one before it, so every edit changes the workflow.
  const start = Math.max(1, Math.round(Number(await param.inputValue()) || 1));
  const oneMinuteLoadBeforeEdits = loadavg()[0]!;
  const edits: EditMeasurement[] = [];
  for (const value of [start + 1, start + 2, start]) {
    await page.waitForTimeout(1500);
    edits.push(await measureEdit(page, () => param.fill(String(value))));
  }
  const editMs = median(edits.map((e) => e.ms))!;
  console.log(
    `  · MEASURED 10,000 nodes, edits with the panel open: report refreshed on screen ${edits.map((e) => Math.round(e.ms)).join(', ')} ms after the edit (median ${Math.round(editMs)} ms; one edit after a pause is analysed at once, without the 300 ms debounce of a burst; with suggestions ${edits.map((e) => Math.round(e.finalMs)).join(', ')} ms); worker passes ${edits.map((e) => e.passes.join(' + ')).join('; ')}; long tasks holding analysis work: ${describeTasks(edits.flatMap((e) => e.analysisTasks))}; all long tasks in the windows: ${edits.map((e) => describeTasks(e.allTasks)).join('; ')} (target ≤ ${MAX_EDIT_MS} ms)`,
  );
  for (const edit of edits)
    if (edit.analysisTasks.length > 0) log(`edit: ${describeTaskMarks(edit.analysisTasks, edit.marks)}`);
  // Typing: two keystrokes 120 ms apart. The first is analysed at once, the burst's end after a 300 ms pause;
  // timed from the last keystroke to the report of the value typed (reported, not held to the target).
  await page.waitForTimeout(1500);
  await param.click();
  await page.keyboard.press('ControlOrMeta+A');
  const typed = await measureEdit(
    page,
    () => param.pressSequentially(String(start + 10), { delay: 120 }),
    true,
  );
  console.log(
    `  · MEASURED 10,000 nodes, typing "${start + 10}" (keys 120 ms apart): report of the typed value on screen ${Math.round(typed.ms)} ms after the last key (the 300 ms pause included; with suggestions ${Math.round(typed.finalMs)} ms); long tasks holding analysis work: ${describeTasks(typed.analysisTasks)}`,
  );
  const loadAtEnd = loadAverage();
  console.log(
    `  · MEASURED conditions: headless Chromium, ${cpus().length} cores shared with other jobs, load average ${loadAtStart} at start, ${loadAtEnd} at end`,
  );
  await screenshot('large-10k-after-edit');

  const analysisTasks = [...prefetchTasks, ...edits.flatMap((e) => e.analysisTasks), ...typed.analysisTasks];
  const worst = Math.max(0, ...analysisTasks.map((task) => task.duration));
  assert(
    worst <= MAX_ANALYSIS_TASK_MS,
    `no main-thread long task with analysis work over ${MAX_ANALYSIS_TASK_MS} ms (longest ${Math.round(worst)} ms)`,
  );
  const slowOpen = opens.some((o) => o.paintedMs < 0)
    ? Number.POSITIVE_INFINITY
    : Math.max(...opens.map((o) => o.paintedMs));
  assert(
    slowOpen <= MAX_OPEN_MS,
    `Control+P → report within ${MAX_OPEN_MS} ms (slowest ${Math.round(slowOpen)} ms)`,
  );
  const quiet = Math.max(oneMinuteLoadAtStart, oneMinuteLoadBeforeEdits) < cpus().length;
  console.log(
    `  · 1 s edit target ${quiet ? 'asserted' : 'not asserted (machine oversubscribed)'}: 1-minute load ${oneMinuteLoadAtStart.toFixed(2)} at start, ${oneMinuteLoadBeforeEdits.toFixed(2)} before the edits, ${cpus().length} cores`,
  );
  if (quiet) {
    assert(
      editMs <= MAX_EDIT_MS,
      `edit → refreshed report on screen within ${MAX_EDIT_MS} ms (median ${Math.round(editMs)} ms of ${edits.length} edits)`,
    );
  } else {
    if (editMs > MAX_EDIT_MS)
      console.log(
        `  · TARGET MISSED on an oversubscribed machine (load ${loadAtStart} on ${cpus().length} cores): edit → refreshed report median ${Math.round(editMs)} ms, target ${MAX_EDIT_MS} ms`,
      );
    assert(
      editMs <= EDIT_REGRESSION_GUARD_MS,
      `edit → refreshed report within the ${EDIT_REGRESSION_GUARD_MS} ms regression guard on an oversubscribed machine (median ${Math.round(editMs)} ms; target ${MAX_EDIT_MS} ms)`,
    );
  }
}
