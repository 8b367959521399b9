/**
 * Where the store's analysis passes run. The store hands each pass to a `ProfileAnalyser`: on this thread
 * (`createMainThreadAnalyser`: jsdom, SSR, browsers without module workers) or in a Web Worker
 * (`createWorkerAnalyser`). Both call `runProfileRequest`, so they give the same profile.
 */
import type { MetricTable, Profile } from '../../../profiling';
import { runProfileRequest, type AnalysisRequest } from './analysisRequest';

/** One pass the store wants. */
export interface AnalysisJob {
  request: AnalysisRequest;
  /** The store's metric table: the built-in one plus every registered rule (`request.metricRules` and any with functions). */
  metrics: MetricTable;
  /**
   * False when a registered rule holds functions (an `estimate` or `emitsItems`): they cannot be posted, so
   * the pass runs on this thread with `metrics`.
   */
  postable: boolean;
  /** Asked before the pass starts (and while it runs): false when a newer analysis superseded it. */
  isWanted: () => boolean;
}

export interface ProfileAnalyser {
  /** Where passes run: `worker`, or `main` (this thread). */
  readonly thread: 'main' | 'worker';
  /**
   * Runs one pass. Resolves to the profile, or to null when the job was superseded before it ran (or while
   * it ran, if the analyser stopped it). Rejects with what the engine threw (a coded `ProfileError` for bad
   * input), whichever thread ran it.
   */
  analyse(job: AnalysisJob): Promise<Profile | null>;
  /** Stops any worker. The analyser must not be used afterwards. */
  dispose(): void;
}

/** Runs every pass on the calling thread (the behaviour before the worker, and the fallback). */
export function createMainThreadAnalyser(): ProfileAnalyser {
  return {
    thread: 'main',
    analyse: (job) =>
      new Promise((resolve) => {
        resolve(job.isWanted() ? runProfileRequest(job.request, job.metrics) : null);
      }),
    dispose: () => undefined,
  };
}
