/**
 * The browser's live-run runner: each run in a module Web Worker (Vite bundles the worker from this URL).
 * Kept out of files that Jest loads (`import.meta` is an ES-module feature); main.tsx passes it in.
 */
import { createWorkerLiveRunner, type LiveRunner, type WorkerLike } from '../../../runs/live';

export function createBrowserLiveRunner(): LiveRunner | undefined {
  if (typeof Worker === 'undefined') return undefined;
  return createWorkerLiveRunner(
    () =>
      new Worker(new URL('./liveRun.worker.ts', import.meta.url), {
        type: 'module',
        name: 'nodetool-live-run',
      }) as unknown as WorkerLike,
  );
}
