/** Learning from measured runs: the calibration builder and the accuracy of estimates against runs. */
export { buildCalibration, type BuildCalibrationOptions } from './buildCalibration';
export { collectSamples, USABLE_RUN_STATUSES, type NodeSample } from './collectSamples';
export { learnTypeFactor, FACTOR_SHRINKAGE_K, MIN_FACTOR_SAMPLES, type RatioSample } from './learnTypeFactor';
export {
  computeErrorFactor,
  describeAccuracyChange,
  formatErrorFactor,
  measureAccuracy,
  WORST_NODES,
  type Accuracy,
  type NodeError,
  type RunAccuracy,
} from './measureAccuracy';
