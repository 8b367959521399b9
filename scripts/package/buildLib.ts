/**
 * `npm run build:lib`: builds the installable package in packages/profiler — ES modules (vite.lib.config.ts),
 * .d.ts files (tsconfig.lib.json) with explicit relative specifiers — and checks the build against the
 * package's manifest (declared imports, versions, a framework-free engine). Exits non-zero with the reasons
 * when anything is off. `npm pack` in packages/profiler then gives the tarball.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import {
  checkEmittedAssets,
  checkPackageImports,
  type ChunkInfo,
  type Manifest,
} from './checkPackageImports';
import { rewriteDeclarationTree } from './rewriteDeclarationSpecifiers';

export const ROOT_DIR = resolve(import.meta.dirname, '../..');
export const PACKAGE_DIR = join(ROOT_DIR, 'packages/profiler');
const DIST_DIR = join(PACKAGE_DIR, 'dist');

const readManifest = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;

function totalBytes(dir: string, suffix: string): number {
  return readdirSync(dir).reduce((sum, entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sum + totalBytes(path, suffix);
    return entry.endsWith(suffix) ? sum + statSync(path).size : sum;
  }, 0);
}

interface BuildOutput {
  chunks: ChunkInfo[];
  assets: string[];
}

async function bundle(): Promise<BuildOutput> {
  const result = await build({
    configFile: join(ROOT_DIR, 'vite.lib.config.ts'),
    root: ROOT_DIR,
    logLevel: 'warn',
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const items = outputs.flatMap((output) => output.output);
  return {
    chunks: items.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk'),
    assets: items.filter((item) => item.type === 'asset').map((item) => item.fileName),
  };
}

function emitDeclarations(): void {
  const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.lib.json'], { cwd: ROOT_DIR, encoding: 'utf8' });
  if (tsc.status !== 0) {
    throw new Error(`tsc -p tsconfig.lib.json failed (exit ${tsc.status}):\n${tsc.stdout}${tsc.stderr}`);
  }
}

/** Builds and checks the package; returns the problems found (empty when the package is good). */
export async function buildLibrary(log: (line: string) => void = console.log): Promise<string[]> {
  const started = Date.now();
  const { chunks, assets } = await bundle();
  const lib = readManifest(join(PACKAGE_DIR, 'package.json'));
  const report = checkPackageImports(chunks, lib, readManifest(join(ROOT_DIR, 'package.json')));
  emitDeclarations();
  const rewritten = rewriteDeclarationTree(join(DIST_DIR, 'types'));
  for (const [entry, packages] of Object.entries(report.packagesByEntry)) {
    log(`  ${entry.padEnd(7)} imports ${packages.length === 0 ? 'no package' : packages.join(', ')}`);
  }
  log(
    `build:lib: ${chunks.length} chunks, ${(totalBytes(DIST_DIR, '.js') / 1024).toFixed(0)} kB of JS, ` +
      `${(totalBytes(join(DIST_DIR, 'types'), '.d.ts') / 1024).toFixed(0)} kB of .d.ts ` +
      `(${rewritten} files with rewritten specifiers) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return [...report.problems, ...checkEmittedAssets(assets, lib)];
}

async function main(): Promise<number> {
  const problems = await buildLibrary();
  for (const problem of problems) console.error(`build:lib: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`build:lib: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
