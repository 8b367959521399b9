/** The summary figures of two profiles side by side. */
import type { Profile } from '../profiling/types';
import { figureDelta } from './figureDelta';
import type { HardwareDiff, SummaryDiff } from './types';

/**
 * Compare the summaries of two profiles: makespan, critical path, total work, peak RAM and VRAM, score,
 * grade, node and edge counts, parallel opportunities.
 */
export function diffSummary(before: Profile, after: Profile): SummaryDiff {
  const b = before.summary;
  const a = after.summary;
  return {
    makespanMs: figureDelta(b.makespanMs, a.makespanMs),
    criticalPathMs: figureDelta(b.criticalPathMs, a.criticalPathMs),
    totalRuntimeMs: figureDelta(b.totalRuntimeMs, a.totalRuntimeMs),
    peakMemoryMb: figureDelta(b.peakMemoryMb, a.peakMemoryMb),
    peakVramMb: figureDelta(b.peakVramMb, a.peakVramMb),
    score: figureDelta(b.score, a.score),
    grade: { before: b.grade, after: a.grade, changed: b.grade !== a.grade },
    nodeCount: figureDelta(b.nodeCount, a.nodeCount),
    edgeCount: figureDelta(b.edgeCount, a.edgeCount),
    parallelOpportunities: figureDelta(b.parallelOpportunities, a.parallelOpportunities),
  };
}

/** The devices the two profiles were estimated for. */
export function diffHardware(before: Profile, after: Profile): HardwareDiff {
  const result: HardwareDiff = {
    before: before.hardware.name,
    after: after.hardware.name,
    changed:
      before.hardware.id !== after.hardware.id ||
      before.hardware.name !== after.hardware.name ||
      before.hardware.memoryGb !== after.hardware.memoryGb ||
      before.hardware.memoryBandwidthGBs !== after.hardware.memoryBandwidthGBs ||
      before.hardware.fp16Tflops !== after.hardware.fp16Tflops,
  };
  if (before.hardware.id !== undefined) result.beforeId = before.hardware.id;
  if (after.hardware.id !== undefined) result.afterId = after.hardware.id;
  return result;
}
