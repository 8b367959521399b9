/**
 * Where the profiler's analysis runs: on this thread or in a Web Worker (framework-free; see
 * ./workerAnalyser.ts and the worker entry ./profileAnalysis.worker.ts).
 */
export {
  runProfileRequest,
  type AnalysisRequest,
  type MetricRuleData,
  type PostableProfileOptions,
} from './analysisRequest';
export {
  fromAnalysisFailure,
  toAnalysisFailure,
  type AnalysisFailure,
  type AnalysisOutcome,
} from './analysisOutcome';
export { createAnalysisService, type AnalysisService } from './analysisService';
export { createMainThreadAnalyser, type AnalysisJob, type ProfileAnalyser } from './profileAnalyser';
export { createWorkerAnalyser, type AnalysisWorkerLike, type WorkerAnalyserOptions } from './workerAnalyser';
