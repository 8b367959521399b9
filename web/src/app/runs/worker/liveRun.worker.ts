/// <reference lib="webworker" />
/** The Web Worker that runs live NodeTool runs off the main thread (see runs/live/liveRunWorker.ts). */
import { serveLiveRuns, type WorkerScopeLike } from '../../../runs/live';

serveLiveRuns(self as unknown as WorkerScopeLike);
