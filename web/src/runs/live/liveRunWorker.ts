/**
 * Live runs in a Web Worker. A browser client stamps each message with the time its handler runs; on the
 * main thread that handler waits behind rendering (measured here: node times ~80 ms short in headless
 * Chromium while the canvas redrew for the first node states). In a worker nothing else runs, so receive
 * times stay close to arrival. Framework-free: the worker's global scope and the Worker constructor are
 * passed in.
 */
import { LiveRunError, type LiveRunErrorCode } from './liveRunError';
import { startLiveRun } from './startLiveRun';
import type { LiveRun, LiveRunEvent, LiveRunOptions, LiveRunResult, WebSocketConstructorLike } from './types';

/** What a runner needs: the live client's options without the socket constructor (the runner has one). */
export type LiveRunRequest = Omit<LiveRunOptions, 'WebSocket' | 'onEvent' | 'now'>;

/** Starts a live run somewhere (on this thread, or in a worker). */
export type LiveRunner = (request: LiveRunRequest, onEvent: (event: LiveRunEvent) => void) => LiveRun;

type ToWorker = { type: 'start'; request: LiveRunRequest } | { type: 'cancel' };
type FromWorker =
  | { type: 'event'; event: LiveRunEvent }
  | { type: 'done'; result: LiveRunResult }
  | { type: 'failed'; code: LiveRunErrorCode | null; message: string };

/** The part of a worker's global scope this needs. */
export interface WorkerScopeLike {
  postMessage: (message: FromWorker) => void;
  addEventListener: (type: 'message', listener: (event: { data: ToWorker }) => void) => void;
  WebSocket: WebSocketConstructorLike;
}

/** The part of a Worker this needs. */
export interface WorkerLike {
  postMessage: (message: ToWorker) => void;
  addEventListener: (
    type: 'message' | 'error',
    listener: (event: { data?: FromWorker; message?: string }) => void,
  ) => void;
  terminate: () => void;
}

/** Worker side: runs one live run per `start` and reports its events and outcome. */
export function serveLiveRuns(scope: WorkerScopeLike): void {
  let run: LiveRun | null = null;
  scope.addEventListener('message', ({ data }) => {
    if (data.type === 'cancel') {
      run?.cancel();
      return;
    }
    if (run) return;
    run = startLiveRun({
      ...data.request,
      WebSocket: scope.WebSocket,
      onEvent: (event) => scope.postMessage({ type: 'event', event }),
    });
    run.done.then(
      (result) => scope.postMessage({ type: 'done', result }),
      (error: unknown) =>
        scope.postMessage({
          type: 'failed',
          code: error instanceof LiveRunError ? error.code : null,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  });
}

/** Main-thread side: a runner that starts each run in a fresh worker from `createWorker`. */
export function createWorkerLiveRunner(createWorker: () => WorkerLike): LiveRunner {
  return (request, onEvent) => {
    const worker = createWorker();
    const done = new Promise<LiveRunResult>((resolve, reject) => {
      worker.addEventListener('message', ({ data }) => {
        if (!data) return;
        if (data.type === 'event') onEvent(data.event);
        else {
          worker.terminate();
          if (data.type === 'done') resolve(data.result);
          else
            reject(
              data.code
                ? new LiveRunError(data.code, stripCode(data.message, data.code))
                : new Error(data.message),
            );
        }
      });
      worker.addEventListener('error', (event) => {
        worker.terminate();
        reject(new Error(`The live-run worker failed: ${event.message ?? 'unknown error'}`));
      });
    });
    worker.postMessage({ type: 'start', request });
    return { cancel: () => worker.postMessage({ type: 'cancel' }), done };
  };
}

/** A runner on the calling thread (tests, Node, browsers without module workers). */
export function createDirectLiveRunner(WebSocket: WebSocketConstructorLike): LiveRunner {
  return (request, onEvent) => startLiveRun({ ...request, WebSocket, onEvent });
}

function stripCode(message: string, code: string): string {
  return message.startsWith(`${code}: `) ? message.slice(code.length + 2) : message;
}
