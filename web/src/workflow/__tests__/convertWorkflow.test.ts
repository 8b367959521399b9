import { orderParentsFirst, toEditorWorkflow, toNodetoolWorkflow } from '../convertWorkflow';
import type { WorkflowFlowNode } from '../editorGraph';

const saved = {
  id: 'wf-1',
  name: 'Round trip',
  description: 'kept',
  settings: { a: 1 },
  graph: {
    nodes: [
      {
        id: 'child',
        parent_id: 'group',
        type: 'nodetool.agents.Agent',
        data: { model: { id: 'qwen3:4b', provider: 'ollama' }, max_tokens: 256 },
        ui_properties: { position: { x: 10, y: 20 }, width: 220, title: 'Child', color: '#abc', zIndex: 0 },
        dynamic_properties: {},
        dynamic_outputs: { search: { type: 'str' } },
        sync_mode: 'on_any',
      },
      {
        id: 'group',
        parent_id: null,
        type: 'nodetool.workflows.base_node.Group',
        data: {},
        ui_properties: { position: { x: 100, y: 100 }, width: 500, height: 300 },
      },
      { id: 'bare', type: 'nodetool.output.StringOutput', data: null, ui_properties: null },
    ],
    edges: [
      {
        id: 7,
        source: 'child',
        sourceHandle: 'search',
        target: 'bare',
        targetHandle: 'value',
        ui_properties: { className: 'str' },
      },
    ],
  },
};

describe('toEditorWorkflow', () => {
  const workflow = toEditorWorkflow(saved);

  it('puts group parents before their children and keeps relative child positions', () => {
    expect(workflow.nodes.map((n) => n.id)).toEqual(['group', 'bare', 'child']);
    const child = workflow.nodes.find((n) => n.id === 'child');
    expect(child?.parentId).toBe('group');
    expect(child?.position).toEqual({ x: 10, y: 20 });
  });

  it('maps parameters, titles, sizes and dynamic outputs', () => {
    const child = workflow.nodes.find((n) => n.id === 'child');
    expect(child?.data.properties).toEqual({
      model: { id: 'qwen3:4b', provider: 'ollama' },
      max_tokens: 256,
    });
    expect(child?.data.title).toBe('Child');
    expect(child?.width).toBe(220);
    expect(child?.height).toBeUndefined();
    expect(child?.data.dynamicOutputs).toEqual({ search: { type: 'str' } });
    const group = workflow.nodes.find((n) => n.id === 'group');
    expect([group?.width, group?.height]).toEqual([500, 300]);
  });

  it('tolerates null data and ui_properties (auto position, empty properties)', () => {
    const bare = workflow.nodes.find((n) => n.id === 'bare');
    expect(bare?.data.properties).toEqual({});
    expect(Number.isFinite(bare?.position.x) && Number.isFinite(bare?.position.y)).toBe(true);
  });

  it('keeps edge handles and turns numeric ids into strings', () => {
    expect(workflow.edges[0]).toMatchObject({
      id: '7',
      source: 'child',
      sourceHandle: 'search',
      target: 'bare',
      targetHandle: 'value',
    });
  });

  it('accepts bare { nodes, edges } and names it with the fallback', () => {
    const bare = toEditorWorkflow({ nodes: [{ id: 'a', type: 'x.Y' }], edges: [] }, 'From paste');
    expect(bare.name).toBe('From paste');
    expect(bare.nodes).toHaveLength(1);
  });
});

describe('toNodetoolWorkflow', () => {
  it('round-trips the fields NodeTool needs and the ones the editor does not model', () => {
    const back = toNodetoolWorkflow(toEditorWorkflow(saved));
    expect(back).toMatchObject({ id: 'wf-1', name: 'Round trip', description: 'kept', settings: { a: 1 } });
    const child = back.graph.nodes.find((n) => n.id === 'child');
    expect(child).toMatchObject({
      parent_id: 'group',
      type: 'nodetool.agents.Agent',
      data: saved.graph.nodes[0]?.data,
      ui_properties: { position: { x: 10, y: 20 }, width: 220, title: 'Child', color: '#abc' },
      dynamic_outputs: { search: { type: 'str' } },
      sync_mode: 'on_any',
    });
    expect(back.graph.edges[0]).toMatchObject({
      id: '7',
      source: 'child',
      sourceHandle: 'search',
      target: 'bare',
      targetHandle: 'value',
      ui_properties: { className: 'str' },
    });
    // And once more: a second round trip is stable.
    expect(toNodetoolWorkflow(toEditorWorkflow(back))).toEqual(back);
  });
});

describe('orderParentsFirst', () => {
  const node = (id: string, parentId?: string): WorkflowFlowNode => ({
    id,
    type: 't.T',
    position: { x: 0, y: 0 },
    data: { properties: {} },
    ...(parentId ? { parentId } : {}),
  });

  it('detaches nodes whose parent is missing or part of a parent loop', () => {
    const { nodes, droppedParents } = orderParentsFirst([
      node('a', 'b'),
      node('b', 'a'),
      node('c', 'missing'),
      node('d', 'c'),
      node('e', 'a'),
    ]);
    // Every link of the a↔b loop goes (as in the engine, whatever the node order); "e" below it stays.
    expect(droppedParents.sort()).toEqual(['a', 'b', 'c']);
    expect(nodes.find((n) => n.id === 'b')?.parentId).toBeUndefined();
    expect(nodes.find((n) => n.id === 'e')?.parentId).toBe('a');
    expect(nodes.find((n) => n.id === 'd')?.parentId).toBe('c');
    expect(nodes.map((n) => n.id).indexOf('c')).toBeLessThan(nodes.map((n) => n.id).indexOf('d'));
  });
});
