import { ingestWorkflow } from '../ingestWorkflow';
import type { IngestedWorkflow } from '../types';

const nodetool = (nodes: unknown[], edges: unknown[] = []) => ({ name: 'wf', graph: { nodes, edges } });
const edgeList = (wf: IngestedWorkflow) =>
  Array.from({ length: wf.edges.count }, (_, k) => ({
    id: wf.edges.ids[k],
    source: wf.edges.source[k],
    target: wf.edges.target[k],
    control: wf.edges.control[k] === 1,
  }));

describe('ingestWorkflow — NodeTool saved shape', () => {
  it('reads nodes, parameters in data, titles from ui_properties, edges listed before nodes', () => {
    const input = {
      name: 'Chat',
      graph: {
        edges: [
          {
            id: 'e1',
            source: 'a',
            sourceHandle: 'output',
            target: 'b',
            targetHandle: 'prompt',
            ui_properties: null,
          },
        ],
        nodes: [
          { id: 'a', type: 'nodetool.constant.String', data: { value: 'hello' }, ui_properties: null },
          {
            id: 'b',
            type: 'nodetool.agents.Agent',
            data: { max_tokens: 512 },
            ui_properties: { title: 'My agent', position: { x: 0, y: 0 } },
            parent_id: null,
          },
        ],
      },
    };
    const wf = ingestWorkflow(input);
    expect(wf.shape).toBe('nodetool');
    expect(wf.name).toBe('Chat');
    expect(wf.issues).toEqual([]);
    expect(wf.nodes.map((n) => [n.id, n.type, n.title])).toEqual([
      ['a', 'nodetool.constant.String', 'String'],
      ['b', 'nodetool.agents.Agent', 'My agent'],
    ]);
    expect(wf.nodes[1]!.params).toEqual({ max_tokens: 512 });
    expect(edgeList(wf)).toEqual([{ id: 'e1', source: 0, target: 1, control: false }]);
  });

  it('merges dynamic_properties under data, keeps parent ids, marks control edges, names id-less edges', () => {
    const wf = ingestWorkflow(
      nodetool(
        [
          { id: 'g', type: 'nodetool.workflows.base_node.Group' },
          {
            id: 'f',
            type: 'nodetool.text.FormatText',
            data: { template: '{{A}}' },
            dynamic_properties: { A: 'x', template: 'ignored' },
            parent_id: 'g',
          },
          { id: 'o', type: 'nodetool.output.Output', data: null },
        ],
        [{ source: 'f', target: 'o', edge_type: 'control', id: null }],
      ),
    );
    expect(wf.issues).toEqual([]);
    expect(wf.nodes[1]!.params).toEqual({ A: 'x', template: '{{A}}' });
    expect(wf.nodes[1]!.parentId).toBe('g');
    expect(wf.nodes[2]!.params).toEqual({});
    expect(edgeList(wf)[0]).toMatchObject({ id: 'edge#0', control: true });
    // The columns the engine reads agree with the node objects built from them.
    expect(wf.nodeCount).toBe(3);
    expect(wf.ids).toEqual(['g', 'f', 'o']);
    expect(wf.titles).toEqual(['Group', 'FormatText', 'Output']);
    for (let v = 0; v < wf.nodeCount; v++) {
      expect(wf.node(v)).toEqual(wf.nodes[v]);
      expect(wf.types[v]).toBe(wf.nodes[v]!.type);
      expect(wf.params[v]).toBe(wf.nodes[v]!.params);
    }
  });

  it('accepts numeric ids as their decimal text', () => {
    const wf = ingestWorkflow(
      nodetool(
        [
          { id: 3, type: 't.A' },
          { id: '4', type: 't.B' },
        ],
        [{ source: 3, target: 4 }],
      ),
    );
    expect(wf.nodes.map((n) => n.id)).toEqual(['3', '4']);
    expect(wf.edges.count).toBe(1);
  });

  it('keeps __proto__ and constructor as ordinary ids and parameter names (no prototype pollution)', () => {
    const input = JSON.parse(
      '{"graph":{"nodes":[{"id":"__proto__","type":"t.A","data":{"__proto__":{"polluted":true}}},{"id":"constructor","type":"t.B"}],"edges":[{"source":"__proto__","target":"constructor"}]}}',
    );
    const wf = ingestWorkflow(input);
    expect(wf.issues).toEqual([]);
    expect(wf.nodes.map((n) => n.id)).toEqual(['__proto__', 'constructor']);
    expect(wf.edges.count).toBe(1);
    expect(Object.prototype.hasOwnProperty.call(wf.nodes[0]!.params, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ingestWorkflow — React Flow editor shape', () => {
  it('reads type, data.properties, data.title, parentId and data.edgeType', () => {
    const wf = ingestWorkflow({
      nodes: [
        {
          id: 'n1',
          type: 'nodetool.input.StringInput',
          position: { x: 0, y: 0 },
          data: { properties: { value: 'hi' } },
        },
        {
          id: 'n2',
          type: 'nodetool.agents.Agent',
          position: { x: 1, y: 1 },
          parentId: 'n3',
          data: { properties: { max_tokens: 100 }, title: 'Writer' },
        },
        {
          id: 'n3',
          type: 'nodetool.workflows.base_node.Group',
          position: { x: 0, y: 0 },
          data: { properties: {} },
        },
      ],
      edges: [{ id: 'x', source: 'n1', target: 'n2', data: { edgeType: 'control' } }],
    });
    expect(wf.shape).toBe('reactflow');
    expect(wf.issues).toEqual([]);
    expect(wf.nodes[1]).toEqual({
      id: 'n2',
      type: 'nodetool.agents.Agent',
      title: 'Writer',
      params: { max_tokens: 100 },
      parentId: 'n3',
    });
    expect(edgeList(wf)[0]!.control).toBe(true);
  });

  it('treats a bare { nodes, edges } graph of NodeTool nodes as the NodeTool shape', () => {
    const wf = ingestWorkflow({
      nodes: [{ id: 'a', type: 't.A', data: { steps: 4 }, ui_properties: null }],
      edges: [],
    });
    expect(wf.shape).toBe('nodetool');
    expect(wf.nodes[0]!.params).toEqual({ steps: 4 });
  });
});

describe('ingestWorkflow — problems are coded and located', () => {
  const codes = (input: unknown) => ingestWorkflow(input).issues.map((i) => [i.code, i.severity]);

  it('rejects non-objects and wrong shapes with the field path', () => {
    expect(codes(null)).toEqual([['input.not-object', 'error']]);
    expect(codes([1, 2])).toEqual([['input.not-object', 'error']]);
    expect(codes({ foo: 1 })).toEqual([['input.shape', 'error']]);
    const noNodes = ingestWorkflow({ graph: { edges: [] } }).issues[0]!;
    expect(noNodes).toMatchObject({ code: 'input.shape', field: 'graph.nodes' });
    expect(ingestWorkflow({ graph: 'x' }).issues[0]).toMatchObject({ code: 'input.shape', field: 'graph' });
    expect(ingestWorkflow({ graph: { nodes: [], edges: {} } }).issues[0]).toMatchObject({
      code: 'input.shape',
      field: 'graph.edges',
    });
  });

  it('reports nodes that are not objects, lack an id or a type, or repeat an id', () => {
    const wf = ingestWorkflow(
      nodetool([5, { type: 't.A' }, { id: 'a' }, { id: 'b', type: 't.B' }, { id: 'b', type: 't.C' }]),
    );
    const issues = wf.issues;
    // Only the usable nodes are kept, the first of a repeated id; ids and the index follow them.
    expect(wf.nodes.map((n) => n.type)).toEqual(['t.B']);
    expect(wf.ids).toEqual(['b']);
    expect(wf.indexById.get('b')).toBe(0);
    expect(issues.map((i) => [i.code, i.field, i.nodeId])).toEqual([
      ['node.not-object', 'graph.nodes[0]', undefined],
      ['node.missing-id', 'graph.nodes[1].id', undefined],
      ['node.missing-type', 'graph.nodes[2].type', 'a'],
      ['node.duplicate-id', 'graph.nodes[4].id', 'b'],
    ]);
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('drops bad edges with warnings naming the edge', () => {
    const wf = ingestWorkflow(
      nodetool(
        [
          { id: 'a', type: 't.A' },
          { id: 'b', type: 't.B' },
        ],
        [
          'nope',
          { id: 'e1', source: 'a' },
          { id: 'e2', source: 'a', target: 'ghost' },
          { id: 'e3', source: 'a', target: 'a' },
          { id: 'e4', source: 'a', target: 'b' },
        ],
      ),
    );
    expect(wf.issues.map((i) => [i.code, i.edgeId, i.severity])).toEqual([
      ['edge.not-object', undefined, 'warning'],
      ['edge.missing-endpoint', 'e1', 'warning'],
      ['edge.unknown-node', 'e2', 'warning'],
      ['edge.self-loop', 'e3', 'warning'],
    ]);
    expect(wf.issues[2]).toMatchObject({ nodeId: 'ghost', field: 'graph.edges[2].target' });
    expect(edgeList(wf).map((e) => e.id)).toEqual(['e4']);
  });

  it('warns about unknown parents, non-object parameters and non-finite numbers without mutating the input', () => {
    const data = { steps: Number.NaN, width: Number.POSITIVE_INFINITY, ok: 3 };
    const wf = ingestWorkflow(
      nodetool([
        { id: 'a', type: 't.A', parent_id: 'nowhere' },
        { id: 'b', type: 't.B', data: 'oops' },
        { id: 'c', type: 't.C', data },
      ]),
    );
    expect(wf.issues.map((i) => [i.code, i.nodeId, i.field])).toEqual([
      ['node.params-not-object', 'b', 'graph.nodes[1].data'],
      ['param.not-a-number', 'c', 'steps'],
      ['param.not-a-number', 'c', 'width'],
      ['node.unknown-parent', 'a', 'parent_id'],
    ]);
    expect(wf.nodes[2]!.params).toEqual({ ok: 3 });
    expect(Number.isNaN(data.steps)).toBe(true);
    expect(wf.nodes[0]!.parentId).toBeUndefined();
  });
});
