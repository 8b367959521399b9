import { renderHook } from '@testing-library/react';
import type { FlowEdge, FlowNode } from '../../editor';
import { isSameAnalysisEdges, isSameAnalysisNodes, useAnalysisGraph } from '../useAnalysisGraph';
import { getWorkflowKey } from '../workflowKey';

const data = { properties: { max_tokens: 100 } } as unknown as FlowNode['data'];
const nodes: FlowNode[] = [
  { id: 'a', type: 'nodetool.input.StringInput', position: { x: 0, y: 0 }, data },
  { id: 'b', type: 'nodetool.agents.Agent', position: { x: 200, y: 0 }, data },
];
const edges: FlowEdge[] = [
  { id: 'e', source: 'a', target: 'b', sourceHandle: 'output', targetHandle: 'prompt' },
];

describe('isSameAnalysisNodes / isSameAnalysisEdges', () => {
  it('ignores position, selection and measurements', () => {
    const moved = nodes.map((node) => ({
      ...node,
      position: { x: 5, y: 5 },
      selected: true,
      measured: { width: 1 },
    }));
    expect(isSameAnalysisNodes(nodes, moved)).toBe(true);
    expect(
      isSameAnalysisEdges(
        edges,
        edges.map((edge) => ({ ...edge, selected: true })),
      ),
    ).toBe(true);
  });

  it('sees parameter, type, group, order and wiring changes', () => {
    const [a, b] = nodes as [FlowNode, FlowNode];
    expect(isSameAnalysisNodes(nodes, [a, { ...b, data: { ...data } }])).toBe(false);
    expect(isSameAnalysisNodes(nodes, [a, { ...b, type: 'other' }])).toBe(false);
    expect(isSameAnalysisNodes(nodes, [a, { ...b, parentId: 'g' }])).toBe(false);
    expect(isSameAnalysisNodes(nodes, [b, a])).toBe(false);
    expect(isSameAnalysisNodes(nodes, [a])).toBe(false);
    const [e] = edges as [FlowEdge];
    expect(isSameAnalysisEdges(edges, [{ ...e, targetHandle: 'system' }])).toBe(false);
    expect(isSameAnalysisEdges(edges, [{ ...e, source: 'b', target: 'a' }])).toBe(false);
    expect(isSameAnalysisEdges(edges, [])).toBe(false);
  });
});

describe('useAnalysisGraph', () => {
  it('keeps its arrays across irrelevant changes and takes relevant ones', () => {
    const { result, rerender } = renderHook(({ n, e }) => useAnalysisGraph(n, e), {
      initialProps: { n: nodes, e: edges },
    });
    const first = result.current;
    expect(first.nodes).toBe(nodes);
    rerender({ n: nodes.map((node) => ({ ...node, selected: true })), e: [...edges] });
    expect(result.current).toBe(first);

    const edited = [nodes[0] as FlowNode, { ...(nodes[1] as FlowNode), data: { ...data } }];
    rerender({ n: edited, e: edges });
    expect(result.current.nodes).toBe(edited);
    expect(result.current.edges).toBe(edges);
  });
});

describe('getWorkflowKey', () => {
  it('prefers the NodeTool id, else the source', () => {
    expect(getWorkflowKey({ id: 'abc' }, 'file:x.json')).toBe('workflow:abc');
    expect(getWorkflowKey({ id: '  ' }, 'file:x.json')).toBe('file:x.json');
    expect(getWorkflowKey({}, 'example:llm-agent-chain')).toBe('example:llm-agent-chain');
    expect(getWorkflowKey({}, '')).toBe('untitled');
  });
});
