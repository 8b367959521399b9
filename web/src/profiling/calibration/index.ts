/** Calibration from measured runs: its type, validation, the cost key of a node, and its application. */
export {
  CALIBRATION_VERSION,
  MAX_TYPE_FACTOR,
  MIN_TYPE_FACTOR,
  type Calibration,
  type CalibratedNode,
  type TypeFactor,
} from './types';
export { readCalibration } from './readCalibration';
export { computeNodeCostKey } from './nodeCostKey';
export { applyCalibration, formatFactor, hardwareKey } from './applyCalibration';
