/**
 * Analysis in a Web Worker (comlink over `postMessage`). One pass runs at a time; passes wait in a queue,
 * and a queued pass whose analysis was superseded (its `isWanted()` turned false) is dropped without
 * running. A superseded pass that is already running is let finish when it is short (the worker stays warm,
 * which costs less than a fresh one), and stopped by terminating the worker once it has run `abandonAfterMs`.
 * Passes whose metric rules hold functions, and every pass after the worker failed to start or crashed, run
 * on the fallback (this thread).
 */
import { wrap, releaseProxy, type Endpoint, type Remote } from 'comlink';
import type { Profile } from '../../../profiling';
import { fromAnalysisFailure } from './analysisOutcome';
import { markAnalysis } from './markAnalysis';
import { runInParts, type PostedGraph } from './runInParts';
import type { AnalysisService } from './analysisService';
import { createMainThreadAnalyser, type AnalysisJob, type ProfileAnalyser } from './profileAnalyser';

/** A worker (or a MessagePort in tests): a comlink endpoint that can be stopped and can report a crash. */
export interface AnalysisWorkerLike extends Endpoint {
  terminate(): void;
}

export interface WorkerAnalyserOptions {
  /** Creates the worker; called on the first pass and again after a superseded pass was stopped. */
  createWorker: () => AnalysisWorkerLike;
  /** Runs the passes the worker cannot. @default createMainThreadAnalyser() */
  fallback?: ProfileAnalyser;
  /**
   * A superseded pass still running after this long is stopped (the worker is terminated and a fresh one
   * takes the next pass). Assumption: a pass of the 10,000-node example takes well under 300 ms in the
   * worker, so only pathological graphs (100k nodes and more) are stopped. @default 1000
   */
  abandonAfterMs?: number;
  /** Told once when the worker cannot be used (passes then run on the fallback). */
  onWorkerFailure?: (reason: string) => void;
}

interface QueuedJob {
  job: AnalysisJob;
  resolve: (profile: Profile | null) => void;
  reject: (error: unknown) => void;
}

interface RunningJob extends QueuedJob {
  startedAt: number;
}

interface Connection {
  worker: AnalysisWorkerLike;
  remote: Remote<AnalysisService>;
  /** The graph the worker holds (so the second pass of an analysis does not post it again). */
  posted: { current: PostedGraph | null };
}

export function createWorkerAnalyser(options: WorkerAnalyserOptions): ProfileAnalyser {
  const fallback = options.fallback ?? createMainThreadAnalyser();
  const abandonAfterMs = options.abandonAfterMs ?? 1000;
  const queue: QueuedJob[] = [];
  let connection: Connection | null = null;
  let running: RunningJob | null = null;
  let broken = false;
  let abandonTimer: ReturnType<typeof setTimeout> | undefined;

  const fail = (reason: string) => {
    if (broken) return;
    broken = true;
    options.onWorkerFailure?.(reason);
  };

  const disconnect = () => {
    if (!connection) return;
    const { worker, remote } = connection;
    connection = null;
    remote[releaseProxy]();
    worker.terminate();
  };

  const connect = (): Connection | null => {
    if (connection) return connection;
    if (broken) return null;
    try {
      const worker = options.createWorker();
      const current: Connection = {
        worker,
        remote: wrap<AnalysisService>(worker),
        posted: { current: null },
      };
      worker.addEventListener('error', (event) => {
        if (connection !== current) return;
        const message = (event as { message?: string }).message;
        disconnect();
        fail(`the analysis worker failed: ${message ?? 'unknown error'}`);
        // The pass it was running is not lost: run it here.
        const lost = running;
        running = null;
        if (lost) settle(lost, fallback.analyse(lost.job));
        pump();
      });
      connection = current;
      return current;
    } catch (error) {
      fail(`the analysis worker could not start: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };

  const settle = (entry: QueuedJob, result: Promise<Profile | null>) => {
    result.then(entry.resolve, entry.reject);
  };

  const finish = (entry: RunningJob) => {
    if (running !== entry) return false;
    running = null;
    clearTimeout(abandonTimer);
    return true;
  };

  const start = (entry: QueuedJob) => {
    const current = entry.job.postable ? connect() : null;
    if (!current) {
      settle(entry, fallback.analyse(entry.job));
      return false;
    }
    const active: RunningJob = { ...entry, startedAt: performance.now() };
    running = active;
    const nodes = entry.job.request.graph.nodes.length;
    markAnalysis('profiler:post', { nodes, suggestions: entry.job.request.options.suggestions });
    runInParts(current.remote, entry.job.request, current.posted, entry.job.isWanted).then(
      (outcome) => {
        markAnalysis('profiler:received', {
          nodes,
          ms: performance.now() - active.startedAt,
          engineMs: outcome?.ok ? outcome.engineMs : null,
        });
        if (!finish(active)) return;
        if (outcome === null) active.resolve(null);
        else if (outcome.ok) active.resolve(outcome.profile);
        else active.reject(fromAnalysisFailure(outcome.failure));
        pump();
      },
      () => {
        // The request or its result could not be cloned (or the worker went away): run it here instead.
        if (!finish(active)) return;
        settle(active, fallback.analyse(active.job));
        pump();
      },
    );
    return true;
  };

  /** Starts the next wanted pass when the worker is free; drops superseded ones. */
  function pump() {
    while (!running && queue.length > 0) {
      const next = queue.shift()!;
      if (!next.job.isWanted()) {
        next.resolve(null);
        continue;
      }
      start(next);
    }
    watchRunning();
  }

  /** Stops the running pass if it is superseded and has run too long; checks again when it would be. */
  function watchRunning() {
    clearTimeout(abandonTimer);
    if (!running || queue.length === 0) return;
    const elapsed = performance.now() - running.startedAt;
    if (!running.job.isWanted() && elapsed >= abandonAfterMs) {
      const stopped = running;
      running = null;
      disconnect();
      stopped.resolve(null);
      pump();
      return;
    }
    abandonTimer = setTimeout(watchRunning, Math.max(0, abandonAfterMs - elapsed));
  }

  return {
    get thread() {
      return broken ? fallback.thread : 'worker';
    },
    analyse: (job) =>
      new Promise<Profile | null>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      }),
    dispose: () => {
      clearTimeout(abandonTimer);
      disconnect();
      broken = true;
      for (const entry of queue.splice(0)) entry.resolve(null);
      running?.resolve(null);
      running = null;
    },
  };
}
