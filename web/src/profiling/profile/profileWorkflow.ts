/**
 * profileWorkflow: ingest → graph → estimate → analysis (timing, schedule, memory) → score → suggestions.
 */
import { throwIfFatal } from '../errors';
import { condenseGraph } from '../graph/condenseGraph';
import { buildKernelFromWorkflow } from '../graph/fromWorkflow';
import { ingestWorkflow, inputListSizes } from '../ingest/ingestWorkflow';
import type { IngestedWorkflow } from '../ingest/types';
import { keepUntilNextRun } from '../graph/keptObjects';
import { estimateScratchBytes, withScratch } from '../graph/scratch';
import { capByConfidence } from '../score/capByConfidence';
import { capUntrustedScore } from '../score/capUntrustedScore';
import { proposeSuggestions } from '../suggestions/proposeSuggestions';
import type { Profile, ProfileIssue, ProfileOptions, WorkflowInput } from '../types';
import { applyCalibration } from '../calibration/applyCalibration';
import { describeCycles, describeEmptyWorkflow } from '../validate/cycleIssues';
import { assembleProfile } from './assembleProfile';
import { estimateNodes } from './estimateNodes';
import { buildEstimateColumns } from './estimateColumns';
import { computeNodeOrder } from './nodeOrder';
import { resolveOptions, type ResolvedOptions } from './resolveOptions';
import { runAnalysis } from './runAnalysis';

/**
 * Profile a workflow before it runs: per-node runtime, RAM and VRAM estimates, the critical path, parallel
 * waves, an as-soon-as-possible schedule on the configured workers and GPU lanes, peak memory, a Lighthouse-
 * style score and grade, bottlenecks and suggestions with savings computed by re-running the analysis.
 *
 * Accepts a NodeTool saved workflow (`{ graph: { nodes, edges } }`) or React Flow nodes/edges
 * (`{ nodes, edges }`). Every number is an estimate (`profile.estimated === true`).
 *
 * @throws ProfileError for fatal problems (not a workflow, nodes without id or type, duplicate ids, bad
 *   options or hardware); everything else becomes a warning in `profile.summary.warnings`.
 * @example
 * const profile = profileWorkflow(JSON.parse(text), { hardware: 'rtx-4090' });
 * console.log(profile.summary.grade, profile.summary.criticalPathMs);
 */
export function profileWorkflow(input: WorkflowInput | unknown, options?: ProfileOptions): Profile {
  const resolved = resolveOptions(options);
  const sizes = inputListSizes(input);
  // Typed arrays (ingest's included) come from one scratch buffer; the profile returned holds plain data only.
  return withScratch(estimateScratchBytes(sizes.nodes, sizes.edges), () => {
    const workflow = ingestWorkflow(input);
    throwIfFatal(workflow.issues);
    return analyzeWorkflow(workflow, resolved);
  });
}

function analyzeWorkflow(workflow: IngestedWorkflow, resolved: ResolvedOptions): Profile {
  const graph = buildKernelFromWorkflow(workflow);
  const condensed = condenseGraph(graph);
  const nodeOrder = computeNodeOrder(condensed, workflow.nodeCount);
  const estimated = estimateNodes(workflow, graph, nodeOrder, {
    hardware: resolved.hardware,
    assumptions: resolved.assumptions,
    table: resolved.table,
  });
  const { upstreamChars, upstreamMedia } = estimated;
  let { estimates } = estimated;
  const calibrationIssues: ProfileIssue[] = [];
  if (resolved.calibration) {
    const applied = applyCalibration(workflow, estimates, resolved.calibration, resolved.hardware);
    estimates = applied.estimates;
    calibrationIssues.push(...applied.issues);
  }
  const analysisGraph = { graph, condensed, nodeOrder };
  const cols = buildEstimateColumns(estimates);
  const analysis = runAnalysis(analysisGraph, cols, resolved);
  const stageIssues = [
    ...workflow.issues,
    ...calibrationIssues,
    ...describeCycles(condensed.cycles, workflow.ids),
  ];
  if (!cols.layout.includes(0)) stageIssues.push(describeEmptyWorkflow(workflow.nodeCount));
  const profile = assembleProfile({
    workflow,
    graph,
    condensed,
    estimates,
    cols,
    analysis,
    options: resolved,
    stageIssues,
  });
  if (resolved.suggestions && profile.summary.score !== null) {
    profile.suggestions = proposeSuggestions({
      workflow,
      analysisGraph,
      analysis,
      estimates,
      cols,
      upstreamChars,
      upstreamMedia,
      options: resolved,
      base: profile,
    });
  }
  // After the suggestions: their score gains compare figures computed the same way, before any cap.
  capUntrustedScore(profile);
  capByConfidence(profile);
  // Until the next run: the shapes of this run's objects survive a collection in between (keptObjects.ts).
  keepUntilNextRun([resolved, workflow.params, workflow.issues, graph, condensed, nodeOrder, estimated]);
  keepUntilNextRun([cols, analysis, stageIssues, profile]);
  return profile;
}
