/**
 * A small catalog of common NodeTool node types: what the "Add node" menu offers, their default parameters,
 * and the input/output handle names the editor draws before any edge exists. Names and defaults follow the
 * public NodeTool node reference (nodetool-ai/nodetool docs/nodes). Types not listed here still load and
 * render: their handles come from their edges and dynamic properties.
 */
import { COMMENT_TYPE, GROUP_TYPE, PREVIEW_TYPE } from './nodeDisplay';

/** One node type the editor knows how to create. */
export interface NodeTypeSpec {
  type: string;
  label: string;
  inputs: string[];
  outputs: string[];
  defaults: Record<string, unknown>;
  /** Initial card size for layout nodes. */
  size?: { width: number; height: number };
}

const OLLAMA_QWEN = { type: 'language_model', provider: 'ollama', id: 'qwen3:4b', name: 'qwen3:4b' };

/** Common node types, in the order the "Add node" menu lists them. */
export const NODE_CATALOG: readonly NodeTypeSpec[] = [
  {
    type: 'nodetool.input.StringInput',
    label: 'String input',
    inputs: [],
    outputs: ['output'],
    defaults: { name: 'text', value: '', description: '' },
  },
  {
    type: 'nodetool.constant.String',
    label: 'Text constant',
    inputs: [],
    outputs: ['output'],
    defaults: { value: '' },
  },
  {
    type: 'nodetool.text.FormatText',
    label: 'Format text',
    inputs: ['template'],
    outputs: ['output'],
    defaults: { template: '{{ text }}' },
  },
  {
    type: 'nodetool.agents.Agent',
    label: 'Agent (LLM)',
    inputs: ['prompt', 'messages'],
    outputs: ['text', 'chunk'],
    defaults: {
      model: OLLAMA_QWEN,
      system: 'You are a helpful assistant.',
      prompt: '',
      max_tokens: 4096,
      context_window: 4096,
    },
  },
  {
    type: 'nodetool.generators.ListGenerator',
    label: 'List generator (LLM)',
    inputs: ['prompt', 'input_text'],
    outputs: ['item', 'index'],
    defaults: { model: OLLAMA_QWEN, prompt: '', input_text: '', max_tokens: 2048 },
  },
  {
    type: 'nodetool.text.Embedding',
    label: 'Embedding',
    inputs: ['input'],
    outputs: ['output'],
    defaults: { model: { type: 'embedding_model', provider: 'ollama', id: 'nomic-embed-text' }, input: '' },
  },
  {
    type: 'vector.chroma.QueryText',
    label: 'Vector query (Chroma)',
    inputs: ['text'],
    outputs: ['ids', 'documents', 'metadatas', 'distances'],
    defaults: { collection: { type: 'collection', name: 'docs' }, text: '', n_results: 4 },
  },
  {
    type: 'huggingface.text_to_image.StableDiffusion',
    label: 'Stable Diffusion',
    inputs: ['prompt'],
    outputs: ['output'],
    defaults: {
      model: {
        type: 'hf.stable_diffusion',
        repo_id: 'Lykon/DreamShaper',
        path: 'DreamShaper_8_pruned.safetensors',
      },
      prompt: '',
      negative_prompt: '',
      num_inference_steps: 25,
      guidance_scale: 7.5,
      width: 512,
      height: 512,
      seed: -1,
    },
  },
  {
    type: 'huggingface.automatic_speech_recognition.Whisper',
    label: 'Whisper (speech to text)',
    inputs: ['audio'],
    outputs: ['text', 'chunks'],
    defaults: {
      model: { type: 'hf.automatic_speech_recognition', repo_id: 'openai/whisper-small' },
      task: 'transcribe',
      language: 'auto_detect',
      chunk_length_s: 30,
    },
  },
  {
    type: 'huggingface.text_to_video.Wan_T2V',
    label: 'Wan text to video',
    inputs: ['prompt'],
    outputs: ['output'],
    defaults: {
      model_variant: 'Wan-AI/Wan2.2-TI2V-5B-Diffusers',
      prompt: '',
      num_frames: 49,
      num_inference_steps: 30,
      guidance_scale: 5,
      width: 720,
      height: 480,
      fps: 16,
    },
  },
  {
    type: 'nodetool.output.StringOutput',
    label: 'String output',
    inputs: ['value'],
    outputs: [],
    defaults: { name: 'result', description: '' },
  },
  {
    type: PREVIEW_TYPE,
    label: 'Preview',
    inputs: ['value'],
    outputs: [],
    defaults: {},
    size: { width: 240, height: 180 },
  },
  {
    type: COMMENT_TYPE,
    label: 'Comment',
    inputs: [],
    outputs: [],
    defaults: { comment: 'Write a note here.' },
    size: { width: 260, height: 120 },
  },
  {
    type: GROUP_TYPE,
    label: 'Group',
    inputs: [],
    outputs: [],
    defaults: {},
    size: { width: 480, height: 320 },
  },
];

const BY_TYPE = new Map(NODE_CATALOG.map((spec) => [spec.type, spec]));

/** The catalog entry of a type, if the editor knows it. */
export function findNodeTypeSpec(type: string | undefined): NodeTypeSpec | undefined {
  return type ? BY_TYPE.get(type) : undefined;
}
