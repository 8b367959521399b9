import type { WorkflowFlowEdge, WorkflowFlowNode } from '../editorGraph';
import { computeNodeHandles } from '../nodeHandles';

const node = (id: string, type: string, extra: Partial<WorkflowFlowNode['data']> = {}): WorkflowFlowNode => ({
  id,
  type,
  position: { x: 0, y: 0 },
  data: { properties: {}, ...extra },
});
const edge = (
  source: string,
  sourceHandle: string,
  target: string,
  targetHandle: string,
): WorkflowFlowEdge => ({
  id: `${source}-${target}-${targetHandle}`,
  source,
  target,
  sourceHandle,
  targetHandle,
});

describe('computeNodeHandles', () => {
  const nodes = [
    node('fmt', 'nodetool.text.FormatText', { dynamicProperties: { TITLE: '', GENRE: '' } }),
    node('agent', 'nodetool.agents.Agent', { dynamicOutputs: { search: {} } }),
    node('odd', 'acme.custom.Thing'),
    node('note', 'nodetool.workflows.base_node.Comment'),
  ];
  const edges = [
    edge('fmt', 'output', 'agent', 'prompt'),
    edge('agent', 'search', 'odd', 'query'),
    edge('agent', 'chunk', 'odd', 'stream'),
  ];

  it('combines catalog handles, dynamic properties/outputs and edge handles', () => {
    const handles = computeNodeHandles(nodes, edges);
    expect(handles.fmt).toEqual({ inputs: ['template', 'TITLE', 'GENRE'], outputs: ['output'] });
    expect(handles.agent).toEqual({ inputs: ['prompt', 'messages'], outputs: ['text', 'chunk', 'search'] });
    expect(handles.odd).toEqual({ inputs: ['query', 'stream'], outputs: ['output'] });
    expect(handles.note).toEqual({ inputs: [], outputs: [] });
  });

  it('keeps unchanged entries referentially equal', () => {
    const first = computeNodeHandles(nodes, edges);
    const second = computeNodeHandles(nodes, [...edges, edge('fmt', 'output', 'odd', 'extra')], first);
    expect(second.agent).toBe(first.agent);
    expect(second.fmt).toBe(first.fmt);
    expect(second.odd).not.toBe(first.odd);
    expect(second.odd?.inputs).toContain('extra');
  });
});
