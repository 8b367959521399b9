/**
 * The browser's profile analyser: every analysis pass in a module Web Worker (Vite bundles the worker from
 * this URL), so the main thread stays free while a large workflow is analysed. Kept out of files that Jest
 * loads (`import.meta` is an ES-module feature); main.tsx installs it. Without `Worker` (SSR, old
 * browsers) it returns undefined and the store analyses on the main thread.
 */
import { createWorkerAnalyser, type ProfileAnalyser } from '../../components/profiling';

export function createBrowserAnalyser(): ProfileAnalyser | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return createWorkerAnalyser({
    createWorker: () =>
      new Worker(new URL('../../stores/profile/analysis/profileAnalysis.worker.ts', import.meta.url), {
        type: 'module',
        name: 'profile-analysis',
      }),
    onWorkerFailure: (reason) => console.warn(`[profiler] ${reason}; analysing on the main thread instead.`),
  });
}
