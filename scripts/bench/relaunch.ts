/**
 * Benchmarks run the engine as it ships: bundled by esbuild (as Vite's production build bundles it), not
 * through tsx, whose on-the-fly transform keeps function names by wrapping every closure creation in a
 * `__name(...)` call — a cost in the engine's hot paths that no user ever pays. `relaunchBundled` bundles the
 * calling script with its imports into a temporary file and runs that in a child Node process (with a larger
 * heap and other V8 flags when asked); in the child it returns at once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './bundleForNode';

const BUNDLED_ENV = 'PROFILER_BENCH_BUNDLED';
const ROOT_ENV = 'PROFILER_REPO_ROOT';

/** The repository root, in the launcher and in the bundled child alike. */
export function repoRoot(): string {
  const fromEnv = process.env[ROOT_ENV];
  if (fromEnv) return fromEnv;
  return resolve(dirname(fileURLToPath(import.meta.url)), '../..');
}

/**
 * In the launcher: bundle `scriptUrl` (pass `import.meta.url`), run the bundle with the same arguments and
 * exit with its status. In the bundled child: return.
 */
export function relaunchBundled(
  scriptUrl: string,
  options: { heapMb?: number; v8Flags?: string[] } = {},
): void {
  if (process.env[BUNDLED_ENV] === '1') return;
  const dir = mkdtempSync(join(tmpdir(), 'profiler-bench-'));
  const outfile = join(dir, 'bench.cjs');
  try {
    bundleForNode(fileURLToPath(scriptUrl), outfile);
    const flags = [
      ...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []),
      ...(options.v8Flags ?? []),
    ];
    const child = spawnSync(process.execPath, [...flags, outfile, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [BUNDLED_ENV]: '1', [ROOT_ENV]: repoRoot() },
    });
    process.exitCode = child.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit();
}
