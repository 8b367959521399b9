import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { profileWorkflow, type Profile } from '../../profiling';
import { toNodetoolWorkflow } from '../convertWorkflow';
import type { EditorWorkflow } from '../editorGraph';
import { importWorkflowText, importWorkflowValue } from '../importWorkflow';
import { arbitraryNodetoolWorkflow } from './arbitraryWorkflow';

const fixtures = join(__dirname, 'fixtures/robustness');
const fixtureText = (name: string) => readFileSync(join(fixtures, name), 'utf8');

function importOk(text: string, name = 'test.json'): { workflow: EditorWorkflow; codes: string[] } {
  const result = importWorkflowText(text, name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return { workflow: result.workflow, codes: result.warnings.map((w) => w.code) };
}
/** Export as the editor's Export button does, read back as a file would be. */
const exported = (workflow: EditorWorkflow): unknown =>
  JSON.parse(JSON.stringify(toNodetoolWorkflow(workflow)));
/** What the profile panel analyses: the editor's own nodes and edges. */
const inApp = (workflow: EditorWorkflow): unknown => ({ nodes: workflow.nodes, edges: workflow.edges });
/** A profile without the fields that name the file rather than describe the graph. */
const analysis = (profile: Profile) => ({
  summary: { ...profile.summary, warnings: profile.summary.warnings.map((w) => w.code).sort() },
  nodes: profile.nodes,
  schedule: profile.schedule,
  waves: profile.waves,
});
const profileOf = (input: unknown) => analysis(profileWorkflow(input, { suggestions: false }));

describe('import — React Flow files', () => {
  it('keeps parameters, titles and positions, and the app and the CLI agree (fixture)', () => {
    const text = fixtureText('import-reactflow-params-lost.json');
    const { workflow } = importOk(text);
    const sdxl = workflow.nodes.find((n) => n.id === 'a')!;
    expect(sdxl.data.properties).toEqual({ num_inference_steps: 150, width: 2048, height: 2048 });
    expect(sdxl.data.title).toBe('My SDXL');
    expect(workflow.nodes.find((n) => n.id === 'b')!.position).toEqual({ x: 300, y: 0 });
    const cli = profileOf(JSON.parse(text));
    expect(profileOf(inApp(workflow))).toEqual(cli);
    expect(profileOf(exported(workflow))).toEqual(cli);
  });

  it('keeps parents, sizes, dynamic properties and NodeTool data fields of React Flow nodes', () => {
    const { workflow } = importOk(
      JSON.stringify({
        nodes: [
          {
            id: 'g',
            type: 'nodetool.workflows.base_node.Group',
            position: { x: 5, y: 6 },
            width: 400,
            height: 300,
            data: { properties: {} },
          },
          {
            id: 'f',
            type: 'nodetool.text.FormatText',
            position: { x: 10, y: 20 },
            parentId: 'g',
            data: {
              properties: { template: '{a}' },
              dynamic_properties: { a: 'x' },
              color: '#f00',
              sync_mode: 'zip_all',
            },
          },
        ],
        edges: [],
      }),
    );
    const back = toNodetoolWorkflow(workflow).graph.nodes;
    expect(back.find((n) => n.id === 'g')!.ui_properties).toMatchObject({
      position: { x: 5, y: 6 },
      width: 400,
      height: 300,
    });
    expect(back.find((n) => n.id === 'f')).toMatchObject({
      parent_id: 'g',
      data: { template: '{a}' },
      dynamic_properties: { a: 'x' },
      ui_properties: { color: '#f00', position: { x: 10, y: 20 } },
      sync_mode: 'zip_all',
    });
  });

  it('imports both shape-guess fixtures with every node keeping its parameters', () => {
    const after = importOk(fixtureText('shape-guess-reactflow-after-10-comments.json')).workflow;
    expect(after.nodes.find((n) => n.id === 'sd')!.data.properties).toMatchObject({
      num_inference_steps: 150,
    });
    const param = importOk(fixtureText('shape-guess-nodetool-properties-param.json'));
    expect(param.codes).toContain('input.shape-ambiguous');
    expect(param.workflow.nodes.find((n) => n.id === 'sd')!.data.properties).toMatchObject({ width: 2048 });
    expect(param.workflow.nodes.find((n) => n.id === 'schema')!.data.properties).toEqual({
      properties: { a: 1 },
    });
  });

  it('rejects a file mixing React Flow and NodeTool nodes with a coded error', () => {
    const result = importWorkflowValue({
      nodes: [
        { id: 'a', type: 't.A', position: { x: 0, y: 0 }, data: { properties: {} } },
        { id: 'b', type: 't.B', data: {}, ui_properties: null },
      ],
      edges: [],
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['input.shape-mixed']);
  });
});

describe('import — control edges and parents survive import and export', () => {
  it.each([
    ['type', { type: 'control' }],
    ['edge_type', { edge_type: 'control' }],
    ['data.edgeType', { data: { edgeType: 'control' } }],
  ])('keeps a control edge marked by %s', (_, mark) => {
    const file = JSON.parse(fixtureText('import-control-edge-type.json')) as {
      graph: { edges: Record<string, unknown>[] };
    };
    delete file.graph.edges[0]!.type;
    Object.assign(file.graph.edges[0]!, mark);
    const { workflow } = importOk(JSON.stringify(file));
    expect(workflow.edges[0]!.data?.edgeType).toBe('control');
    expect(toNodetoolWorkflow(workflow).graph.edges[0]!.edge_type).toBe('control');
    const original = profileOf(file);
    expect(profileOf(exported(workflow))).toEqual(original);
    expect(profileOf(inApp(workflow))).toEqual(original);
  });

  it('keeps numeric parent ids as strings (fixture)', () => {
    const { workflow, codes } = importOk(fixtureText('import-numeric-parent-dropped.json'));
    expect(codes).toEqual([]);
    expect(Object.fromEntries(workflow.nodes.map((n) => [n.id, n.parentId]))).toEqual({
      g: undefined,
      '2': 'g',
      '3': '2',
    });
    const back = toNodetoolWorkflow(workflow).graph.nodes;
    expect(back.find((n) => n.id === '3')!.parent_id).toBe('2');
  });

  it('reports self-parents and parent loops with a warning naming each node, and detaches them', () => {
    const group = (id: string, parent: string) => ({
      id,
      type: 'nodetool.workflows.base_node.Group',
      data: {},
      parent_id: parent,
    });
    const { workflow, codes } = importOk(
      JSON.stringify({ graph: { nodes: [group('s', 's'), group('a', 'b'), group('b', 'a')], edges: [] } }),
    );
    expect(codes.filter((c) => c.startsWith('node.'))).toEqual([
      'node.parent-loop',
      'node.parent-loop',
      'node.parent-loop',
    ]);
    expect(workflow.nodes.every((n) => n.parentId === undefined)).toBe(true);
  });
});

describe('import — round trip (property)', () => {
  it('NodeTool → editor → NodeTool export profiles the same as the original, and so does the app', () => {
    fc.assert(
      fc.property(arbitraryNodetoolWorkflow, (original) => {
        const { workflow, codes } = importOk(JSON.stringify(original));
        // The editor lists group parents before their children; ties between equal paths follow node order,
        // so the original is profiled in the editor's order.
        const order = new Map(workflow.nodes.map((n, i) => [n.id, i]));
        const rank = (node: { id: string | number }) => order.get(String(node.id))!;
        const nodes = [...original.graph.nodes].sort((a, b) => rank(a) - rank(b));
        const expected = profileOf({ ...original, graph: { ...original.graph, nodes } });
        // The import reports parent loops and detaches them, so the exported file no longer has any.
        const loops = expected.summary.warnings.filter((code) => code === 'node.parent-loop');
        expect(codes.filter((code) => code === 'node.parent-loop')).toEqual(loops);
        const withoutLoops = {
          ...expected,
          summary: {
            ...expected.summary,
            warnings: expected.summary.warnings.filter((c) => c !== 'node.parent-loop'),
          },
        };
        expect(profileOf(exported(workflow))).toEqual(withoutLoops);
        expect(profileOf(inApp(workflow))).toEqual(withoutLoops);
      }),
      { numRuns: 60 },
    );
  });
});
