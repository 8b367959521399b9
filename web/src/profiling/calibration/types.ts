/**
 * The calibration the engine applies (`ProfileOptions.calibration`): what measured runs taught about a
 * workflow on one hardware profile. Built by `buildCalibration` (web/src/runs/calibrate), exported and
 * imported as JSON. See docs/estimation.md, "Learning from measured runs".
 */

/** Bump when the shape changes; `readCalibration` refuses other versions. */
export const CALIBRATION_VERSION = 1;

/** Smallest and largest type factor accepted (a factor outside is a broken measurement, not a lesson). */
export const MIN_TYPE_FACTOR = 1e-3;
export const MAX_TYPE_FACTOR = 1e3;

/** Layer 1: one node's own measurements. */
export interface CalibratedNode {
  /** Cost key of the node when it was measured (`computeNodeCostKey(type, params)`); must match to apply. */
  key: string;
  type: string;
  /** Median over runs of the node's own work per run, ms. */
  ms: number;
  /** Median executions per run (≥ 1): the engine spreads `ms` over them. */
  executions: number;
  /** How many runs the median is over. */
  runs: number;
}

/** Layer 2: a correction factor for one node type, learned from measurements of other nodes. */
export interface TypeFactor {
  /** Applied factor: exp(median log(measured/estimated) × n/(n+k)), within the type factor bounds. */
  factor: number;
  /** exp(median log ratio) before shrinkage. */
  rawFactor: number;
  /** Node × run samples the median is over (n). */
  samples: number;
  /** Distinct runs the samples come from. */
  runs: number;
}

export interface Calibration {
  version: typeof CALIBRATION_VERSION;
  /** Hardware profile id the runs were measured on; the engine applies the calibration only there. */
  hardware: string;
  /** By node id. */
  nodes: Record<string, CalibratedNode>;
  /** By node type. */
  types: Record<string, TypeFactor>;
  builtFrom: { runIds: string[]; at: string };
}
