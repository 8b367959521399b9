/**
 * Deterministic random workflows for the benchmark: layered DAGs of real NodeTool node types with realistic
 * parameters, about two edges per node and some wide fan-outs; plus a chain and a star.
 */

/** A small seeded PRNG (the "splitmix32"-style mixer, written here). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

type Data = Record<string, unknown>;

/** Node kinds, weighted by how often they appear (text and data steps dominate real graphs). */
const KINDS: Array<[number, string, () => Data]> = [
  [20, 'nodetool.text.FormatText', () => ({ template: 'Summarise {{ text }} in three bullet points.' })],
  [15, 'nodetool.constant.String', () => ({ value: 'A short constant prompt fragment.' })],
  [
    10,
    'nodetool.agents.Agent',
    () => ({ model: { type: 'language_model', provider: 'ollama', id: 'qwen3:4b' }, max_tokens: 512 }),
  ],
  [
    5,
    'nodetool.agents.Agent',
    () => ({ model: { type: 'language_model', provider: 'openai', id: 'gpt-4o-mini' }, max_tokens: 1024 }),
  ],
  [
    5,
    'huggingface.text_to_image.StableDiffusion',
    () => ({ num_inference_steps: 30, guidance_scale: 7.5, width: 512, height: 512 }),
  ],
  [10, 'lib.pillow.enhance.Sharpen', () => ({})],
  [10, 'nodetool.image.Fit', () => ({ width: 1024, height: 1024 })],
  [5, 'vector.chroma.HybridSearch', () => ({ n_results: 5 })],
  [5, 'nodetool.boolean.Compare', () => ({ comparison: '>' })],
  [5, 'nodetool.workflows.base_node.Preview', () => ({})],
  [10, 'nodetool.output.Output', () => ({ name: 'out' })],
];
const TOTAL_WEIGHT = KINDS.reduce((s, k) => s + k[0], 0);

function pickKind(random: () => number): [string, Data] {
  let r = random() * TOTAL_WEIGHT;
  for (const [w, type, data] of KINDS) {
    r -= w;
    if (r < 0) return [type, data()];
  }
  const last = KINDS[KINDS.length - 1]!;
  return [last[1], last[2]()];
}

export interface BenchWorkflow {
  graph: {
    nodes: Array<{ id: string; type: string; data: Data; ui_properties: null }>;
    edges: Array<Record<string, string>>;
  };
}

function node(id: string, type: string, data: Data) {
  return { id, type, data, ui_properties: null };
}

function edge(i: number, source: string, target: string) {
  return { id: `e${i}`, source, sourceHandle: 'output', target, targetHandle: 'input' };
}

/**
 * Layered DAG: ~√n-wide layers; each node takes 1–3 inputs from the previous 1–3 layers (≈ 2 edges per node);
 * 1 in 500 nodes fans out to up to 200 nodes of later layers.
 */
export function generateLayeredDag(n: number, seed = 1): BenchWorkflow {
  const random = createRandom(seed);
  const width = Math.max(4, Math.round(Math.sqrt(n)));
  const nodes: BenchWorkflow['graph']['nodes'] = [];
  const edges: BenchWorkflow['graph']['edges'] = [];
  for (let i = 0; i < n; i++) {
    const [type, data] = pickKind(random);
    nodes.push(node(`n${i}`, type, data));
  }
  for (let i = width; i < n; i++) {
    const layer = Math.floor(i / width);
    const inputs = 1 + Math.floor(random() * 3);
    for (let k = 0; k < inputs; k++) {
      const back = 1 + Math.floor(random() * Math.min(3, layer));
      const source = (layer - back) * width + Math.floor(random() * width);
      edges.push(edge(edges.length, `n${source}`, `n${i}`));
    }
  }
  for (let i = 0; i < n; i += 500) {
    const fan = Math.min(200, n - i - 1 - width);
    for (let k = 0; k < fan; k++) {
      const target = i + width + Math.floor(random() * (n - i - width));
      if (target > i && target < n && Math.floor(target / width) > Math.floor(i / width))
        edges.push(edge(edges.length, `n${i}`, `n${target}`));
    }
  }
  return { graph: { nodes, edges } };
}

/** n nodes in a single chain. */
export function generateChain(n: number): BenchWorkflow {
  const nodes = Array.from({ length: n }, (_, i) =>
    node(`n${i}`, i % 2 ? 'nodetool.text.FormatText' : 'lib.pillow.enhance.Sharpen', {}),
  );
  const edges = Array.from({ length: n - 1 }, (_, i) => edge(i, `n${i}`, `n${i + 1}`));
  return { graph: { nodes, edges } };
}

/** One hub feeding n − 1 leaves. */
export function generateStar(n: number): BenchWorkflow {
  const nodes = [node('hub', 'nodetool.constant.String', { value: 'shared input' })];
  const edges: BenchWorkflow['graph']['edges'] = [];
  for (let i = 1; i < n; i++) {
    nodes.push(node(`n${i}`, 'nodetool.text.FormatText', { template: 'Item {{ x }}' }));
    edges.push(edge(i - 1, 'hub', `n${i}`));
  }
  return { graph: { nodes, edges } };
}
