/** A small fixed metric table for engine tests: every number is chosen by the test, so answers are hand-checkable. */
import { createEmptyMetricTable, registerMetricRule } from '../../estimate/metricTable';
import type { EstimateContext, MetricTable, NodeEstimate, NormalizedNode } from '../../estimate/types';
import type { HardwareSpec } from '../../types';

export type FixedEstimate = Partial<NodeEstimate> & { runtimeMs: number };

/** Build a table where type `t` always estimates to `defs[t]` (records the contexts it was called with). */
export function fixedTable(
  defs: Record<string, FixedEstimate | ((node: NormalizedNode, ctx: EstimateContext) => FixedEstimate)>,
): MetricTable {
  let table = createEmptyMetricTable();
  for (const [type, def] of Object.entries(defs)) {
    table = registerMetricRule(table, type, {
      category: 'data',
      baseComplexity: 1,
      defaults: { runtimeMs: 0, memoryMb: 0, vramMb: 0, device: 'cpu' },
      estimate: (node, ctx) => {
        const e = typeof def === 'function' ? def(node, ctx) : def;
        return {
          category: 'data',
          complexity: 1,
          memoryMb: 0,
          vramMb: 0,
          device: 'cpu',
          known: true,
          confidence: 'high',
          layoutOnly: false,
          details: { source: 'test table', assumptions: [] },
          ...e,
        };
      },
    });
  }
  return table;
}

/** 10 GB discrete GPU: usable memory 10,000 MB. */
export const TEST_GPU: HardwareSpec = {
  name: 'Test GPU',
  vendor: 'nvidia',
  memoryBandwidthGBs: 1000,
  fp16Tflops: 100,
  memoryGb: 10,
};

export const COMMENT = 'nodetool.workflows.base_node.Comment';
export const PREVIEW = 'nodetool.workflows.base_node.Preview';

/** A NodeTool-shaped workflow from [id, type, data?] and [source, target] lists. */
export function workflow(
  nodes: Array<[string, string, Record<string, unknown>?]>,
  edges: Array<[string, string, string?]>,
) {
  return {
    name: 'test',
    graph: {
      nodes: nodes.map(([id, type, data]) => ({ id, type, data: data ?? {}, ui_properties: null })),
      edges: edges.map(([source, target, edgeType], i) => ({
        id: `e${i}`,
        source,
        sourceHandle: 'output',
        target,
        targetHandle: 'input',
        ...(edgeType ? { edge_type: edgeType } : {}),
      })),
    },
  };
}
