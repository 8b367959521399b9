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

describe('estimate memo', () => {
  it('gives every node the estimate (and warnings) it gets when estimated alone in its context', () => {
    const hardware = resolveHardware('rtx-4090');
    const table = getBuiltinMetricTable();
    fc.assert(
      fc.property(graphArbitrary, ({ kinds, edges }) => {
        const workflow = ingestWorkflow({
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
        const graph = buildKernelFromWorkflow(workflow);
        const order = computeNodeOrder(condenseGraph(graph), workflow.nodeCount);
        const env = { hardware, assumptions: {}, table };
        const { estimates, upstreamChars, upstreamMedia } = estimateNodes(workflow, graph, order, env);
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
      }),
      { numRuns: 40 },
    );
  });
});
