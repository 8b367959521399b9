/**
 * `npm run check:embed` (a CI step): the package as a host gets it. Builds the library (`build:lib`),
 * `npm pack`s it, installs the tarball into a temporary copy of examples/embed (with the host's own React,
 * MUI, React Flow and Zustand), type-checks and builds that host, imports the engine from plain Node — once
 * in the host and once with nothing but the package installed — and opens the built host in headless
 * Chromium: the panel must render the same grade as the engine, the hook must report it, and the panel's text
 * must use the theme's font although the page loads no base CSS. Screenshot: e2e/screenshots/embed-host.png.
 *
 * Set KEEP_EMBED=1 to keep the temporary host (its path is printed).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { launchBrowser } from '../../e2e/lib/browser';
import { findFreePort, startPreview, type PreviewServer } from '../../e2e/lib/server';
import { buildLibrary, PACKAGE_DIR, ROOT_DIR } from './buildLib';
import type { Manifest } from './checkPackageImports';
import { checkHostVersions } from './checkHostVersions';

const EMBED_DIR = join(ROOT_DIR, 'examples/embed');
const SCREENSHOT = join(ROOT_DIR, 'e2e/screenshots/embed-host.png');
/** The file name examples/embed/package.json installs the package from. */
const TARBALL_NAME = 'workflow-performance-profiler.tgz';
/** MUI's default theme font stack: what the panel's text must use without the host's CSS. */
const THEME_FONT = '"Roboto", "Helvetica", "Arial", sans-serif';
const PANEL_TIMEOUT_MS = 30_000;

interface EngineResult {
  grade: string | null;
  score: number | null;
  nodes: number;
  hardware: string;
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`check:embed: ${line} (t+${elapsed()})`);

/**
 * The environment of the host's commands: without NODE_ENV, which Vite's build (build:lib, in this process)
 * sets to "production" — npm install would then skip the host's devDependencies.
 */
function hostEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_ENV;
  return env;
}

/** Runs a command; throws with its output when it fails. Returns stdout. */
function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    env: hostEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal}):\n` +
        `${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function timed<T>(label: string, action: () => T): T {
  const t0 = Date.now();
  const value = action();
  log(`${label} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return value;
}

function packLibrary(destination: string): string {
  const output = run('npm', ['pack', '--json', '--pack-destination', destination], PACKAGE_DIR);
  const [packed] = JSON.parse(output) as { filename: string; size: number; files: { path: string }[] }[];
  if (!packed) throw new Error(`npm pack printed no package:\n${output}`);
  const paths = new Set(packed.files.map((file) => file.path));
  for (const required of ['package.json', 'dist/index.js', 'dist/engine.js', 'dist/types/lib/index.d.ts']) {
    if (!paths.has(required)) throw new Error(`The packed tarball has no ${required}.`);
  }
  log(`packed ${packed.filename}: ${(packed.size / 1024).toFixed(0)} kB, ${packed.files.length} files`);
  return join(destination, basename(packed.filename));
}

function parseEngineOutput(output: string, where: string): EngineResult {
  try {
    return JSON.parse(output.trim()) as EngineResult;
  } catch {
    throw new Error(`engine-check.mjs ${where} printed no JSON:\n${output}`);
  }
}

/** The engine from plain Node, inside the host and then with no other package installed at all. */
function checkEngineFromNode(hostDir: string, workDir: string): EngineResult {
  const inHost = parseEngineOutput(run('node', ['engine-check.mjs'], hostDir), 'in the host');
  const isolated = join(workDir, 'engine-only');
  mkdirSync(join(isolated, 'node_modules'), { recursive: true });
  mkdirSync(join(isolated, 'src'));
  cpSync(
    join(hostDir, 'node_modules/workflow-performance-profiler'),
    join(isolated, 'node_modules/workflow-performance-profiler'),
    { recursive: true },
  );
  copyFileSync(join(hostDir, 'engine-check.mjs'), join(isolated, 'engine-check.mjs'));
  copyFileSync(join(hostDir, 'src/workflow.json'), join(isolated, 'src/workflow.json'));
  const alone = parseEngineOutput(
    run('node', ['engine-check.mjs'], isolated),
    'with only the package installed',
  );
  if (JSON.stringify(alone) !== JSON.stringify(inHost)) {
    throw new Error(`The engine alone gave ${JSON.stringify(alone)}, in the host ${JSON.stringify(inHost)}.`);
  }
  if (inHost.grade === null) throw new Error(`The engine gave no grade: ${JSON.stringify(inHost)}.`);
  log(`plain Node imports the engine (also with no other package installed): ${JSON.stringify(inHost)}`);
  return inHost;
}

async function checkInBrowser(server: PreviewServer, engine: EngineResult): Promise<void> {
  const browser = await launchBrowser();
  const errors: string[] = [];
  try {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    const t0 = Date.now();
    await page.goto(server.url);
    const panel = page.getByRole('region', { name: 'Performance Profiler' });
    const expected = `Grade ${engine.grade}, score ${engine.score} of 100`;
    const badge = panel.getByRole('img', { name: /^Grade / });
    await badge.waitFor({ timeout: PANEL_TIMEOUT_MS });
    const shown = await badge.getAttribute('aria-label');
    if (shown !== expected)
      throw new Error(`The panel shows "${shown}"; the engine in Node gave "${expected}".`);
    log(`the panel renders "${shown}" ${Date.now() - t0} ms after navigation`);

    const hookText = `grade ${engine.grade} (score ${engine.score}), ${engine.nodes} nodes estimated`;
    await page
      .getByTestId('hook-status')
      .filter({ hasText: hookText })
      .waitFor({ timeout: PANEL_TIMEOUT_MS });
    log(`the hook reports "${hookText}"`);

    const fonts = await page.evaluate(() => {
      const label = document.querySelector('[role="img"][aria-label^="Grade "] span');
      const root = document.querySelector('[data-profiler-root]');
      return {
        badge: label ? getComputedStyle(label).fontFamily : null,
        panelRoot: root ? getComputedStyle(root).fontFamily : null,
        panelBoxSizing: root ? getComputedStyle(root).boxSizing : null,
        page: getComputedStyle(document.body).fontFamily,
      };
    });
    // Computed styles drop the quotes around family names.
    const unquoted = (family: string | null) => family?.replace(/"/g, '') ?? null;
    if (
      unquoted(fonts.badge) !== unquoted(THEME_FONT) ||
      unquoted(fonts.panelRoot) !== unquoted(THEME_FONT)
    ) {
      throw new Error(
        `Without the host's CSS the grade badge uses ${fonts.badge} and the panel ${fonts.panelRoot}; ` +
          `both should use the theme's ${THEME_FONT}.`,
      );
    }
    if (fonts.panelBoxSizing !== 'border-box') {
      throw new Error(`The panel's box-sizing is ${fonts.panelBoxSizing}, not border-box.`);
    }
    log(`fonts: grade badge and panel ${fonts.badge}; the host page itself ${fonts.page}`);

    mkdirSync(join(ROOT_DIR, 'e2e/screenshots'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    log(`screenshot ${SCREENSHOT}`);

    // The host's onSelectNode: a table row selects its node on the host's React Flow canvas.
    await panel.locator('tbody tr[data-node-id="sdxl"]').click();
    await page.locator('.react-flow__node.selected[data-id="sdxl"]').waitFor({ timeout: 5000 });
    log('a table row selects its node on the host canvas (onSelectNode)');
    if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
  } finally {
    const t0 = Date.now();
    await browser.close();
    log(`closed Chromium in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

async function main(): Promise<void> {
  const readManifest = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  const versionProblems = checkHostVersions(
    readManifest(join(EMBED_DIR, 'package.json')),
    readManifest(join(ROOT_DIR, 'package.json')),
  );
  if (versionProblems.length > 0) throw new Error(versionProblems.join('\n'));
  log('build:lib …');
  const problems = await buildLibrary((line) => console.log(line));
  if (problems.length > 0) throw new Error(`build:lib found problems:\n${problems.join('\n')}`);

  const workDir = mkdtempSync(join(tmpdir(), 'wpp-embed-'));
  const hostDir = join(workDir, 'embed');
  let server: PreviewServer | undefined;
  try {
    const tarball = timed('npm pack', () => packLibrary(workDir));
    cpSync(EMBED_DIR, hostDir, {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|dist)$|\.tgz$/.test(source),
    });
    copyFileSync(tarball, join(hostDir, TARBALL_NAME));
    timed('npm install of the tarball and the host dependencies', () =>
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], hostDir),
    );
    timed('host type check against the package .d.ts (tsc --noEmit)', () =>
      run('npm', ['run', '-s', 'typecheck'], hostDir),
    );
    timed('host build (vite build)', () =>
      run('npm', ['run', '-s', 'build', '--', '--logLevel', 'warn'], hostDir),
    );
    const engine = checkEngineFromNode(hostDir, workDir);
    server = await startPreview(hostDir, await findFreePort());
    log(`serving the host at ${server.url} (vite preview, pid ${server.pid})`);
    await checkInBrowser(server, engine);
  } finally {
    await server?.stop();
    if (process.env.KEEP_EMBED === '1') log(`kept ${workDir}`);
    else timed('removed the temporary host', () => rmSync(workDir, { recursive: true, force: true }));
  }
  log('passed');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`check:embed FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
