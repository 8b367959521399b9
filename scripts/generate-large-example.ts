/**
 * Writes web/src/examples/large-batch-1000.json: a deterministic 1,000-node NodeTool workflow (a content
 * studio running many lanes of LLM, image, speech, retrieval and video work from one shared brief).
 * Same output on every run (seeded PRNG, no clock), so the committed file can be regenerated and diffed.
 *
 * Usage: npx tsx scripts/generate-large-example.ts [--check]
 *   --check  exit 1 when the committed file differs from what the generator produces.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_NODES = 1000;
const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../web/src/examples/large-batch-1000.json');

/** mulberry32: a small, well-known 32-bit PRNG; good enough to vary parameters deterministically. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenNode {
  id: string;
  parent_id: string | null;
  type: string;
  data: Record<string, unknown>;
  ui_properties: Record<string, unknown>;
  dynamic_properties: Record<string, unknown>;
  dynamic_outputs: Record<string, unknown>;
  sync_mode: string;
}
interface GenEdge {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  ui_properties: Record<string, unknown> | null;
}

const random = createRandom(20251124);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const nodes: GenNode[] = [];
const edges: GenEdge[] = [];

function addNode(
  id: string,
  type: string,
  x: number,
  y: number,
  data: Record<string, unknown>,
  extra: {
    parent?: string;
    width?: number;
    height?: number;
    title?: string;
    dyn?: Record<string, unknown>;
  } = {},
): string {
  const ui: Record<string, unknown> = {
    position: { x, y },
    zIndex: 0,
    selectable: true,
    width: extra.width ?? 240,
  };
  if (extra.height !== undefined) ui.height = extra.height;
  if (extra.title !== undefined) ui.title = extra.title;
  nodes.push({
    id,
    parent_id: extra.parent ?? null,
    type,
    data,
    ui_properties: ui,
    dynamic_properties: extra.dyn ?? {},
    dynamic_outputs: {},
    sync_mode: 'on_any',
  });
  return id;
}

function connect(
  source: string,
  sourceHandle: string,
  target: string,
  targetHandle: string,
  className: string,
): void {
  edges.push({
    id: `e${edges.length + 1}`,
    source,
    sourceHandle,
    target,
    targetHandle,
    ui_properties: { className },
  });
}

const OLLAMA_MODELS = [
  'qwen3:4b',
  'qwen3:8b',
  'llama3.2:3b',
  'llama3.1:8b',
  'gemma3:4b',
  'gemma3:12b',
] as const;
const llm = (id: string) => ({ type: 'language_model', provider: 'ollama', id, name: id });
const COL = 290;
const LANE_HEIGHT = 230;

addNode('brief', 'nodetool.input.StringInput', -340, 0, {
  name: 'brief',
  value: 'Launch campaign for a solar-powered e-bike',
  description: 'Shared campaign brief',
});
addNode('style_guide', 'nodetool.constant.String', -340, 200, {
  value: 'Tone: optimistic, concrete, no superlatives. Palette: teal, sand, charcoal.',
});

type LaneBuilder = (lane: number, y: number, p: string) => void;

/** Per-group relay of the shared brief (a FormatText inside the group): lanes read the brief from it. */
let batchBrief = 'brief';

/** Titles of lane nodes by id suffix, numbered by lane (so profiles and bottleneck lists read well). */
const LANE_TITLES: Record<string, string> = {
  prompt: 'Copy prompt',
  draft: 'Draft',
  edit: 'Edit',
  ideas: 'Poster ideas',
  render: 'Render poster',
  upscale: 'Upscale',
  fit: 'Fit 4:5',
  audio: 'Interview',
  asr: 'Transcribe',
  quotes: 'Pick quotes',
  merge: 'Merge quotes',
  question: 'FAQ question',
  embed: 'Embed FAQ',
  query: 'Retrieve',
  answer: 'Answer FAQ',
  index: 'Index FAQ',
  director: 'Shot director',
  clip: 'Render clip',
  caption: 'Caption',
};

/** Copywriting lane: prompt → draft agent → editor agent → preview + output (5 nodes). */
const copyLane: LaneBuilder = (lane, y, p) => {
  addNode(
    `${p}prompt`,
    'nodetool.text.FormatText',
    COL,
    y,
    { template: `Channel ${lane}: write copy for {{ brief }}` },
    { dyn: { brief: '' } },
  );
  connect(batchBrief, 'output', `${p}prompt`, 'brief', 'str');
  addNode(`${p}draft`, 'nodetool.agents.Agent', COL * 2, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Write a first draft.',
    max_tokens: pick([512, 1024, 2048]),
    context_window: 4096,
  });
  connect(`${p}prompt`, 'output', `${p}draft`, 'prompt', 'str');
  addNode(`${p}edit`, 'nodetool.agents.Agent', COL * 3, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Tighten the draft.',
    max_tokens: pick([256, 512, 1024]),
    context_window: 4096,
  });
  connect(`${p}draft`, 'text', `${p}edit`, 'prompt', 'str');
  addNode(
    `${p}preview`,
    'nodetool.workflows.base_node.Preview',
    COL * 4,
    y,
    { name: `copy_${lane}` },
    { height: 160 },
  );
  connect(`${p}edit`, 'text', `${p}preview`, 'value', 'str');
  addNode(`${p}out`, 'nodetool.output.StringOutput', COL * 5, y, { name: `copy_${lane}`, description: '' });
  connect(`${p}edit`, 'text', `${p}out`, 'value', 'str');
};

/** Image lane: prompt list → SD/SDXL → upscale → output (6 nodes). */
const imageLane: LaneBuilder = (lane, y, p) => {
  addNode(`${p}ideas`, 'nodetool.generators.ListGenerator', COL, y, {
    model: llm(pick(OLLAMA_MODELS)),
    prompt: 'Three poster prompts for the brief',
    max_tokens: 1024,
  });
  connect(batchBrief, 'output', `${p}ideas`, 'input_text', 'str');
  const xl = random() < 0.5;
  const size = xl ? pick([768, 1024]) : pick([512, 640, 768]);
  addNode(
    `${p}render`,
    xl ? 'huggingface.text_to_image.StableDiffusionXL' : 'huggingface.text_to_image.StableDiffusion',
    COL * 2,
    y,
    {
      model: xl
        ? {
            type: 'hf.stable_diffusion_xl',
            repo_id: 'stabilityai/stable-diffusion-xl-base-1.0',
            path: 'sd_xl_base_1.0.safetensors',
          }
        : {
            type: 'hf.stable_diffusion',
            repo_id: 'Lykon/DreamShaper',
            path: 'DreamShaper_8_pruned.safetensors',
          },
      prompt: '',
      negative_prompt: 'text, watermark',
      num_inference_steps: pick([20, 25, 30, 40]),
      guidance_scale: 7,
      width: size,
      height: size,
      seed: lane,
    },
  );
  connect(`${p}ideas`, 'item', `${p}render`, 'prompt', 'str');
  addNode(`${p}upscale`, 'huggingface.image_to_image.RealESRGAN', COL * 3, y, {
    model: { type: 'hf.real_esrgan', repo_id: 'ai-forever/Real-ESRGAN', path: 'RealESRGAN_x2.pth' },
    scale: 'x2',
  });
  connect(`${p}render`, 'output', `${p}upscale`, 'image', 'image');
  addNode(`${p}fit`, 'nodetool.image.Fit', COL * 4, y, { width: 1080, height: 1350 });
  connect(`${p}upscale`, 'output', `${p}fit`, 'image', 'image');
  addNode(`${p}out`, 'nodetool.output.ImageOutput', COL * 5, y, { name: `visual_${lane}`, description: '' });
  connect(`${p}fit`, 'output', `${p}out`, 'value', 'image');
  addNode(
    `${p}preview`,
    'nodetool.workflows.base_node.Preview',
    COL * 6,
    y,
    { name: `visual_${lane}` },
    { height: 160 },
  );
  connect(`${p}render`, 'output', `${p}preview`, 'value', 'image');
};

/** Interview lane: audio → Whisper → quote-picking agent → merge → output + preview (6 nodes). */
const speechLane: LaneBuilder = (lane, y, p) => {
  addNode(`${p}audio`, 'nodetool.input.AudioInput', COL, y, {
    name: `interview_${lane}`,
    value: { type: 'audio', uri: '' },
  });
  addNode(`${p}asr`, 'huggingface.automatic_speech_recognition.Whisper', COL * 2, y, {
    model: {
      type: 'hf.automatic_speech_recognition',
      repo_id: pick(['openai/whisper-small', 'openai/whisper-medium', 'openai/whisper-large-v3-turbo']),
    },
    task: 'transcribe',
    language: 'english',
    chunk_length_s: 30,
    timestamps: 'none',
  });
  connect(`${p}audio`, 'output', `${p}asr`, 'audio', 'audio');
  addNode(`${p}quotes`, 'nodetool.agents.Agent', COL * 3, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Pick the three best customer quotes.',
    max_tokens: 512,
    context_window: 8192,
  });
  connect(`${p}asr`, 'text', `${p}quotes`, 'prompt', 'str');
  addNode(
    `${p}merge`,
    'nodetool.text.FormatText',
    COL * 4,
    y,
    { template: '{{ brief }}\n\nQuotes:\n{{ quotes }}' },
    { dyn: { brief: '', quotes: '' } },
  );
  connect(batchBrief, 'output', `${p}merge`, 'brief', 'str');
  connect(`${p}quotes`, 'text', `${p}merge`, 'quotes', 'str');
  addNode(`${p}out`, 'nodetool.output.StringOutput', COL * 5, y, { name: `quotes_${lane}`, description: '' });
  connect(`${p}merge`, 'output', `${p}out`, 'value', 'str');
  addNode(
    `${p}preview`,
    'nodetool.workflows.base_node.Preview',
    COL * 6,
    y,
    { name: `transcript_${lane}` },
    { height: 160 },
  );
  connect(`${p}asr`, 'text', `${p}preview`, 'value', 'str');
};

/** Retrieval lane: embed question → query → answer (6 nodes). */
const retrievalLane: LaneBuilder = (lane, y, p) => {
  addNode(`${p}question`, 'nodetool.constant.String', COL, y, {
    value: `FAQ ${lane}: what does the warranty cover?`,
  });
  addNode(`${p}embed`, 'nodetool.text.Embedding', COL * 2, y, {
    model: {
      type: 'embedding_model',
      provider: 'ollama',
      id: pick(['nomic-embed-text', 'all-minilm', 'mxbai-embed-large']),
    },
    input: '',
  });
  connect(`${p}question`, 'output', `${p}embed`, 'input', 'str');
  addNode(`${p}query`, 'vector.chroma.QueryText', COL * 3, y, {
    collection: { type: 'collection', name: 'product_docs' },
    text: '',
    n_results: pick([3, 4, 6]),
  });
  connect(`${p}question`, 'output', `${p}query`, 'text', 'str');
  addNode(`${p}answer`, 'nodetool.agents.Agent', COL * 4, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Answer from the passages only.',
    max_tokens: 512,
    context_window: 8192,
  });
  connect(`${p}query`, 'documents', `${p}answer`, 'prompt', 'list');
  addNode(`${p}out`, 'nodetool.output.StringOutput', COL * 5, y, { name: `faq_${lane}`, description: '' });
  connect(`${p}answer`, 'text', `${p}out`, 'value', 'str');
  addNode(`${p}index`, 'vector.chroma.IndexEmbedding', COL * 3, y + 110, {
    collection: { type: 'collection', name: 'product_docs' },
    index_id: `faq-${lane}`,
  });
  connect(`${p}embed`, 'output', `${p}index`, 'embedding', 'np_array');
};

/** Video lane: director agent → Wan clip → output (6 nodes). */
const videoLane: LaneBuilder = (lane, y, p) => {
  addNode(`${p}director`, 'nodetool.agents.Agent', COL, y, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Write a cinematic 5-second shot description.',
    max_tokens: 256,
    context_window: 4096,
  });
  connect(batchBrief, 'output', `${p}director`, 'prompt', 'str');
  addNode(`${p}clip`, 'huggingface.text_to_video.Wan_T2V', COL * 2, y, {
    model_variant: pick(['Wan-AI/Wan2.2-TI2V-5B-Diffusers', 'Wan-AI/Wan2.1-T2V-1.3B-Diffusers']),
    prompt: '',
    num_frames: pick([49, 81]),
    num_inference_steps: pick([20, 30]),
    guidance_scale: 5,
    width: 832,
    height: 480,
    fps: 16,
    enable_cpu_offload: true,
  });
  connect(`${p}director`, 'text', `${p}clip`, 'prompt', 'str');
  addNode(`${p}out`, 'nodetool.output.VideoOutput', COL * 3, y, { name: `clip_${lane}`, description: '' });
  connect(`${p}clip`, 'output', `${p}out`, 'value', 'video');
  addNode(
    `${p}preview`,
    'nodetool.workflows.base_node.Preview',
    COL * 4,
    y,
    { name: `clip_${lane}` },
    { height: 160 },
  );
  connect(`${p}clip`, 'output', `${p}preview`, 'value', 'video');
  addNode(`${p}caption`, 'nodetool.agents.Agent', COL * 2, y + 110, {
    model: llm(pick(OLLAMA_MODELS)),
    system: 'Write a caption for the clip.',
    max_tokens: 128,
    context_window: 4096,
  });
  connect(`${p}director`, 'text', `${p}caption`, 'prompt', 'str');
  addNode(`${p}caption_out`, 'nodetool.output.StringOutput', COL * 3, y + 110, {
    name: `caption_${lane}`,
    description: '',
  });
  connect(`${p}caption`, 'text', `${p}caption_out`, 'value', 'str');
};

const LANES: readonly LaneBuilder[] = [copyLane, imageLane, speechLane, retrievalLane, videoLane];
/** Upper bound of nodes per lane (the copy lane has 5). */
const LANE_NODES = 6;
const LANES_PER_GROUP = 4;
// Every group holds LANES_PER_GROUP lanes plus the Group node and its brief relay (and maybe a row relay).
const GROUP_NODES = 3 + LANES_PER_GROUP * LANE_NODES;

const GROUP_COLUMNS = 6;
const GROUP_WIDTH = COL * 7 + 280;
/** Lanes start below a header strip that holds the group's brief relay. */
const GROUP_HEADER = 120;
const GROUP_HEIGHT = LANES_PER_GROUP * LANE_HEIGHT + GROUP_HEADER + 20;
const GROUP_ORIGIN_X = 400;

let lane = 0;
let group = 0;
while (nodes.length + GROUP_NODES + 1 <= TARGET_NODES) {
  const groupId = `group_${group + 1}`;
  // Groups on a grid, so the whole workflow has a screen-like aspect ratio.
  const groupX = GROUP_ORIGIN_X + (group % GROUP_COLUMNS) * (GROUP_WIDTH + 120);
  const groupY = Math.floor(group / GROUP_COLUMNS) * (GROUP_HEIGHT + 120);
  addNode(
    groupId,
    'nodetool.workflows.base_node.Group',
    groupX,
    groupY,
    {},
    {
      width: GROUP_WIDTH,
      height: GROUP_HEIGHT,
      title: `Channel batch ${group + 1}`,
    },
  );
  // The brief reaches each row of groups through a row relay, then passes from group to group along the
  // row (short edges in the groups' header strips instead of one long fan from the shared input).
  const column = group % GROUP_COLUMNS;
  if (column === 0) {
    const row = Math.floor(group / GROUP_COLUMNS) + 1;
    const rowBrief = addNode(
      `row_${row}_brief`,
      'nodetool.text.FormatText',
      80,
      groupY + 20,
      { template: '{{ brief }}\n{{ style }}' },
      { dyn: { brief: '', style: '' }, title: `Brief for row ${row}`, width: 220 },
    );
    connect('brief', 'output', rowBrief, 'brief', 'str');
    connect('style_guide', 'output', rowBrief, 'style', 'str');
    batchBrief = rowBrief;
  }
  const previousBrief = batchBrief;
  batchBrief = addNode(
    `${groupId}_brief`,
    'nodetool.text.FormatText',
    20,
    30,
    { template: `Batch ${group + 1}: {{ brief }}` },
    { parent: groupId, dyn: { brief: '' }, title: `Brief for batch ${group + 1}`, width: 220 },
  );
  connect(previousBrief, 'output', batchBrief, 'brief', 'str');
  for (let i = 0; i < LANES_PER_GROUP; i += 1) {
    const before = nodes.length;
    const builder = LANES[lane % LANES.length] as LaneBuilder;
    builder(lane + 1, i * LANE_HEIGHT, `l${lane + 1}_`);
    // Members of a group store positions relative to the group; lanes sit below the header strip.
    for (const node of nodes.slice(before)) {
      const pos = node.ui_properties.position as { x: number; y: number };
      node.parent_id = groupId;
      node.ui_properties.position = { x: pos.x, y: pos.y + GROUP_HEADER };
      const title = LANE_TITLES[node.id.slice(`l${lane + 1}_`.length)];
      if (title) node.ui_properties.title = `${title} #${lane + 1}`;
    }
    lane += 1;
  }
  group += 1;
}
// Fill up to exactly TARGET_NODES with review notes in the left column, under the shared inputs.
let note = 0;
while (nodes.length < TARGET_NODES) {
  note += 1;
  addNode(
    `note_${note}`,
    'nodetool.workflows.base_node.Comment',
    -340,
    400 + (note - 1) * 150,
    {
      comment: `Review note ${note}: check the outputs of channel batch ${note} before publishing.`,
    },
    { width: 260, height: 120 },
  );
}

const workflow = {
  id: 'wpp-example-large-1000',
  access: 'private',
  name: `Content studio at scale (${TARGET_NODES} nodes)`,
  description: `Generated by scripts/generate-large-example.ts: ${lane} lanes of copy, image, speech, retrieval and video work in ${group} groups, fed by one shared brief.`,
  tags: ['large', 'generated', 'example'],
  thumbnail: null,
  graph: { nodes, edges },
  input_schema: null,
  output_schema: null,
  settings: null,
  run_mode: 'workflow',
};

/** One node or edge per line: compact, yet diffs stay readable. */
function formatWorkflow(value: typeof workflow): string {
  const { graph, ...rest } = value;
  const head = JSON.stringify(rest, null, 1).replace(/\n}$/, '');
  const list = (items: readonly unknown[]) => items.map((item) => `   ${JSON.stringify(item)}`).join(',\n');
  return `${head},\n "graph": {\n  "nodes": [\n${list(graph.nodes)}\n  ],\n  "edges": [\n${list(graph.edges)}\n  ]\n }\n}\n`;
}

const text = formatWorkflow(workflow);
if (process.argv.includes('--check')) {
  const current = readFileSync(OUTPUT, 'utf8');
  if (current !== text) {
    console.error(`${OUTPUT} is out of date: run npx tsx scripts/generate-large-example.ts`);
    process.exit(1);
  }
  console.log(`${OUTPUT} is up to date (${nodes.length} nodes, ${edges.length} edges).`);
} else {
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT}: ${nodes.length} nodes, ${edges.length} edges.`);
}
