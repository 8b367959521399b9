/**
 * Validate a calibration (an option, or an imported JSON file): a bad shape is a coded `option.invalid`
 * error naming the field, never a silently wrong estimate.
 */
import { describeValue } from '../bounds/describeValue';
import { MAX_NODE_RUNTIME_MS } from '../bounds/limits';
import { invalidOption as invalid } from '../errors';
import {
  CALIBRATION_VERSION,
  MAX_TYPE_FACTOR,
  MIN_TYPE_FACTOR,
  type Calibration,
  type CalibratedNode,
  type TypeFactor,
} from './types';

/** Most executions per run a calibrated node may claim (beyond it the figure is not a measurement). */
const MAX_EXECUTIONS = 1_000_000;
/** Most runs one entry may be built from. */
const MAX_RUNS = 1_000_000;

type Fields = Record<string, unknown>;

/**
 * The calibration, checked field by field.
 *
 * @throws ProfileError `option.invalid` with `field` set to the path of the first bad field
 *   (e.g. `calibration.types.study.Sleep.factor`).
 */
export function readCalibration(value: unknown, path = 'calibration'): Calibration {
  const c = readObject(value, path);
  if (c.version !== CALIBRATION_VERSION) {
    throw invalid(
      `${path}.version`,
      `must be ${CALIBRATION_VERSION} (got ${describeValue(c.version)}); rebuild the calibration from the runs`,
    );
  }
  const hardware = readText(c.hardware, `${path}.hardware`);
  const nodes: Record<string, CalibratedNode> = Object.create(null) as Record<string, CalibratedNode>;
  for (const [id, entry] of Object.entries(readObject(c.nodes, `${path}.nodes`))) {
    nodes[id] = readNode(entry, `${path}.nodes.${id}`);
  }
  const types: Record<string, TypeFactor> = Object.create(null) as Record<string, TypeFactor>;
  for (const [type, entry] of Object.entries(readObject(c.types, `${path}.types`))) {
    types[type] = readFactor(entry, `${path}.types.${type}`);
  }
  const built = readObject(c.builtFrom, `${path}.builtFrom`);
  if (!Array.isArray(built.runIds) || !built.runIds.every((id) => typeof id === 'string')) {
    throw invalid(`${path}.builtFrom.runIds`, 'must be a list of run ids');
  }
  const at = readText(built.at, `${path}.builtFrom.at`);
  return {
    version: CALIBRATION_VERSION,
    hardware,
    nodes,
    types,
    builtFrom: { runIds: [...(built.runIds as string[])], at },
  };
}

function readNode(value: unknown, path: string): CalibratedNode {
  const o = readObject(value, path);
  return {
    key: readText(o.key, `${path}.key`),
    type: readText(o.type, `${path}.type`),
    ms: readNumber(o.ms, `${path}.ms`, 0, MAX_NODE_RUNTIME_MS),
    executions: readNumber(o.executions, `${path}.executions`, 1, MAX_EXECUTIONS),
    runs: readInteger(o.runs, `${path}.runs`),
  };
}

function readFactor(value: unknown, path: string): TypeFactor {
  const o = readObject(value, path);
  return {
    factor: readNumber(o.factor, `${path}.factor`, MIN_TYPE_FACTOR, MAX_TYPE_FACTOR),
    rawFactor: readNumber(o.rawFactor, `${path}.rawFactor`, MIN_TYPE_FACTOR, MAX_TYPE_FACTOR),
    samples: readInteger(o.samples, `${path}.samples`),
    runs: readInteger(o.runs, `${path}.runs`),
  };
}

function readObject(value: unknown, path: string): Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(path, `must be an object (got ${describeValue(value)})`);
  }
  return value as Fields;
}

function readText(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '') {
    throw invalid(path, `must be a non-empty string (got ${describeValue(value)})`);
  }
  return value;
}

function readNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalid(path, `must be a number from ${min} to ${max} (got ${describeValue(value)})`);
  }
  return value;
}

function readInteger(value: unknown, path: string): number {
  const n = readNumber(value, path, 1, MAX_RUNS);
  if (!Number.isInteger(n)) throw invalid(path, `must be a whole number (got ${describeValue(value)})`);
  return n;
}
