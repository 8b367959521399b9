/** createWorkflowVersionMemo: after any sequence of immutable edits it gives what computeWorkflowVersion gives. */
import fc from 'fast-check';
import { computeWorkflowVersion, createWorkflowVersionMemo } from '..';
import { digestTextHash, hashText, startTextHash, updateTextHash } from '../../profiling/hash/hashText';
import { createNodeReader, readWhole } from '../../profiling/ingest/createNodeReader';

interface Node {
  id: string;
  type: string;
  position: { x: number; y: number };
  parentId?: string;
  measured?: { width: number; height: number };
  selected?: boolean;
  data: { properties: Record<string, unknown>; title?: string; dynamic_properties?: Record<string, unknown> };
}
interface Edge {
  id: string;
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
}
interface Graph {
  nodes: Node[];
  edges: Edge[];
}

const TYPES = [
  'nodetool.text.Concat',
  'huggingface.text_to_image.StableDiffusionXL',
  'nodetool.agents.Agent',
];

function startGraph(size: number): Graph {
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (let i = 0; i < size; i++) {
    nodes.push({
      id: `n${(i * 7) % size}-${i}`,
      type: TYPES[i % TYPES.length]!,
      position: { x: i, y: 0 },
      data: { properties: { steps: i, prompt: `p${i}` }, title: `Node ${i}` },
    });
    if (i > 0)
      edges.push({
        id: `e${i}`,
        source: nodes[i - 1]!.id,
        target: nodes[i]!.id,
        sourceHandle: 'output',
        targetHandle: 'input',
      });
  }
  return { nodes, edges };
}

/** Immutable edits, as an editor makes them: each returns a new graph and keeps every untouched object. */
const edit = fc.oneof(
  // NaN too: the ingest drops non-finite numbers (a JS caller's values; JSON cannot hold them).
  fc.record({
    kind: fc.constant('param' as const),
    at: fc.nat(),
    value: fc.oneof(fc.jsonValue(), fc.constant(Number.NaN)),
  }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), x: fc.integer() }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('handle' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('reorder' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('connect' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('view' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('untype' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('parent' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('dynamic' as const), at: fc.nat(), value: fc.jsonValue() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('nodetool' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unplace' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('place' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bare' as const), at: fc.nat() }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

let added = 0;

function apply(graph: Graph, change: Edit): Graph {
  const nodes = graph.nodes;
  const edges = graph.edges;
  const n = nodes.length;
  switch (change.kind) {
    case 'param': {
      const i = change.at % n;
      const node = nodes[i]!;
      const properties = { ...node.data.properties, steps: change.value };
      return { nodes: nodes.with(i, { ...node, data: { ...node.data, properties } }), edges };
    }
    case 'type': {
      const i = change.at % n;
      return { nodes: nodes.with(i, { ...nodes[i]!, type: `${nodes[i]!.type}X` }), edges };
    }
    case 'move': {
      const i = change.at % n;
      return { nodes: nodes.with(i, { ...nodes[i]!, position: { x: change.x, y: 1 } }), edges };
    }
    case 'add':
      added += 1;
      return {
        nodes: [...nodes, { ...nodes[change.at % n]!, id: `added-${added}` }],
        edges,
      };
    case 'remove': {
      if (n <= 1) return graph;
      const gone = nodes[change.at % n]!.id;
      // Edges to the removed node stay in the list (as after a bad import): the version drops them.
      return { nodes: nodes.filter((node) => node.id !== gone), edges };
    }
    case 'handle': {
      if (edges.length === 0) return graph;
      const k = change.at % edges.length;
      return { nodes, edges: edges.with(k, { ...edges[k]!, targetHandle: `h${change.at}` }) };
    }
    case 'reorder': {
      const i = change.at % n;
      return { nodes: [...nodes.slice(i), ...nodes.slice(0, i)], edges: [...edges].reverse() };
    }
    case 'view':
      // React Flow measured and selected some cards: new objects, nothing the engine reads.
      return {
        nodes: nodes.map((node, i) =>
          i % 3 === change.at % 3 ? { ...node, measured: { width: 200, height: 80 }, selected: true } : node,
        ),
        edges,
      };
    case 'untype': {
      const i = change.at % n;
      return { nodes: nodes.with(i, { ...nodes[i]!, type: '' }), edges };
    }
    case 'parent': {
      const i = change.at % n;
      return { nodes: nodes.with(i, { ...nodes[i]!, parentId: nodes[change.to % n]!.id }), edges };
    }
    case 'dynamic': {
      const i = change.at % n;
      const node = nodes[i]!;
      return {
        nodes: nodes.with(i, {
          ...node,
          data: { ...node.data, dynamic_properties: { extra: change.value } },
        }),
        edges,
      };
    }
    case 'rename': {
      const i = change.at % n;
      return { nodes: nodes.with(i, { ...nodes[i]!, id: `renamed-${change.at}` }), edges };
    }
    case 'nodetool': {
      // A node in NodeTool's saved shape in the React Flow list (parameters in `data`, a ui_properties).
      const i = change.at % n;
      const { position: _position, ...node } = nodes[i]!;
      return {
        nodes: nodes.with(i, { ...node, data: { steps: change.at }, ui_properties: {} } as unknown as Node),
        edges,
      };
    }
    case 'unplace': {
      // A node loses its React Flow marker (a list whose other nodes are NodeTool-shaped changes shape).
      const i = change.at % n;
      const { position: _position, ...node } = nodes[i]!;
      return { nodes: nodes.with(i, node as Node), edges };
    }
    case 'bare': {
      // No marker at all, parameters straight in `data` (what NodeTool's shape looks like without markers).
      const i = change.at % n;
      const { id, type } = nodes[i]!;
      return { nodes: nodes.with(i, { id, type, data: { steps: change.at } } as unknown as Node), edges };
    }
    case 'place': {
      const i = change.at % n;
      return { nodes: nodes.with(i, { ...nodes[i]!, position: { x: 1, y: 2 } }), edges };
    }
    case 'connect': {
      const source = nodes[change.from % n]!.id;
      const target = nodes[change.to % n]!.id;
      return {
        nodes,
        edges: [
          ...edges,
          { id: `c${edges.length}`, source, target, sourceHandle: 'output', targetHandle: 'input' },
        ],
      };
    }
  }
}

/** Checks `each` on the starting graph and after every edit of random edit sequences. */
function afterEveryEdit(start: () => (graph: Graph) => void, numRuns: number): void {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 12 }), fc.array(edit, { maxLength: 25 }), (size, edits) => {
      const each = start();
      let graph = startGraph(size);
      each(graph);
      for (const change of edits) {
        graph = apply(graph, change);
        each(graph);
      }
    }),
    { numRuns },
  );
}

describe('createWorkflowVersionMemo', () => {
  it('equals computeWorkflowVersion after every edit of any sequence', () => {
    afterEveryEdit(() => {
      const versionOf = createWorkflowVersionMemo();
      return (graph) => expect(versionOf(graph)).toBe(computeWorkflowVersion(graph));
    }, 400);
  });

  it('its node reader equals a whole fresh reading after every edit', () => {
    afterEveryEdit(() => {
      const read = createNodeReader();
      return (graph) => expect(read(graph)).toEqual(readWhole(graph));
    }, 300);
  });

  it('reads the whole list again when the node that made it a React Flow list loses its marker', () => {
    const before = {
      nodes: [
        { id: 'a', type: 't', position: { x: 0, y: 0 }, data: { properties: { p: 1 } } },
        { id: 'b', type: 't', data: { q: 2 } },
      ],
      edges: [],
    };
    const after = {
      nodes: [{ id: 'a', type: 't', data: { properties: { p: 1 } } }, before.nodes[1]!],
      edges: [],
    };
    const versionOf = createWorkflowVersionMemo();
    expect(versionOf(before)).toBe(computeWorkflowVersion(before));
    expect(versionOf(after)).toBe(computeWorkflowVersion(after));
    expect(computeWorkflowVersion(after)).not.toBe(computeWorkflowVersion(before));
  });

  it('gives null for what has no version, and recovers on the next graph', () => {
    const versionOf = createWorkflowVersionMemo();
    const graph = startGraph(3);
    expect(versionOf({ nodes: [], edges: [] })).toBeNull();
    expect(versionOf(graph)).toBe(computeWorkflowVersion(graph));
    expect(versionOf({ nodes: [], edges: graph.edges })).toBeNull();
    expect(versionOf(graph)).toBe(computeWorkflowVersion(graph));
  });

  it('does not move when only positions and titles change', () => {
    const versionOf = createWorkflowVersionMemo();
    const graph = startGraph(5);
    const before = versionOf(graph);
    const moved = {
      nodes: graph.nodes.map((node) => ({
        ...node,
        position: { x: 9, y: 9 },
        data: { ...node.data, title: 'x' },
      })),
      edges: graph.edges,
    };
    expect(versionOf(moved)).toBe(before);
  });
});

describe('resumable FNV-1a 64', () => {
  it('hashing in pieces equals hashing the whole text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (pieces) => {
        const state = startTextHash();
        for (const piece of pieces) updateTextHash(state, piece);
        expect(digestTextHash(state)).toBe(hashText(pieces.join('')));
      }),
    );
  });

  it('keeps the published FNV-1a 64 test vectors', () => {
    // Offset basis for the empty string; "a" → af63dc4c8601ec8c (Fowler–Noll–Vo reference vectors).
    expect(hashText('')).toBe('cbf29ce484222325');
    expect(hashText('a')).toBe('af63dc4c8601ec8c');
  });
});
