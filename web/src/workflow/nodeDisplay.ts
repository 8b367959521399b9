/**
 * How a NodeTool node is presented: readable title, a category label derived from the type's namespace,
 * the key parameters worth showing on the card, and the plain text of Comment nodes.
 * Framework-free: used by the editor's node components, the inspector and tests.
 */

/** NodeTool's layout-only node types. */
export const COMMENT_TYPE = 'nodetool.workflows.base_node.Comment';
export const GROUP_TYPE = 'nodetool.workflows.base_node.Group';
export const PREVIEW_TYPE = 'nodetool.workflows.base_node.Preview';

/** The kind of card the editor draws for a node type. */
export type NodeRenderKind = 'comment' | 'group' | 'preview' | 'workflow';

/** Picks the card kind for a NodeTool type (by its short name, so `*.Comment` variants also match). */
export function getNodeRenderKind(type: string | undefined): NodeRenderKind {
  const short = getShortTypeName(type);
  if (short === 'Comment') return 'comment';
  if (short === 'Group') return 'group';
  if (short === 'Preview') return 'preview';
  return 'workflow';
}

/** `huggingface.text_to_image.StableDiffusion` → `StableDiffusion`. */
export function getShortTypeName(type: string | undefined): string {
  if (!type) return 'Node';
  const parts = type.split('.');
  return parts[parts.length - 1] || type;
}

/** `StableDiffusionXL` → `Stable Diffusion XL`, `Wan_T2V` → `Wan T2V`. */
export function humanizeTypeName(short: string): string {
  return short
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim();
}

/** The title to show: ui title, `data.title`, else the humanized short name of the type. */
export function getNodeTitle(
  type: string | undefined,
  title?: unknown,
  params?: Record<string, unknown>,
): string {
  if (typeof title === 'string' && title.trim()) return title.trim();
  const fromData = params?.title;
  if (typeof fromData === 'string' && fromData.trim()) return fromData.trim();
  return humanizeTypeName(getShortTypeName(type));
}

/** Namespace prefix → category label, most specific first. Labels are editor UI text, not estimates. */
const CATEGORY_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.base_node\.Comment$/, 'Comment'],
  [/\.base_node\.Group$/, 'Group'],
  [/\.base_node\.Preview$/, 'Preview'],
  [/^vector\.|\.chroma\./, 'Vector DB'],
  [/(^|\.)text\.Embedding$|\.feature_extraction\.|sentence_similarity|[Ee]mbedding/, 'Embedding'],
  [/^nodetool\.agents\./, 'Agent'],
  [/^nodetool\.(generators|llms)\.|\.text_generation\.|^(openai|anthropic|gemini)\.(text|agents)\./, 'LLM'],
  [/\.text_to_video\.|\.image_to_video\.|^nodetool\.video\.|\.video\./, 'Video'],
  [/RealESRGAN|Upscal|\.image_to_image\.(Swin2SR|Upscale)/, 'Image'],
  [/\.text_to_image\.|\.image_to_image\.|^mlx\.mflux\./, 'Image generation'],
  [/automatic_speech_recognition|speech_to_text|\.Transcribe$/, 'Speech to text'],
  [/text_to_speech|\.TTS$|TextToSpeech$/, 'Text to speech'],
  [/^nodetool\.audio\.|^lib\.audio\.|\.audio\./, 'Audio'],
  [/^nodetool\.input\./, 'Input'],
  [/^nodetool\.output\./, 'Output'],
  [/^nodetool\.constant\./, 'Constant'],
  [/^nodetool\.(boolean|control)\./, 'Control'],
  [/^nodetool\.text\./, 'Text'],
  [/^(nodetool\.image|lib\.pillow)\.|\.depth_estimation\.|\.image_to_text\./, 'Image'],
  [/^(nodetool\.(data|list|dictionary)|lib\.(numpy|pandas))\./, 'Data'],
  [/^search\.|^lib\.(http|browser)\.|\.http\./, 'Web'],
  [/^lib\.mail\.|^google\.mail\./, 'Mail'],
];

/** A short category label for a node type, derived from its namespace (e.g. `Agent`, `Image generation`). */
export function getCategoryLabel(type: string | undefined): string {
  if (!type) return 'Node';
  for (const [pattern, label] of CATEGORY_RULES) if (pattern.test(type)) return label;
  const namespace = type.split('.').slice(0, -1);
  const last = namespace[namespace.length - 1];
  return last ? humanizeTypeName(last.charAt(0).toUpperCase() + last.slice(1)) : 'Node';
}

/** One parameter shown on a node card. */
export interface KeyParam {
  key: string;
  label: string;
  value: string;
}

/** Readable model id from the shapes NodeTool uses: `"gemma3:4b"`, `{ id }`, `{ repo_id, path }`, `{ name }`. */
export function describeModel(model: unknown): string | undefined {
  if (typeof model === 'string') return model.trim() || undefined;
  if (!model || typeof model !== 'object') return undefined;
  const m = model as Record<string, unknown>;
  for (const key of ['repo_id', 'id', 'name', 'model_id']) {
    const value = m[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function formatScalar(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim()) return value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return undefined;
}

/** Key parameters for the card: model, provider, max_tokens, steps, size, frames, results. Never throws. */
export function getKeyParams(params: Record<string, unknown> | null | undefined): KeyParam[] {
  if (!params || typeof params !== 'object') return [];
  const out: KeyParam[] = [];
  const push = (key: string, label: string, value: string | undefined) => {
    if (value !== undefined) out.push({ key, label, value });
  };
  push('model', 'model', describeModel(params.model) ?? formatScalar(params.model_variant));
  const model = params.model;
  if (model && typeof model === 'object') {
    push('provider', 'provider', formatScalar((model as Record<string, unknown>).provider));
  }
  push('max_tokens', 'max tokens', formatScalar(params.max_tokens ?? params.max_new_tokens));
  push('steps', 'steps', formatScalar(params.num_inference_steps ?? params.steps));
  const width = params.width;
  const height = params.height;
  if (typeof width === 'number' && typeof height === 'number') push('size', 'size', `${width}×${height}`);
  push('num_frames', 'frames', formatScalar(params.num_frames));
  push('n_results', 'results', formatScalar(params.n_results));
  push('context_window', 'context', formatScalar(params.context_window));
  return out;
}

/** Collects text from a Lexical/Slate-like tree: `{ text }` leaves, `children` arrays, `root`. */
function collectRichText(value: unknown, lines: string[], depth: number): void {
  if (depth > 50 || value === null || value === undefined) return;
  if (typeof value === 'string') {
    lines.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const block of value) collectRichText(block, lines, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const node = value as Record<string, unknown>;
  if (node.root) {
    collectRichText(node.root, lines, depth + 1);
    return;
  }
  if (typeof node.text === 'string' && !Array.isArray(node.children)) {
    lines.push(node.text);
    return;
  }
  if (Array.isArray(node.children)) {
    // A block (paragraph, heading, list item): its inline children form one line.
    const inline: string[] = [];
    const nested: string[] = [];
    for (const child of node.children) {
      if (child && typeof child === 'object' && Array.isArray((child as Record<string, unknown>).children)) {
        collectRichText(child, nested, depth + 1);
      } else if (
        child &&
        typeof child === 'object' &&
        typeof (child as Record<string, unknown>).text === 'string'
      ) {
        inline.push((child as Record<string, unknown>).text as string);
      }
    }
    if (inline.length > 0 || nested.length === 0) lines.push(inline.join(''));
    lines.push(...nested);
  }
}

/**
 * Plain text of a Comment node's `comment` value: a string, a Lexical-like array of paragraphs, or an editor
 * state with `root`. Unknown shapes give ''.
 */
export function extractCommentText(comment: unknown): string {
  const lines: string[] = [];
  collectRichText(comment, lines, 0);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
