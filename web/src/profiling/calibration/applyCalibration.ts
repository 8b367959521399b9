/**
 * Apply a calibration to per-node estimates (one execution each, before item multiplication). Layer 1
 * replaces a node's estimate by its own measured median when its cost key still matches; layer 2 scales
 * nodes of a calibrated type that have no measurement of their own. Estimates are copied, never changed
 * in place (equal nodes share one estimate object).
 */
import type { NodeEstimate } from '../estimate/types';
import { ENGINE_CODES } from '../errors';
import { HARDWARE_PRESETS } from '../hardware/presets';
import type { IngestedNodes } from '../ingest/types';
import type { Confidence, HardwareSpec, ProfileIssue } from '../types';
import { computeNodeCostKey } from './nodeCostKey';
import type { CalibratedNode, Calibration, TypeFactor } from './types';

export interface AppliedCalibration {
  estimates: NodeEstimate[];
  /** `calibration.other-hardware` when the calibration belongs to another hardware profile. */
  issues: ProfileIssue[];
}

/**
 * The hardware profile id a calibration is matched against: the preset id (also for a preset's spec passed
 * as an object, which carries no id), else the custom spec's name.
 */
export function hardwareKey(hardware: HardwareSpec & { id?: string }): string {
  if (hardware.id !== undefined) return hardware.id;
  const preset = HARDWARE_PRESETS.find(
    (p) =>
      p.name === hardware.name &&
      p.vendor === hardware.vendor &&
      p.memoryBandwidthGBs === hardware.memoryBandwidthGBs &&
      p.fp16Tflops === hardware.fp16Tflops &&
      p.memoryGb === hardware.memoryGb,
  );
  return preset?.id ?? hardware.name;
}

/** Estimates with the calibration applied (the input array when nothing applies). */
export function applyCalibration(
  nodes: IngestedNodes,
  estimates: NodeEstimate[],
  calibration: Calibration,
  hardware: HardwareSpec & { id?: string },
): AppliedCalibration {
  if (calibration.hardware !== hardwareKey(hardware)) {
    const message =
      `The calibration was measured on hardware "${calibration.hardware}", not on the selected ` +
      `"${hardwareKey(hardware)}"; it is not applied. Select "${calibration.hardware}" or rebuild it from runs on this machine.`;
    return {
      estimates,
      issues: [
        { code: ENGINE_CODES.calibrationOtherHardware, severity: 'warning', message, field: 'calibration' },
      ],
    };
  }
  const out = estimates.slice();
  for (let v = 0; v < nodes.nodeCount; v++) {
    const estimate = out[v]!;
    if (estimate.layoutOnly) continue;
    const type = nodes.types[v]!;
    const own = Object.prototype.hasOwnProperty.call(calibration.nodes, nodes.ids[v]!)
      ? calibration.nodes[nodes.ids[v]!]
      : undefined;
    if (own && own.type === type && own.key === computeNodeCostKey(type, nodes.params[v]!)) {
      out[v] = withMeasurement(estimate, own, hardware.name);
      continue;
    }
    const factor = Object.prototype.hasOwnProperty.call(calibration.types, type)
      ? calibration.types[type]
      : undefined;
    if (factor) out[v] = withFactor(estimate, factor);
  }
  return { estimates: out, issues: [] };
}

function withMeasurement(estimate: NodeEstimate, own: CalibratedNode, hardwareName: string): NodeEstimate {
  const runs = `${own.runs} run${own.runs === 1 ? '' : 's'}`;
  return {
    ...estimate,
    // The measured time already holds any weight loading: no separate load share to save.
    runtimeMs: own.ms / own.executions,
    loadMs: undefined,
    known: true,
    confidence: 'high',
    details: {
      ...estimate.details,
      source: `measured, ${runs} on ${hardwareName}`,
      estimatedMs: estimate.runtimeMs,
    },
  };
}

function withFactor(estimate: NodeEstimate, factor: TypeFactor): NodeEstimate {
  const runs = `${factor.runs} run${factor.runs === 1 ? '' : 's'}`;
  return {
    ...estimate,
    runtimeMs: estimate.runtimeMs * factor.factor,
    loadMs: estimate.loadMs === undefined ? undefined : estimate.loadMs * factor.factor,
    known: true,
    confidence: raise(estimate.confidence),
    details: {
      ...estimate.details,
      source: `calibrated from ${runs} (×${formatFactor(factor.factor)}); ${estimate.details.source}`,
      calibrationFactor: factor.factor,
    },
  };
}

/** A type factor learned from at least three samples makes a low-confidence estimate a medium one. */
function raise(confidence: Confidence): Confidence {
  return confidence === 'low' ? 'medium' : confidence;
}

/** Two significant digits: ×1.8, ×17, ×0.42. */
export function formatFactor(factor: number): string {
  return factor >= 10 ? factor.toFixed(0) : factor.toPrecision(2);
}

/**
 * A re-estimate (a suggestion's changed parameters) carried over to the calibration `calibrated` had: the
 * new raw runtime times the ratio calibration applied to the old one (the measured/estimated ratio of a
 * measured node, the type factor otherwise). Uncalibrated estimates come back as they are.
 */
export function carryCalibration(calibrated: NodeEstimate, reestimated: NodeEstimate): NodeEstimate {
  const { calibrationFactor, estimatedMs } = calibrated.details;
  let ratio: number | undefined;
  if (typeof calibrationFactor === 'number') ratio = calibrationFactor;
  else if (typeof estimatedMs === 'number' && estimatedMs > 0) ratio = calibrated.runtimeMs / estimatedMs;
  if (ratio === undefined) return reestimated;
  return {
    ...reestimated,
    runtimeMs: reestimated.runtimeMs * ratio,
    loadMs: reestimated.loadMs === undefined ? undefined : reestimated.loadMs * ratio,
    details: {
      ...reestimated.details,
      source: `${reestimated.details.source} (scaled ×${formatFactor(ratio)} as calibrated)`,
    },
  };
}
