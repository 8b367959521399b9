import fc from 'fast-check';
import { condenseGraph } from '../../graph/condenseGraph';
import { buildKernelFromWorkflow } from '../../graph/fromWorkflow';
import { resolveHardware } from '../../hardware/resolveHardware';
import { ingestWorkflow } from '../../ingest/ingestWorkflow';
import { profileWorkflow } from '../../index';
import { buildEstimateColumns } from '../../profile/estimateColumns';
import { estimateNodes } from '../../profile/estimateNodes';
import { computeNodeOrder } from '../../profile/nodeOrder';
import { getBuiltinMetricTable } from '../../profile/resolveOptions';
import { rescheduleAnalysis, runAnalysis } from '../../profile/runAnalysis';
import { lowerBounds } from '../savingsBound';

/** GPU, worker, hosted, zero-time and streaming nodes, with shared and distinct models. */
const TYPES: Array<[string, Record<string, unknown>]> = [
  ['huggingface.text_to_image.StableDiffusion', { num_inference_steps: 20 }],
  ['nodetool.agents.Agent', { model: { type: 'language_model', provider: 'ollama', id: 'qwen3:4b' } }],
  ['nodetool.agents.Agent', { model: { type: 'language_model', provider: 'ollama', id: 'llama3.1:8b' } }],
  ['nodetool.agents.Agent', { model: { type: 'language_model', provider: 'openai', id: 'gpt-4o-mini' } }],
  ['nodetool.text.FormatText', { template: 'Summarise {{ text }}.' }],
  ['nodetool.image.Fit', { width: 640, height: 480 }],
  ['nodetool.control.ForEach', {}],
  ['nodetool.workflows.base_node.Preview', {}],
];

const workflowArbitrary = fc.integer({ min: 1, max: 40 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.nat(TYPES.length - 1), { minLength: n, maxLength: n }),
    // Any pairs: cycles are condensed into steps, as in real workflows with loops.
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
  }),
);

function workflowOf({ kinds, edges }: { kinds: number[]; edges: Array<[number, number]> }) {
  return {
    graph: {
      nodes: kinds.map((k, i) => ({ id: `n${i}`, type: TYPES[k]![0], data: { ...TYPES[k]![1] } })),
      edges: edges.map(([s, t], i) => ({ id: `e${i}`, source: `n${s}`, target: `n${t}` })),
    },
  };
}

/** The analysis (and its graph) profileWorkflow makes of `spec` on `hardwareId` with `workers` worker lanes. */
function analyse(spec: Parameters<typeof workflowOf>[0], hardwareId: string, workers: number) {
  const hardware = resolveHardware(hardwareId);
  const workflow = ingestWorkflow(workflowOf(spec));
  const graph = buildKernelFromWorkflow(workflow);
  const condensed = condenseGraph(graph);
  const nodeOrder = computeNodeOrder(condensed, workflow.nodeCount);
  const env = { hardware, assumptions: {}, table: getBuiltinMetricTable() };
  const cols = buildEstimateColumns(estimateNodes(workflow, graph, nodeOrder, env).estimates);
  const g = { graph, condensed, nodeOrder };
  const unified = hardware.unifiedMemory === true || hardware.vendor === 'apple';
  return { g, unified, base: runAnalysis(g, cols, { workers, gpuLanes: 1, defaultItemCount: 3 }) };
}

describe('lowerBounds (what a lane change could save at most)', () => {
  it('is at most the makespan and device-memory peaks of the schedule with those lanes', () => {
    fc.assert(
      fc.property(
        workflowArbitrary,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('rtx-4090', 'apple-m3-pro'),
        (spec, workers, gpuLanes, hardwareId) => {
          const { g, unified, base } = analyse(spec, hardwareId, 4);
          const bound = lowerBounds(base, { workers, gpuLanes }, unified);
          const { schedule } = rescheduleAnalysis(g, base, { workers, gpuLanes });
          expect(bound.makespanMs).toBeLessThanOrEqual(schedule.makespanMs);
          expect(bound.memoryMb).toBeLessThanOrEqual(unified ? schedule.peakCombinedMb : schedule.peakVramMb);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is reached on a GPU-bound workflow: the GPU lane is busy the whole makespan, so more workers save nothing', () => {
    const spec = {
      kinds: [0, 0, 0, 1, 4, 4, 4, 5],
      edges: [
        [4, 0],
        [5, 1],
        [6, 2],
      ] as Array<[number, number]>,
    };
    const profile = profileWorkflow(workflowOf(spec), { hardware: 'rtx-4090', workers: 1 });
    const { base } = analyse(spec, 'rtx-4090', 1);
    const bound = lowerBounds(base, { workers: 2, gpuLanes: 1 }, false);
    expect(bound.makespanMs).toBeCloseTo(profile.summary.makespanMs, 3);
    expect(profile.suggestions.some((s) => s.kind === 'parallelize')).toBe(false);
  });
});
