/**
 * Suggestions with savings computed, not asserted: each candidate change (more concurrent workers, fewer
 * diffusion steps, a 4-bit quantization, one shared model for several LLM nodes) is applied to a copy of the
 * estimates (the changed nodes are re-estimated with their new parameters) and the whole analysis is run
 * again. A candidate is kept only when it saves wall time or device memory.
 *
 * Cost: at most MAX_RERUNS re-runs (MAX_RERUNS_LARGE above LARGE_GRAPH nodes), each linear in the graph.
 */
import type { NodeEstimate } from '../estimate/types';
import { keepUntilNextRun } from '../graph/keptObjects';
import type { UpstreamMedia } from '../profile/mediaFlow';
import type { IngestedWorkflow } from '../ingest/types';
import { patchEstimateColumns, type EstimateColumns } from '../profile/estimateColumns';
import type { ResolvedOptions } from '../profile/resolveOptions';
import {
  rescheduleAnalysis,
  runAnalysis,
  type Analysis,
  type AnalysisGraph,
  type AnalysisSettings,
} from '../profile/runAnalysis';
import { summarizeAnalysis, type AnalysisSummary } from '../profile/summarizeAnalysis';
import type { Profile, Suggestion } from '../types';
import { collectCandidates, type Candidate } from './collectCandidates';
import { reestimateNode } from './reestimate';
import { lowerBounds } from './savingsBound';

export const MAX_RERUNS = 16;
export const LARGE_GRAPH = 50_000;
export const MAX_RERUNS_LARGE = 3;
/**
 * A suggestion is dropped as negligible when it saves less than this share of the makespan AND less than
 * this share of the usable device memory (ASSUMPTION: 2 % is within the estimates' own noise).
 */
export const NEGLIGIBLE_SAVINGS_SHARE = 0.02;

/** True when savings of `ms` and `mb` are too small to be worth a change (see NEGLIGIBLE_SAVINGS_SHARE). */
export function isNegligibleSaving(
  ms: number,
  mb: number,
  makespanMs: number,
  usableMemoryMb: number,
): boolean {
  const minMs = Math.max(1, NEGLIGIBLE_SAVINGS_SHARE * makespanMs);
  const minMb = Math.max(1, NEGLIGIBLE_SAVINGS_SHARE * usableMemoryMb);
  return ms < minMs && mb < minMb;
}

export interface SuggestionInput {
  workflow: IngestedWorkflow;
  analysisGraph: AnalysisGraph;
  /** The analysis the profile `base` was built from (valid for the run: its arrays are scratch views). */
  analysis: Analysis;
  estimates: readonly NodeEstimate[];
  cols: EstimateColumns;
  upstreamChars: Float64Array;
  upstreamMedia: ReadonlyArray<UpstreamMedia | undefined>;
  options: ResolvedOptions;
  base: Profile;
}

/** Evaluate candidates and return the worthwhile ones, best score gain (then time saved) first. */
export function proposeSuggestions(input: SuggestionInput): Suggestion[] {
  const { workflow, options } = input;
  const limit = workflow.nodeCount > LARGE_GRAPH ? MAX_RERUNS_LARGE : MAX_RERUNS;
  const candidates = collectCandidates(input).slice(0, limit);
  const baseline = headline(input.base);
  const out: Suggestion[] = [];
  // Until the next run: the shapes of the candidates and re-run results survive a collection in between.
  keepUntilNextRun(input);
  keepUntilNextRun(candidates);
  for (const candidate of candidates) {
    if (cannotSaveEnough(input, candidate, baseline)) continue;
    const result = evaluate(input, candidate);
    keepUntilNextRun(result);
    const newMemory = result.unifiedMemory ? result.peakCombinedMb : result.peakVramMb;
    const { savingsMs, savingsVramMb, negligible } = savingsAgainst(baseline, result.makespanMs, newMemory);
    if (negligible) continue;
    const scoreGain = (result.score.score ?? 0) - (baseline.score ?? 0);
    out.push({
      id: `${candidate.kind}:${candidate.nodeIds.join(',') || 'workflow'}`,
      kind: candidate.kind,
      title: candidate.title,
      description: `${candidate.description} Estimated effect (re-analysed with the change): ${describeSavings(savingsMs, savingsVramMb, scoreGain)}.`,
      ...(savingsMs < 0 ? { costMs: -savingsMs } : {}),
      nodeIds: candidate.nodeIds,
      savingsMs: Math.max(0, savingsMs),
      savingsVramMb: Math.max(0, savingsVramMb),
      scoreGain,
    });
  }
  out.sort(
    (a, b) => b.scoreGain - a.scoreGain || b.savingsMs - a.savingsMs || b.savingsVramMb - a.savingsVramMb,
  );
  void options;
  return out;
}

function headline(profile: Profile) {
  const s = profile.summary;
  const unified =
    profile.hardware.unifiedMemory === true ||
    profile.hardware.vendor === 'apple' ||
    profile.hardware.vendor === 'cpu';
  return {
    makespanMs: s.makespanMs,
    peakVramMb: s.peakVramMb,
    peakCombinedMb: s.peakCombinedMb ?? 0,
    unified,
    usableMemoryMb: s.usableMemoryMb ?? 0,
    score: s.score,
  };
}

/**
 * True when the candidate only changes lane counts and even the most it could save (savingsBound.ts) is
 * negligible: its re-run would end in the candidate being dropped, so it is not run. Exact: the bounds hold
 * for every schedule, and rounding and the negligible test are monotone in the savings.
 */
function cannotSaveEnough(
  input: SuggestionInput,
  candidate: Candidate,
  baseline: ReturnType<typeof headline>,
): boolean {
  const settings = settingsOf(candidate, input.options);
  if (!changesLanesOnly(candidate, settings, input.options)) return false;
  const best = lowerBounds(input.analysis, settings, baseline.unified);
  return savingsAgainst(baseline, best.makespanMs, best.memoryMb).negligible;
}

/** The savings of a result against the baseline (rounded), and whether they are negligible. */
function savingsAgainst(baseline: ReturnType<typeof headline>, makespanMs: number, memoryMb: number) {
  const baseMemory = baseline.unified ? baseline.peakCombinedMb : baseline.peakVramMb;
  const savingsMs = round(baseline.makespanMs - makespanMs);
  const savingsVramMb = round(baseMemory - memoryMb);
  const negligible = isNegligibleSaving(
    savingsMs,
    savingsVramMb,
    baseline.makespanMs,
    baseline.usableMemoryMb,
  );
  return { savingsMs, savingsVramMb, negligible };
}

/** The analysis settings of a candidate: its own where it changes them, the options' otherwise. */
function settingsOf(candidate: Candidate, options: ResolvedOptions): AnalysisSettings {
  // Written out rather than spread (see ingest/readFields.ts, assignOwn): one object shape for every re-run.
  const changed = candidate.settings;
  return {
    workers: changed?.workers ?? options.workers,
    gpuLanes: changed?.gpuLanes ?? options.gpuLanes,
    defaultItemCount: changed?.defaultItemCount ?? options.defaultItemCount,
  };
}

/** Same estimates and item counts, other lanes (more workers): only the schedule changes. */
function changesLanesOnly(
  candidate: Candidate,
  settings: AnalysisSettings,
  options: ResolvedOptions,
): boolean {
  return candidate.paramEdits.size === 0 && settings.defaultItemCount === options.defaultItemCount;
}

function evaluate(input: SuggestionInput, candidate: Candidate): AnalysisSummary {
  const { options } = input;
  let cols = input.cols;
  if (candidate.paramEdits.size > 0) {
    const changes = new Map<number, NodeEstimate>();
    for (const [v, params] of candidate.paramEdits) changes.set(v, reestimateNode(input, v, params));
    cols = patchEstimateColumns(cols, changes);
  }
  const settings = settingsOf(candidate, options);
  const sameWork = changesLanesOnly(candidate, settings, options);
  // The headline (score, makespan, peaks) is all a suggestion needs: no per-step parallelizable flags.
  const analysis = sameWork
    ? rescheduleAnalysis(input.analysisGraph, input.analysis, settings)
    : runAnalysis(input.analysisGraph, cols, settings, false);
  keepUntilNextRun(analysis);
  return summarizeAnalysis(analysis, cols, options.hardware);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function describeSavings(ms: number, mb: number, gain: number): string {
  const parts: string[] = [];
  if (ms >= 1) parts.push(`${formatMs(ms)} less wall time`);
  if (ms <= -1) parts.push(`${formatMs(-ms)} more wall time`);
  if (mb >= 1) parts.push(`${Math.round(mb).toLocaleString('en-US')} MB less peak device memory`);
  parts.push(`score ${gain >= 0 ? '+' : ''}${gain}`);
  return parts.join(', ');
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
