/// <reference lib="webworker" />
/**
 * The Web Worker that runs the profiler's analysis off the main thread (see ./workerAnalyser.ts). Loaded by
 * the app with `new Worker(new URL(…), { type: 'module' })`; imports only the framework-free engine.
 */
import { expose } from 'comlink';
import { createAnalysisService } from './analysisService';

expose(createAnalysisService(), self);
