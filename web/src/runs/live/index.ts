export { startLiveRun } from './startLiveRun';
export { LiveRunError, isLiveRunError } from './liveRunError';
export type { LiveRunErrorCode } from './liveRunError';
export { DEFAULT_NODETOOL_URL } from './types';
export type {
  LiveRun,
  LiveRunEvent,
  LiveRunFormat,
  LiveRunOptions,
  LiveRunResult,
  WebSocketConstructorLike,
  WebSocketEventLike,
  WebSocketLike,
} from './types';
export { decodeFrame, encodeFrame, replaceBinaryPayloads } from './frames';
export {
  createDirectLiveRunner,
  createWorkerLiveRunner,
  serveLiveRuns,
  type LiveRunner,
  type LiveRunRequest,
  type WorkerLike,
  type WorkerScopeLike,
} from './liveRunWorker';
