/** @jest-environment node */
import { runGraphologyBaseline, typeWeightMs } from '../bench/baseline';
import { generateLayeredDag } from '../bench/generateDag';
import { generateSessionWorkflow } from '../bench/sessionWorkflow';
import { runTypedKernel } from '../bench/typedKernel';

describe('typed-array kernel of the editor-session bench', () => {
  it('finds the critical path, levels and wave memory of a small fixed graph', () => {
    const node = (id: string, type: string) => ({ id, type });
    const result = runTypedKernel({
      graph: {
        nodes: [
          node('a', 'nodetool.constant.String'), // 10 ms, 10 MB
          node('b', 'nodetool.agents.Agent'), // 6000 ms, 2600 MB
          node('c', 'huggingface.text_to_image.StableDiffusion'), // 8000 ms, 6900 MB
          node('d', 'nodetool.output.Output'), // 10 ms, 10 MB
        ],
        edges: [
          { source: 'a', target: 'b' },
          { source: 'a', target: 'c' },
          { source: 'b', target: 'd' },
          { source: 'c', target: 'd' },
          { source: 'd', target: 'd' }, // self-loop: dropped
          { source: 'a', target: 'missing' }, // unknown endpoint: dropped
        ],
      },
    });
    expect(result.acyclic).toBe(true);
    expect(result.edges).toBe(4);
    expect(result.makespanMs).toBe(10 + 8000 + 10);
    expect(Array.from(result.criticalPath)).toEqual([0, 2, 3]);
    expect(result.waves).toBe(3);
    expect(result.peakWaveMemoryMb).toBe(2600 + 6900);
  });

  it('gives the longest path the graphology baseline gives, on bench and editor-style workflows', () => {
    for (const n of [50, 300, 2000]) {
      const layered = generateLayeredDag(n, n);
      expect(runTypedKernel(layered).makespanMs).toBe(runGraphologyBaseline(layered));
      const session = generateSessionWorkflow(n, n + 1);
      const asBench = session as unknown as Parameters<typeof runGraphologyBaseline>[0];
      const result = runTypedKernel(session);
      expect(result.makespanMs).toBe(runGraphologyBaseline(asBench));
      // The critical path is a chain of edges whose weights add up to the makespan.
      const { nodes, edges } = session.graph;
      const linked = new Set(edges.map((e) => `${e.source}>${e.target}`));
      const path = Array.from(result.criticalPath);
      for (let i = 1; i < path.length; i++)
        expect(linked.has(`${nodes[path[i - 1]!]!.id}>${nodes[path[i]!]!.id}`)).toBe(true);
      const length = path.reduce((sum, v) => sum + typeWeightMs(nodes[v]!.type), 0);
      expect(length).toBe(result.makespanMs);
    }
  });

  it('says when the graph has a cycle', () => {
    const nodes = [
      { id: 'x', type: 't' },
      { id: 'y', type: 't' },
    ];
    const edges = [
      { source: 'x', target: 'y' },
      { source: 'y', target: 'x' },
    ];
    expect(runTypedKernel({ graph: { nodes, edges } }).acyclic).toBe(false);
  });

  it('rejects duplicate node ids with the index of the repeat', () => {
    const nodes = [
      { id: 'x', type: 't' },
      { id: 'x', type: 't' },
    ];
    expect(() => runTypedKernel({ graph: { nodes, edges: [] } })).toThrow('duplicate node id "x" (nodes[1])');
  });
});

describe('editor-style workflows', () => {
  it('have random UUIDs, shuffled lists, dynamic handles and the same graph as the bench DAG', () => {
    const a = generateSessionWorkflow(400, 3);
    const b = generateSessionWorkflow(400, 3);
    expect(a).toEqual(b);
    const ids = a.graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(400);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.graph.edges.length).toBe(generateLayeredDag(400, 3).graph.edges.length);
    expect(a.graph.edges.some((e) => e.targetHandle !== 'input')).toBe(true);
    expect(a.graph.nodes.some((n) => Object.keys(n.dynamic_properties).length > 0)).toBe(true);
  });
});
