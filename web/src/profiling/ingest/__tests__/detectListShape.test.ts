import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { detectListShape, detectWorkflowShape } from '../detectListShape';
import { ingestWorkflow } from '../ingestWorkflow';

const fixtures = join(__dirname, '../../../workflow/__tests__/fixtures/robustness');
const readFixture = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

const SDXL = 'huggingface.text_to_image.StableDiffusionXL';
const rfNode = (id: string, properties: Record<string, unknown>) => ({
  id,
  type: SDXL,
  position: { x: 0, y: 0 },
  data: { properties, title: `T ${id}` },
});
const ntNode = (id: string, data: Record<string, unknown>) => ({
  id,
  type: SDXL,
  data,
  ui_properties: { position: { x: 0, y: 0 } },
});

describe('detectListShape — the fixtures that fooled the 10-node guess', () => {
  it('reads React Flow nodes after ten marker-less comments as React Flow (the SDXL parameters are kept)', () => {
    const wf = ingestWorkflow(readFixture('shape-guess-reactflow-after-10-comments.json'));
    expect(wf.shape).toBe('reactflow');
    expect(wf.params[wf.indexById.get('sd')!]).toEqual({
      num_inference_steps: 150,
      width: 2048,
      height: 2048,
    });
    expect(wf.titles[wf.indexById.get('sd')!]).toBe('Big SDXL');
    expect(wf.issues).toEqual([]);
  });

  it('reads a NodeTool list whose first node has a parameter named "properties" as NodeTool, with a warning', () => {
    const wf = ingestWorkflow(readFixture('shape-guess-nodetool-properties-param.json'));
    expect(wf.shape).toBe('nodetool');
    expect(wf.params[wf.indexById.get('sd')!]).toMatchObject({ num_inference_steps: 150 });
    expect(wf.params[wf.indexById.get('schema')!]).toEqual({ properties: { a: 1 } });
    expect(wf.issues.map((i) => [i.code, i.severity])).toEqual([['input.shape-ambiguous', 'warning']]);
    expect(wf.issues[0]!.message).toContain('"schema"');
  });

  it('reads the React Flow import fixture as React Flow', () => {
    expect(detectWorkflowShape(readFixture('import-reactflow-params-lost.json'))).toBe('reactflow');
  });
});

describe('detectListShape — the rule', () => {
  it('decides from structural markers on any node, whichever comes first', () => {
    const bare = [
      { id: 'c', type: 'x.Comment', data: {} },
      { id: 'd', type: 'x.Comment' },
    ];
    expect(detectListShape([...bare, { id: 'p', type: 't', parentId: 'c' }]).shape).toBe('reactflow');
    expect(detectListShape([...bare, { id: 'p', type: 't', ui_properties: null }]).shape).toBe('nodetool');
    expect(detectListShape([...bare, { id: 'p', type: 't', parent_id: 'c' }]).shape).toBe('nodetool');
    // Nothing to decide from: both readings give the same (empty) parameters.
    expect(detectListShape(bare)).toEqual({ shape: 'reactflow' });
    expect(detectListShape([])).toEqual({ shape: 'reactflow' });
  });

  it('rejects a list that mixes React Flow and NodeTool nodes, naming one node of each', () => {
    const decision = detectListShape([rfNode('a', {}), ntNode('b', { steps: 3 })]);
    expect(decision.issue).toMatchObject({ code: 'input.shape-mixed', severity: 'error', field: 'nodes[0]' });
    expect(decision.issue!.message).toMatch(/"a" \(nodes\[0\]\) has "position"/);
    expect(decision.issue!.message).toMatch(/"b" \(nodes\[1\]\) has "ui_properties"/);
    const wf = ingestWorkflow({ nodes: [rfNode('a', {}), ntNode('b', {})], edges: [] });
    expect(wf.nodeCount).toBe(0);
    expect(wf.issues.map((i) => i.code)).toEqual(['input.shape-mixed']);
  });

  it('reads marker-less nodes whose data only holds "properties" and editor keys as React Flow, silently', () => {
    const decision = detectListShape([
      { id: 'a', type: SDXL, data: { properties: { width: 512 }, title: 'A', color: '#fff' } },
      { id: 'b', type: SDXL, data: {} },
    ]);
    expect(decision).toEqual({ shape: 'reactflow' });
  });

  it('always reads { graph } as NodeTool', () => {
    expect(detectWorkflowShape({ graph: { nodes: [rfNode('a', {})], edges: [] } })).toBe('nodetool');
    expect(detectWorkflowShape({ nodes: 'x' })).toBeUndefined();
    expect(detectWorkflowShape(null)).toBeUndefined();
  });
});

/** Parameter objects whose keys include the names of structural fields. */
const trickyParams = fc.dictionary(
  fc.constantFrom(
    'properties',
    'position',
    'data',
    'ui_properties',
    'parentId',
    'parent_id',
    'width',
    'title',
  ),
  fc.oneof(fc.integer(), fc.constant({ x: 1, y: 2 }), fc.constant({ a: 1 }), fc.constant(null)),
);

describe('detectListShape — properties', () => {
  it('gives the same decision for any order of the nodes and any parameter names (marked documents)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(trickyParams, { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.integer(),
        (reactFlow, paramsList, marked, seed) => {
          // React Flow nodes always have a position; NodeTool nodes need a marker on at least one node.
          const nodes = paramsList.map((params, i) =>
            reactFlow
              ? rfNode(`n${i}`, params)
              : i === 0 || marked[i]
                ? ntNode(`n${i}`, params)
                : { id: `n${i}`, type: SDXL, data: params },
          );
          const expected = reactFlow ? 'reactflow' : 'nodetool';
          const shuffled = shuffle(nodes, seed);
          expect(detectListShape(nodes)).toEqual({ shape: expected });
          expect(detectListShape(shuffled)).toEqual({ shape: expected });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same decision and issue code for any order of marker-less nodes', () => {
    fc.assert(
      fc.property(fc.array(trickyParams, { maxLength: 20 }), fc.integer(), (paramsList, seed) => {
        const nodes = paramsList.map((data, i) => ({ id: `n${i}`, type: SDXL, data }));
        const a = detectListShape(nodes);
        const b = detectListShape(shuffle(nodes, seed));
        expect(b.shape).toBe(a.shape);
        expect(b.issue?.code).toBe(a.issue?.code);
      }),
      { numRuns: 300 },
    );
  });
});

/** A deterministic shuffle (Fisher–Yates driven by a small LCG). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('React Flow nodes with parameters outside data.properties', () => {
  it('warns, naming the node and the key, instead of dropping them silently', () => {
    const wf = ingestWorkflow({
      nodes: [
        rfNode('ok', { width: 512 }),
        {
          id: 'odd',
          type: SDXL,
          position: { x: 0, y: 0 },
          data: { num_inference_steps: 150, steps2: 1, title: 'T' },
        },
      ],
      edges: [],
    });
    expect(wf.shape).toBe('reactflow');
    expect(wf.issues).toEqual([
      expect.objectContaining({
        code: 'node.params-outside-properties',
        severity: 'warning',
        nodeId: 'odd',
        field: 'nodes[1].data.num_inference_steps',
      }),
    ]);
    expect(wf.issues[0]!.message).toMatch(/"num_inference_steps" and 1 more key outside "properties"/);
  });
});
