import fc from 'fast-check';
import type { EstimateContext, NormalizedNode } from '../../estimate/types';
import { condenseGraph } from '../../graph/condenseGraph';
import { buildKernelFromWorkflow } from '../../graph/fromWorkflow';
import { getBuiltinMetricTable } from '../resolveOptions';
import { resolveHardware } from '../../hardware/resolveHardware';
import { ingestWorkflow } from '../../ingest/ingestWorkflow';
import { MEMO_MIN_NODES, warningsFor } from '../estimateMemo';
import { estimateNodes, estimateOne } from '../estimateNodes';
import { computeNodeOrder } from '../nodeOrder';

/** Node configurations repeated across a graph, as batch workflows repeat them. */
const CONFIGS: Array<[string, Record<string, unknown>]> = [
  ['nodetool.text.FormatText', { template: 'Summarise {{ text }}.' }],
  ['nodetool.constant.String', { value: 'A constant prompt fragment of some length.' }],
  // A small context window: long upstream text gives prompt-truncated warnings naming the node.
  [
    'nodetool.agents.Agent',
    { model: { type: 'language_model', provider: 'ollama', id: 'qwen3:4b' }, context_window: 256 },
  ],
  ['nodetool.agents.Agent', { model: { type: 'language_model', provider: 'openai', id: 'gpt-4o-mini' } }],
  ['nodetool.constant.Image', { value: { type: 'image', width: 2048, height: 1536 } }],
  ['nodetool.image.Fit', { width: 640, height: 480 }],
  ['lib.pillow.enhance.Sharpen', {}],
  ['huggingface.image_to_image.StableDiffusionImg2Img', { num_inference_steps: 20 }],
  ['nodetool.workflows.base_node.Preview', {}],
];

const graphArbitrary = fc.integer({ min: MEMO_MIN_NODES, max: 140 }).chain((n) =>
  fc.record({
    kinds: fc.array(fc.nat(CONFIGS.length - 1), { minLength: n, maxLength: n }),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
  }),
);

const HANDLE_NAMES = ['text', 'context', 'question', 'documents', 'topic', 'style', 'name', 'value'];

/** Each node's estimate equals (warnings relabelled) the estimate it gets alone in its context. */
function expectEstimatesAsAlone(graphInput: unknown): ReturnType<typeof estimateNodes> {
  const hardware = resolveHardware('rtx-4090');
  const table = getBuiltinMetricTable();
  const workflow = ingestWorkflow(graphInput);
  const graph = buildKernelFromWorkflow(workflow);
  const order = computeNodeOrder(condenseGraph(graph), workflow.nodeCount);
  const env = { hardware, assumptions: {}, table };
  const result = estimateNodes(workflow, graph, order, env);
  const { estimates, upstreamChars, upstreamMedia } = result;
  workflow.nodes.forEach((node: NormalizedNode, v) => {
    const media = upstreamMedia[v];
    const ctx: EstimateContext = {
      hardware,
      upstreamTextChars: upstreamChars[v]!,
      assumptions: {},
      ...(media ? { upstreamMedia: media } : {}),
    };
    const alone = estimateOne(node, ctx, table);
    const { warnings: _shared, ...memoised } = estimates[v]!;
    const { warnings: _own, ...expected } = alone;
    expect(memoised).toEqual(expected);
    expect(warningsFor(estimates[v]!, node.id)).toEqual(alone.warnings ?? []);
  });
  return result;
}

describe('estimate memo', () => {
  it('gives every node the estimate (and warnings) it gets when estimated alone in its context', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ kinds, edges }) => {
        expectEstimatesAsAlone({
          graph: {
            // Fresh parameter objects per node, as a parsed file gives.
            nodes: kinds.map((k, i) => ({
              id: `n${i}`,
              type: CONFIGS[k]![0],
              data: JSON.parse(JSON.stringify(CONFIGS[k]![1])) as Record<string, unknown>,
            })),
            // Forward edges only: a DAG.
            edges: edges
              .filter(([a, b]) => a < b)
              .map(([a, b], i) => ({ id: `e${i}`, source: `n${a}`, target: `n${b}` })),
          },
        });
      }),
      { numRuns: 40 },
    );
  });

  it('shares estimates within a type of many parameter sets (dynamic properties), each as estimated alone', () => {
    // Subsets of up to three of eight input names, as an editor's FormatText nodes have: up to 92 sets.
    const subset = fc.uniqueArray(fc.constantFrom(...HANDLE_NAMES), { minLength: 1, maxLength: 3 });
    const nodesArbitrary = fc.array(fc.tuple(subset, fc.constantFrom('A {{ text }}', 'B')), {
      minLength: MEMO_MIN_NODES,
      maxLength: 300,
    });
    fc.assert(
      fc.property(nodesArbitrary, (specs) => {
        const nodes = specs.map(([names, template], i) => ({
          id: `n${i}`,
          type: 'nodetool.text.FormatText',
          data: { template },
          dynamic_properties: Object.fromEntries(names.map((name) => [name, ''])),
        }));
        const { estimates } = expectEstimatesAsAlone({ graph: { nodes, edges: [] } });
        // With nothing upstream, nodes of equal parameters share one estimate object.
        const sets = new Set(specs.map(([names, template]) => `${[...names].sort().join()}|${template}`));
        expect(new Set(estimates).size).toBe(sets.size);
      }),
      { numRuns: 30 },
    );
  });
});
