/**
 * Bundle a script with its imports into one CommonJS file for Node 20, as the engine ships (Vite's production
 * build bundles it with esbuild too). Used by the bench launcher (relaunch.ts) and by the test that checks
 * the engine stays optimised across garbage collections.
 */
import { buildSync } from 'esbuild';

export function bundleForNode(entry: string, outfile: string): void {
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
}
