/**
 * Workflows as an editor saves them, for the editor-session bench: the bench's layered DAG with random
 * UUID-style node and edge ids, nodes and edges in shuffled order, the fields NodeTool writes on every node
 * (`ui_properties` with a position, `dynamic_properties`, `dynamic_outputs`, `sync_mode`) and dynamic
 * handles: text nodes take their inputs on dynamic properties named after the edge's target handle, agents
 * expose some outputs as dynamic outputs, and edges name varied handles. Seeded and deterministic.
 */
import { createRandom, generateLayeredDag, type BenchWorkflow } from './generateDag';

/** Handle names of dynamic properties and outputs (what users call their template variables). */
const HANDLE_NAMES = ['text', 'context', 'question', 'documents', 'topic', 'style', 'name', 'value'];

type Data = Record<string, unknown>;

export interface SessionNode {
  id: string;
  type: string;
  data: Data;
  ui_properties: { position: { x: number; y: number }; zIndex: number; selectable: boolean };
  dynamic_properties: Data;
  dynamic_outputs: Data;
  sync_mode: string;
}

export interface SessionEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  ui_properties: { className: string };
}

export interface SessionWorkflow {
  graph: { nodes: SessionNode[]; edges: SessionEdge[] };
}

function uuid(random: () => number): string {
  const hex = (count: number) => {
    let s = '';
    for (let i = 0; i < count; i++) s += Math.floor(random() * 16).toString(16);
    return s;
  };
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = list[i]!;
    list[i] = list[j]!;
    list[j] = t;
  }
}

const TEXT_TYPES = new Set(['nodetool.text.FormatText']);
const DYNAMIC_OUTPUT_TYPES = new Set(['nodetool.agents.Agent']);

/** The layered DAG of `n` nodes as an editor would save it (see the file comment). */
export function generateSessionWorkflow(n: number, seed = 1): SessionWorkflow {
  const base: BenchWorkflow = generateLayeredDag(n, seed);
  const random = createRandom(seed ^ 0x5e55);
  const width = Math.max(4, Math.round(Math.sqrt(n)));
  const ids = base.graph.nodes.map(() => uuid(random));
  const indexOf = new Map(base.graph.nodes.map((node, i) => [node.id, i]));
  const nodes: SessionNode[] = base.graph.nodes.map((node, i) => ({
    id: ids[i]!,
    type: node.type,
    data: { ...node.data },
    ui_properties: {
      position: { x: (i % width) * 280, y: Math.floor(i / width) * 180 },
      zIndex: 0,
      selectable: true,
    },
    dynamic_properties: {},
    dynamic_outputs: {},
    sync_mode: 'on_any',
  }));
  const edges: SessionEdge[] = base.graph.edges.map((edge) => {
    const s = indexOf.get(edge.source!)!;
    const t = indexOf.get(edge.target!)!;
    const source = nodes[s]!;
    const target = nodes[t]!;
    let sourceHandle = 'output';
    if (DYNAMIC_OUTPUT_TYPES.has(source.type) && random() < 0.5) {
      sourceHandle = HANDLE_NAMES[Math.floor(random() * HANDLE_NAMES.length)]!;
      source.dynamic_outputs[sourceHandle] = { type: 'str', type_args: [], optional: false };
    }
    let targetHandle = 'input';
    if (TEXT_TYPES.has(target.type)) {
      targetHandle = HANDLE_NAMES[Math.floor(random() * HANDLE_NAMES.length)]!;
      target.dynamic_properties[targetHandle] = '';
    }
    return {
      id: uuid(random),
      source: source.id,
      sourceHandle,
      target: target.id,
      targetHandle,
      ui_properties: { className: sourceHandle === 'output' ? 'any' : 'str' },
    };
  });
  shuffle(nodes, random);
  shuffle(edges, random);
  return { graph: { nodes, edges } };
}

/** Items per JSON piece: the 1M-node workflow as one string would exceed V8's string length limit. */
const PIECE = 100_000;

/** A workflow as JSON text in pieces (node and edge lists cut every 100,000 items). */
export interface SessionText {
  nodes: string[];
  edges: string[];
}

export function toSessionText(workflow: SessionWorkflow): SessionText {
  const cut = (list: unknown[]) => {
    const pieces: string[] = [];
    for (let i = 0; i < list.length; i += PIECE) pieces.push(JSON.stringify(list.slice(i, i + PIECE)));
    return pieces.length ? pieces : ['[]'];
  };
  return { nodes: cut(workflow.graph.nodes), edges: cut(workflow.graph.edges) };
}

/** A fresh parse of the text: new objects and strings, as the editor gets from a file or its storage. */
export function parseSessionText(text: SessionText): SessionWorkflow {
  const join = <T>(pieces: string[]): T[] => {
    if (pieces.length === 1) return JSON.parse(pieces[0]!) as T[];
    const all: T[] = [];
    for (const piece of pieces) for (const item of JSON.parse(piece) as T[]) all.push(item);
    return all;
  };
  return { graph: { nodes: join<SessionNode>(text.nodes), edges: join<SessionEdge>(text.edges) } };
}
