/**
 * Candidate changes, most promising first: nodes are visited by decreasing runtime (bottlenecks first), so a
 * bounded number of re-runs looks at the changes most likely to matter.
 */
import type { AnalysisSettings } from '../profile/runAnalysis';
import { LANE_GPU } from '../schedule/listSchedule';
import { describeQuantEffect, describeQuantTitle } from './describeQuant';
import { editFewerSteps, editOffload, editUseModel } from './editParams';
import { quantEdits, type QuantFormat } from './editQuant';
import type { SuggestionInput } from './proposeSuggestions';
import { estimateChanged, reestimateNode } from './reestimate';

interface NodeEdit {
  v: number;
  params: Record<string, unknown>;
  from: string;
  to: string;
}

interface QuantNodeEdit extends NodeEdit {
  format: QuantFormat;
}

/** The node's estimator responds to the edit (otherwise the change would be a no-op re-run). */
function reacts(input: SuggestionInput, v: number, params: Record<string, unknown>): boolean {
  return estimateChanged(input.estimates[v]!, reestimateNode(input, v, params));
}

export interface Candidate {
  kind: string;
  title: string;
  description: string;
  nodeIds: string[];
  /** Node index → new parameters (the node is re-estimated with them). */
  paramEdits: Map<number, Record<string, unknown>>;
  settings?: Partial<AnalysisSettings>;
}

/** Nodes considered for per-node edits (by decreasing runtime). */
const MAX_NODES_EXAMINED = 64;

/** All candidate changes for a profiled workflow. */
export function collectCandidates(input: SuggestionInput): Candidate[] {
  const { workflow, estimates, base, options } = input;
  const { ids, titles, params: paramsOf } = workflow;
  const out: Candidate[] = [];
  const byRuntime = topNodesByRuntime(input.analysis.work.runtimeMs, input.cols.layout, MAX_NODES_EXAMINED);
  const steps: NodeEdit[] = [];
  const quant: QuantNodeEdit[] = [];
  const offload: NodeEdit[] = [];
  const tight = memoryIsTight(base);
  for (const v of byRuntime) {
    const own = paramsOf[v]!;
    const est = estimates[v]!;
    const diffusion = est.category === 'image-diffusion' || est.category === 'video-diffusion';
    if (diffusion) {
      const edit = editFewerSteps(own);
      if (edit && reacts(input, v, edit.params))
        steps.push({ v, params: edit.params, from: String(edit.from), to: String(edit.to) });
    }
    if (diffusion || est.category === 'llm' || est.category === 'embedding') {
      const edit = quantEdits(own, est.category).find((e) => reacts(input, v, e.params));
      if (edit) quant.push({ v, ...edit });
    }
    if (tight && diffusion && est.vramMb > 0) {
      const params = editOffload(own);
      if (params && reacts(input, v, params)) offload.push({ v, params, from: 'off', to: 'model offload' });
    }
  }
  const title = (v: number) => `"${titles[v]!}"`;
  const group = <E extends NodeEdit>(
    edits: E[],
    kind: string,
    one: (e: E) => string,
    many: (n: number) => string,
    description: string,
  ) => {
    if (edits.length === 0) return;
    out.push({
      kind,
      title: edits.length === 1 ? one(edits[0]!) : many(edits.length),
      description,
      nodeIds: edits.map((e) => ids[e.v]!),
      paramEdits: new Map(edits.map((e) => [e.v, e.params])),
    });
  };
  group(
    steps,
    'fewer-steps',
    (e) => `Use ${e.to} steps instead of ${e.from} in ${title(e.v)}`,
    (n) => `Use 25 sampling steps in ${n} diffusion nodes`,
    'Modern multistep samplers (DPM-Solver++) reach good quality in 15–25 steps; denoising time grows linearly with steps.',
  );
  group(
    quant,
    'quantize',
    (e) => describeQuantTitle(titles[e.v]!, e),
    (n) => `Quantize ${n} models to 4 bits`,
    describeQuantEffect(quant.map((e) => e.format)),
  );
  group(
    offload,
    'offload',
    (e) => `Offload ${title(e.v)} to CPU between stages`,
    (n) => `Offload ${n} diffusion nodes to CPU between stages`,
    `The workflow needs ${Math.round((base.summary.scoreBreakdown.find((m) => m.id === 'memory-fit')?.value ?? 0) * 100)}% of the usable device memory; model CPU offload (diffusers enable_model_cpu_offload) keeps only the active component on the GPU, at the cost of slower steps.`,
  );
  const shared = shareModelCandidate(input);
  if (shared) out.push(shared);
  const waited = nodesThatWaited(input);
  if (waited.length > 0) {
    const workers = Math.min(1024, options.workers * 2);
    out.push({
      kind: 'parallelize',
      title: `Run up to ${workers} independent steps at once (now ${options.workers})`,
      description: `${waited.length} step${waited.length > 1 ? 's wait' : ' waits'} for a free worker although ${waited.length > 1 ? 'their' : 'its'} inputs are ready; independent calls (hosted models, HTTP, I/O) can run concurrently.`,
      nodeIds: waited.slice(0, 20),
      paramEdits: new Map(),
      settings: { workers },
    });
  }
  return out;
}

/**
 * The `limit` work nodes with the longest runtimes (the profile rows' `runtimeMs`: items × runtime), longest
 * first (ties: input order); layout nodes are left out. One pass over the analysis' columns keeping the best
 * `limit` in order: O(n · limit) at worst, about O(n) when most nodes are shorter than the current top.
 */
export function topNodesByRuntime(runtimeMs: Float64Array, layout: Uint8Array, limit: number): number[] {
  const top: number[] = [];
  for (let v = 0; v < runtimeMs.length; v++) {
    const runtime = runtimeMs[v]!;
    if (runtime <= 0 || layout[v]) continue;
    if (top.length === limit && runtime <= runtimeMs[top[limit - 1]!]!) continue;
    // Insert after every node at least as long (earlier nodes win ties).
    let i = top.length;
    while (i > 0 && runtimeMs[top[i - 1]!]! < runtime) i--;
    top.splice(i, 0, v);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** One candidate: every local LLM node uses the model of the LLM node that is already used most (or biggest). */
function shareModelCandidate(input: SuggestionInput): Candidate | undefined {
  const { workflow, estimates } = input;
  const { paramsClass, classParams } = workflow;
  const groups = new Map<string, number[]>();
  for (let v = 0; v < estimates.length; v++) {
    const est = estimates[v]!;
    if (est.category !== 'llm' || est.modelKey === undefined) continue;
    // Equal parameters within a class: its parameters are read instead of the node's, scattered over memory.
    const c = paramsClass[v]!;
    const own = c >= 0 ? classParams[c]! : workflow.params[v]!;
    if (!Object.prototype.hasOwnProperty.call(own, 'model')) continue;
    const list = groups.get(est.modelKey) ?? [];
    list.push(v);
    groups.set(est.modelKey, list);
  }
  if (groups.size < 2) return undefined;
  let keep: number[] | undefined;
  let keepMemory = -1;
  for (const list of groups.values()) {
    const est = estimates[list[0]!]!;
    const memory = est.modelVramMb ?? est.vramMb;
    if (!keep || list.length > keep.length || (list.length === keep.length && memory > keepMemory)) {
      keep = list;
      keepMemory = memory;
    }
  }
  const model = workflow.params[keep![0]!]!.model;
  const edits = new Map<number, Record<string, unknown>>();
  for (const list of groups.values()) {
    if (list === keep) continue;
    for (const v of list) {
      const params = editUseModel(workflow.params[v]!, model);
      if (params) edits.set(v, params);
    }
  }
  if (edits.size === 0) return undefined;
  const ids = [...edits.keys()].map((v) => workflow.ids[v]!);
  return {
    kind: 'share-model',
    title: `Use one model for ${groups.size} LLM nodes`,
    description: `${groups.size} different local models are loaded; using the model of "${workflow.titles[keep![0]!]!}" everywhere loads the weights once.`,
    nodeIds: ids,
    paramEdits: edits,
  };
}

/** Peak device memory above 80 % of the usable memory (the memory-fit metric's value). */
function memoryIsTight(base: SuggestionInput['base']): boolean {
  const fit = base.summary.scoreBreakdown.find((m) => m.id === 'memory-fit');
  return fit !== undefined && fit.value > 0.8;
}

/** Worker-lane steps that started later than their earliest start (waited for a worker), in start order. */
function nodesThatWaited(input: SuggestionInput): string[] {
  if (input.analysisGraph.condensed.members) return nodesThatWaitedInSchedule(input);
  // Without cycles the schedule's entries are the launched steps, one node each, in launch order: read the
  // analysis' arrays instead of looking every entry's node up by id.
  const { analysis, workflow } = input;
  const { launchOrder, start } = analysis.schedule;
  const { earliestStart } = analysis.timing;
  const out: string[] = [];
  for (let i = 0; i < launchOrder.length; i++) {
    const v = launchOrder[i]!;
    if (analysis.laneKind[v] === LANE_GPU) continue;
    if (start[v]! > earliestStart[v]! + 1e-6) out.push(workflow.ids[v]!);
  }
  return out;
}

/** `nodesThatWaited` from the profile's schedule entries (cycle steps hold several nodes). */
function nodesThatWaitedInSchedule(input: SuggestionInput): string[] {
  const { base, workflow } = input;
  // Read the rows once in order: the schedule visits them in start order, all over memory.
  const earliest = new Float64Array(base.nodes.length);
  for (let v = 0; v < base.nodes.length; v++) earliest[v] = base.nodes[v]!.earliestStartMs;
  const out: string[] = [];
  for (const entry of base.schedule) {
    if (!entry.lane.startsWith('worker')) continue;
    const v = workflow.indexById.get(entry.nodeId);
    const es = v === undefined ? 0 : earliest[v]!;
    if (entry.startMs > es + 1e-6) out.push(entry.nodeId);
  }
  return out;
}
