/** The headline figures of an analysis and its score (shared by the profile and the suggestion re-runs). */
import { scoreAnalysis, type ScoreResult } from '../score/scoreAnalysis';
import { usableMemoryMb } from '../score/scoringModel';
import type { HardwareSpec } from '../types';
import type { EstimateColumns } from './estimateColumns';
import type { Analysis } from './runAnalysis';

export interface AnalysisSummary {
  totalRuntimeMs: number;
  criticalPathMs: number;
  makespanMs: number;
  peakMemoryMb: number;
  peakVramMb: number;
  peakCombinedMb: number;
  usableMemoryMb: number;
  unifiedMemory: boolean;
  workNodeCount: number;
  unknownNodeCount: number;
  score: ScoreResult;
}

/** Summarise and score. O(n). */
export function summarizeAnalysis(
  analysis: Analysis,
  cols: EstimateColumns,
  hardware: HardwareSpec,
): AnalysisSummary {
  let work = 0;
  let unknown = 0;
  for (let v = 0; v < cols.layout.length; v++) {
    if (cols.layout[v]) continue;
    work++;
    if (!cols.known[v]) unknown++;
  }
  const unified = hardware.unifiedMemory === true || hardware.vendor === 'apple' || hardware.vendor === 'cpu';
  const usable = usableMemoryMb(hardware);
  const { schedule } = analysis;
  const criticalPathMs = analysis.timing.criticalPathMs;
  const score = scoreAnalysis({
    criticalPathMs,
    makespanMs: schedule.makespanMs,
    totalRuntimeMs: analysis.totalRuntimeMs,
    peakDeviceMemoryMb: unified ? schedule.peakCombinedMb : schedule.peakVramMb,
    usableMemoryMb: usable,
    workNodeCount: work,
    unknownNodeCount: unknown,
  });
  return {
    totalRuntimeMs: analysis.totalRuntimeMs,
    criticalPathMs,
    makespanMs: schedule.makespanMs,
    peakMemoryMb: schedule.peakRamMb,
    peakVramMb: schedule.peakVramMb,
    peakCombinedMb: schedule.peakCombinedMb,
    usableMemoryMb: usable,
    unifiedMemory: unified,
    workNodeCount: work,
    unknownNodeCount: unknown,
    score,
  };
}
