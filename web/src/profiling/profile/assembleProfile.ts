/** Assemble the profile JSON (schemaVersion 1) from the stages' results. */
import type { NodeEstimate } from '../estimate/types';
import type { EstimateColumns } from './estimateColumns';
import type { GraphKernel } from '../graph/buildGraph';
import type { CondensedGraph } from '../graph/condenseGraph';
import type { IngestedWorkflow } from '../ingest/types';
import type { Profile, ProfileIssue } from '../types';
import { buildNodeProfiles } from './buildNodeProfiles';
import { collectWarnings } from './collectWarnings';
import { computeWaves } from './computeWaves';
import { findBottlenecks } from './findBottlenecks';
import type { ResolvedOptions } from './resolveOptions';
import type { Analysis } from './runAnalysis';
import { summarizeAnalysis } from './summarizeAnalysis';
import { splitVerdict } from '../score/splitVerdict';

export interface AssembleInput {
  workflow: IngestedWorkflow;
  graph: GraphKernel;
  condensed: CondensedGraph;
  estimates: readonly NodeEstimate[];
  cols: EstimateColumns;
  analysis: Analysis;
  options: ResolvedOptions;
  stageIssues: readonly ProfileIssue[];
}

/** Build the profile (suggestions are added by the caller). */
export function assembleProfile(input: AssembleInput): Profile {
  const { workflow, graph, condensed, estimates, cols, analysis, options } = input;
  const headline = summarizeAnalysis(analysis, cols, options.hardware);
  const ids = workflow.ids;
  const { rows, schedule } = buildNodeProfiles({
    workflow,
    graph,
    condensed,
    estimates,
    analysis,
    defaultItemCount: options.defaultItemCount,
  });
  const criticalNodes = criticalPathNodes(analysis.timing.criticalPath, condensed, cols.layout);
  const bottleneckDetails = findBottlenecks({
    ids,
    cols,
    runtimeMs: analysis.work.runtimeMs,
    criticalNodes,
    criticalPathMs: headline.criticalPathMs,
    usableMemoryMb: headline.usableMemoryMb,
    unifiedMemory: headline.unifiedMemory,
  });
  const waves = computeWaves(ids, cols.layout, analysis.timing.level, condensed.componentOf);
  const unknownTypes = new Set<string>();
  let parallelOpportunities = 0;
  const { parallelizable } = analysis;
  const componentOf = condensed.componentOf;
  for (let v = 0; v < workflow.nodeCount; v++) {
    if (cols.layout[v]) continue;
    if (!cols.known[v]) unknownTypes.add(workflow.types[v]!);
    if (parallelizable[componentOf ? componentOf[v]! : v] === 1) parallelOpportunities++;
  }
  const { hardware } = options;
  const profile: Profile = {
    schemaVersion: 1,
    estimated: true,
    generatedAt: new Date().toISOString(),
    hardware,
    options: {
      workers: options.workers,
      gpuLanes: options.gpuLanes,
      defaultItemCount: options.defaultItemCount,
    },
    summary: {
      score: headline.score.score,
      grade: headline.score.grade,
      totalRuntimeMs: headline.totalRuntimeMs,
      criticalPathMs: headline.criticalPathMs,
      criticalPath: criticalNodes.map((v) => ids[v]!),
      makespanMs: headline.makespanMs,
      peakMemoryMb: headline.peakMemoryMb,
      peakVramMb: headline.peakVramMb,
      peakCombinedMb: headline.peakCombinedMb,
      usableMemoryMb: headline.usableMemoryMb,
      parallelOpportunities,
      bottlenecks: [...new Set(bottleneckDetails.map((b) => b.nodeId))],
      bottleneckDetails,
      cycles: condensed.cycles.map((cycle) => cycle.map((v) => ids[v]!)),
      warnings: collectWarnings(input.stageIssues, estimates, ids),
      nodeCount: workflow.nodeCount,
      edgeCount: workflow.edges.count,
      unknownTypes: [...unknownTypes].sort(),
      unknownNodeCount: headline.unknownNodeCount,
      scoreBreakdown: headline.score.breakdown,
      waveCount: waves.length,
    },
    nodes: rows,
    schedule,
    suggestions: [],
    waves,
  };
  if (headline.score.reason !== undefined) profile.summary.scoreReason = headline.score.reason;
  const verdicts = splitVerdict(headline.score.breakdown);
  if (verdicts) profile.summary.verdicts = verdicts;
  if (workflow.name !== undefined) profile.name = workflow.name;
  return profile;
}

/** Node indices along the critical path: cycle steps expand to their members; layout nodes are left out. */
function criticalPathNodes(path: readonly number[], condensed: CondensedGraph, layout: Uint8Array): number[] {
  const out: number[] = [];
  const { members } = condensed;
  for (const c of path) {
    if (!members) {
      if (!layout[c]) out.push(c);
      continue;
    }
    for (let k = members.start[c]!; k < members.start[c + 1]!; k++) {
      const v = members.adj[k]!;
      if (!layout[v]) out.push(v);
    }
  }
  return out;
}
