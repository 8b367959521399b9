/**
 * Read the model a node uses from its parameters: an object (`{type: "language_model", id, provider}`,
 * `{type: "hf.*", repo_id, path}`, `{type: "llama_model", repo_id, path}`, …) or a plain string.
 */

export interface ModelRef {
  /** Best single id: `id`, else `repo_id` (+ `/path`), else `name`, else the string itself. */
  id: string;
  provider?: string;
  /** The model object's `type`, e.g. `language_model`, `hf.stable_diffusion`. */
  type?: string;
  repoId?: string;
  path?: string;
  /** Everything known about the model, joined, for table lookups and quantization/size parsing. */
  text: string;
  /** Runs on a hosted provider (no local memory). */
  hosted: boolean;
}

/**
 * Providers that run models remotely (NodeTool `Provider` enum values and common aliases).
 * Local ones: ollama, llama_cpp, mlx, vllm, lmstudio, local, huggingface (local HF pipelines).
 */
const HOSTED = new Set([
  'openai',
  'anthropic',
  'gemini',
  'google',
  'mistral',
  'groq',
  'together',
  'togetherai',
  'replicate',
  'fal',
  'fal_ai',
  'openrouter',
  'cerebras',
  'xai',
  'deepseek',
  'perplexity',
  'cohere',
  'huggingface_inference',
  'hf_inference',
  'bedrock',
  'aime',
  'azure',
  'vertex',
  'fireworks',
  'elevenlabs',
  'kie',
  'minimax',
  'zhipu',
  'moonshot',
]);

/** Well-known hosted model ids, for strings with no provider (e.g. `"gpt-4o"`). */
const HOSTED_ID =
  /^(gpt-[345]|gpt-4o|o[134](-|$)|chatgpt|claude|gemini|grok|command-r|sonar|dall-e|gpt-image|tts-1|whisper-1|text-embedding-)/i;

/** True when a provider name denotes a hosted API. */
export function isHostedProvider(provider: string | undefined): boolean {
  return provider !== undefined && HOSTED.has(provider.toLowerCase());
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Parse a `model` parameter; undefined when the node names no model (e.g. `{ type: "language_model" }`). */
export function readModelRef(value: unknown): ModelRef | undefined {
  if (typeof value === 'string') {
    const id = value.trim();
    if (!id) return undefined;
    return { id, text: id, hosted: HOSTED_ID.test(id) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  const type = str(o.type);
  const provider = str(o.provider);
  const repoId = str(o.repo_id);
  const path = str(o.path);
  const name = str(o.name);
  const rawId = str(o.id) ?? str(o.model_id) ?? str(o.model);
  const id = rawId ?? (repoId ? (path ? `${repoId}/${path}` : repoId) : name);
  if (!id) return undefined;
  const text = [type, provider, rawId, repoId, path, name].filter(Boolean).join(' ');
  // NodeTool's `huggingface` / `huggingface_<router>` language-model providers are HF Inference (hosted); local
  // Hugging Face models come as `hf.*` model types instead.
  const hfInference =
    provider !== undefined && /^huggingface(_|$)/i.test(provider) && !type?.startsWith('hf.');
  const hosted = provider ? isHostedProvider(provider) || hfInference : HOSTED_ID.test(id);
  return { id, provider, type, repoId, path, text, hosted };
}
