/**
 * A Web Worker stand-in for Node tests: the analysis service exposed with comlink on one end of a
 * `MessageChannel` (messages are structured-cloned as between threads), the other end as the "worker".
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expose } from 'comlink';
import { createAnalysisService, type AnalysisService } from '../analysisService';
import type { AnalysisWorkerLike } from '../workerAnalyser';

export interface ChannelWorker extends AnalysisWorkerLike {
  /** Pretends the worker crashed (an `error` event, as a Worker fires). */
  crash(message: string): void;
  terminated: boolean;
}

export function createChannelWorker(service: AnalysisService = createAnalysisService()): ChannelWorker {
  const { port1, port2 } = new MessageChannel();
  expose(service, port2 as unknown as Parameters<typeof expose>[1]);
  const errorListeners: Array<(event: { message: string }) => void> = [];
  const endpoint = port1 as MessagePort;
  const worker: ChannelWorker = {
    terminated: false,
    postMessage: (message: unknown) => endpoint.postMessage(message),
    addEventListener: (type: string, listener: unknown) => {
      if (type === 'error') errorListeners.push(listener as (event: { message: string }) => void);
      else endpoint.addEventListener(type, listener as EventListener);
    },
    removeEventListener: (type: string, listener: unknown) =>
      endpoint.removeEventListener(type, listener as EventListener),
    start: () => endpoint.start(),
    terminate: () => {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
    crash: (message) => {
      for (const listener of errorListeners) listener({ message });
    },
  };
  return worker;
}
