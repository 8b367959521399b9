/**
 * Exports in a real browser: the panel's Export menu downloads the profile as JSON, the node table as CSV and a
 * Chrome trace; the trace is then opened by Chromium's own trace importer (the DevTools trace engine bundled in
 * /usr/bin/chromium, `models/trace`, which the Performance panel uses) and checked track by track, and shown in
 * the DevTools Performance panel for a screenshot. chrome://tracing is disabled in this Chromium build and
 * Perfetto's UI needs the network, so neither is used.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { checkTraceFormat } from '../../web/src/exports/__tests__/traceFormat';
import type { ChromeTrace } from '../../web/src/exports';
import { assert, assertEqual, waitForGraph } from '../lib/assert';
import type { ScenarioContext } from '../lib/types';

export const name = 'exports';

const REPORT = '[data-profiler-state="report"]';

async function download(page: Page, item: RegExp): Promise<{ file: string; text: string }> {
  const panel = page.getByRole('region', { name: 'Performance Profiler' });
  await panel.getByRole('button', { name: 'Export profile' }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const path = await file.path();
  assert(path, `download of ${item} saved`);
  return { file: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

interface ImportedTrack {
  pid: number;
  process: string | undefined;
  threads: { tid: number; name: string | null; entries: number; roots: number | null }[];
}

/** The part of the DevTools trace engine's parsed data read here (its types are not published). */
interface DevToolsTraceData {
  Renderer: {
    processes: Map<
      number,
      { threads: Map<number, { name?: string; entries: unknown[]; tree?: { roots: Set<unknown> } }> }
    >;
  };
  Meta: { processNames: Map<number, { args?: { name?: string } }> };
  Warnings: { perWarning: Map<string, unknown[]> };
}

/** Opens Chromium's DevTools trace engine in a page and parses the events the way the Performance panel does. */
async function importWithDevTools(page: Page, trace: ChromeTrace) {
  await page.goto('devtools://devtools/bundled/trace_app.html');
  return page.evaluate(async (events): Promise<{ processes: ImportedTrack[]; warnings: string[] }> => {
    // Chromium's bundled DevTools modules (not this app's code): the trace engine of the Performance panel.
    const modulePath = './models/trace/trace.js';
    const T = await import(/* @vite-ignore */ modulePath);
    const model = T.TraceModel.Model.createWithAllHandlers();
    await model.parse(events);
    const data = model.parsedTrace(0).data as DevToolsTraceData;
    const processes = [...data.Renderer.processes.entries()].map(([pid, process]) => ({
      pid,
      process: data.Meta.processNames.get(pid)?.args?.name,
      threads: [...process.threads.entries()].map(([tid, thread]) => ({
        tid,
        name: thread.name ?? null,
        entries: thread.entries.length,
        roots: thread.tree ? thread.tree.roots.size : null,
      })),
    }));
    const warnings = [...data.Warnings.perWarning.entries()].map(([kind, list]) => `${kind}: ${list.length}`);
    return { processes, warnings };
  }, trace.traceEvents as unknown[]);
}

/** Loads the trace file into the DevTools Performance panel (its "Load profile" path) for a screenshot. */
async function showInPerformancePanel(page: Page, text: string): Promise<void> {
  await page.goto('devtools://devtools/bundled/trace_app.html');
  // The app registers its locale and views asynchronously: wait for its Performance tab.
  await page.getByRole('tab', { name: 'Performance' }).waitFor({ state: 'visible', timeout: 20000 });
  await page.evaluate(async (body) => {
    const uiPath = './ui/legacy/legacy.js';
    const timelinePath = './panels/timeline/timeline.js';
    const UI = await import(/* @vite-ignore */ uiPath);
    await UI.ViewManager.ViewManager.instance().showView('timeline');
    const Timeline = await import(/* @vite-ignore */ timelinePath);
    await Timeline.TimelinePanel.TimelinePanel.instance().loadFromFile(
      new File([body], 'profile.trace.json', { type: 'application/json' }),
    );
  }, text);
  await page.waitForTimeout(1500);
  // Close the flame chart's shortcut hints and open the first track group (drawn on a canvas: by position).
  await page.keyboard.press('Escape');
  await page.mouse.click(252, 129);
  await page.waitForTimeout(500);
  await page.mouse.click(252, 129);
  await page.waitForTimeout(500);
  // Then its lanes, bottom first so the rows above do not move (21 px apart).
  for (const y of [188, 167, 146]) {
    await page.mouse.click(262, y);
    await page.waitForTimeout(300);
  }
}

export default async function exportsScenario({ page, baseUrl, screenshot, rootDir, log }: ScenarioContext) {
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example-id="sd-list-pipeline"]').click();
  const example = JSON.parse(
    readFileSync(join(rootDir, 'web/src/examples/sd-list-pipeline.json'), 'utf8'),
  ) as {
    graph: { nodes: { id: string }[]; edges: unknown[] };
  };
  await waitForGraph(page, example.graph.nodes.length, example.graph.edges.length, 'poster example');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+P');
  await page.locator(REPORT).waitFor({ state: 'visible', timeout: 15000 });

  const exportButton = page.getByRole('button', { name: 'Export profile' });
  await exportButton.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => !document.querySelector<HTMLButtonElement>('button[aria-label="Export profile"]')?.disabled,
    undefined,
    { timeout: 15000 },
  );
  await exportButton.click();
  await page.getByRole('menu').waitFor({ state: 'visible' });
  await page.waitForTimeout(400); // the menu's fade-in
  await screenshot('exports-menu');
  await page.keyboard.press('Escape');

  const json = await download(page, /Profile \(JSON\)/);
  assertEqual(json.file, 'profile-workflow-wpp-example-sd-list.json', 'JSON file name');
  const profile = JSON.parse(json.text) as {
    schemaVersion: number;
    nodes: { id: string }[];
    runs: unknown[];
  };
  assertEqual(profile.schemaVersion, 1, 'JSON schemaVersion');
  assertEqual(profile.nodes.length, example.graph.nodes.length, 'JSON has every node');
  log(`JSON: ${json.text.length} characters, ${profile.nodes.length} nodes`);

  // The download opens again in the panel (Open saved), read-only, with the same grade.
  const grade = await page
    .getByRole('region', { name: 'Performance Profiler' })
    .getByRole('img', { name: /^Grade [A-F], score \d+ of 100$/ })
    .first()
    .getAttribute('aria-label');
  await page.getByLabel('Saved profile file').setInputFiles({
    name: json.file,
    mimeType: 'application/json',
    buffer: Buffer.from(json.text),
  });
  const dialog = page.getByRole('dialog', { name: /^Saved profile/ });
  await dialog.waitFor({ state: 'visible' });
  await dialog.getByRole('img', { name: grade ?? '' }).waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  await screenshot('exports-open-saved');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });
  log(`Open saved: ${grade}`);

  const csv = await download(page, /Node table \(CSV\)/);
  const rows = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
  assertEqual(rows.errors.length, 0, 'CSV parses');
  assertEqual(
    rows.data.map((row) => row.id).join(','),
    profile.nodes.map((node) => node.id).join(','),
    'one CSV row per node, in order',
  );
  log(`CSV: ${csv.file}, ${rows.data.length} rows`);

  const traceFile = await download(page, /Chrome trace/);
  assert(traceFile.file.endsWith('.trace.json'), `trace file name ${traceFile.file}`);
  const trace = JSON.parse(traceFile.text) as ChromeTrace;
  const problems = checkTraceFormat(trace);
  assertEqual(problems.join('; '), '', 'the trace follows the Trace Event Format');
  const slices = trace.traceEvents.filter((event) => event.ph === 'X');

  // Chromium's own importer: every slice lands on a named thread of the named estimate process, none nested.
  const devtools = await page.context().newPage();
  const imported = await importWithDevTools(devtools, trace);
  assertEqual(imported.warnings.join('; '), '', 'DevTools trace engine raised no warning');
  assertEqual(imported.processes.length, 1, 'one process (the estimate; no run recorded here)');
  const estimate = imported.processes[0]!;
  assert(
    /^Estimated schedule on .*\(estimate\)$/.test(estimate.process ?? ''),
    `process name ${estimate.process}`,
  );
  const importedEntries = estimate.threads.reduce((sum, thread) => sum + thread.entries, 0);
  assertEqual(importedEntries, slices.length, 'DevTools imported every slice');
  for (const thread of estimate.threads) {
    assert(thread.name && /^(GPU lane|Worker) \d+/.test(thread.name), `thread named: ${thread.name}`);
    assertEqual(thread.roots, thread.entries, `no slice nested in another on ${thread.name}`);
  }
  log(`DevTools trace engine: ${estimate.threads.map((t) => `${t.name} ${t.entries}`).join(', ')}`);

  // A trace with measured runs, from the CLI (two real recordings of the diamond workflow): each run is a
  // process of its own; the diamond's parallel branches sit on two tracks.
  const runs = join(rootDir, 'web/src/runs/__fixtures__/nodetool-runs');
  const cli = spawnSync(
    'npx',
    [
      'tsx',
      'scripts/profile.ts',
      join(runs, '02-diamond.workflow.json'),
      '--run',
      join(runs, '02-diamond.jsonl'),
      '--run',
      join(runs, '07-diamond-repeat-1.jsonl'),
      '--format',
      'trace',
    ],
    { cwd: rootDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assertEqual(cli.status, 0, `CLI --format trace exit (${cli.stderr})`);
  const withRuns = await importWithDevTools(devtools, JSON.parse(cli.stdout) as ChromeTrace);
  assertEqual(withRuns.warnings.join('; '), '', 'DevTools trace engine raised no warning (runs)');
  assertEqual(
    withRuns.processes.map((p) => (p.process ?? '').replace(/:.*/, '')).join(' | '),
    'Estimated schedule on NVIDIA RTX 4090 24GB (estimate) | Run 1 | Run 2',
    'one process for the estimate and one per run',
  );
  for (const process of withRuns.processes.slice(1)) {
    assert(process.threads.length >= 2, `${process.process}: parallel branches on separate tracks`);
    for (const thread of process.threads)
      assertEqual(thread.roots, thread.entries, `${thread.name}: not nested`);
  }
  log(
    `DevTools trace engine, with runs: ${withRuns.processes.map((p) => `${p.process} (${p.threads.length} tracks)`).join('; ')}`,
  );

  await devtools.setViewportSize({ width: 1440, height: 700 });
  await showInPerformancePanel(devtools, traceFile.text);
  await devtools.screenshot({ path: join(rootDir, 'e2e/screenshots/exports-devtools-performance.png') });
  log('screenshot e2e/screenshots/exports-devtools-performance.png');
  await devtools.close();
}
