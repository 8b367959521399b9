/**
 * Provider namespaces: hosted APIs (openai, anthropic, gemini, replicate, fal, elevenlabs, kie) and local runtimes
 * (ollama, mlx), plus vector stores (chroma / vector.*) and web search (search.*).
 */
import { estimateDiffusion } from '../estimators/diffusion';
import { estimateEmbedding } from '../estimators/encoder';
import { estimateLlm } from '../estimators/llm';
import { latency } from '../estimators/light';
import { estimateSpeechToText, estimateTextToSpeech } from '../estimators/speech';
import { LATENCY_MS } from '../formulas/ops';
import type { EstimateContext, NodeMetricDefinition, NormalizedNode } from '../types';
import { rule } from './define';
import { LLM_PROFILES } from './llmRules';

type Rules = ReadonlyArray<[string, NodeMetricDefinition]>;

/** A hosted-provider LLM node: the provider is the namespace when the model object does not say. */
function hostedLlm(provider: string): NodeMetricDefinition {
  const estimate = (node: NormalizedNode, ctx: EstimateContext) => {
    const model = node.params.model;
    const withProvider =
      typeof model === 'object' && model !== null && !Array.isArray(model)
        ? {
            ...(model as Record<string, unknown>),
            provider: (model as Record<string, unknown>).provider ?? provider,
          }
        : {
            type: 'language_model',
            id: typeof model === 'string' && model ? model : `${provider}-default`,
            provider,
          };
    return estimateLlm({ ...node, params: { ...node.params, model: withProvider } }, ctx, LLM_PROFILES.chat);
  };
  return rule('hosted-llm', estimate, `hosted LLM API (${provider})`);
}

const remote = (
  category: 'image-diffusion' | 'video-diffusion' | 'audio-generation' | 'http',
  ms: number,
  label: string,
) =>
  rule(category, latency({ category, ms, label, device: 'remote', baseComplexity: 3, memoryMb: 30 }), label);

const hostedTts = (provider: string) =>
  rule(
    'text-to-speech',
    (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'Kokoro-82M', hosted: true }),
    `hosted TTS (${provider})`,
  );

const HOSTED: Rules = [
  ['openai.*', hostedLlm('openai')],
  ['openai.image.*', remote('image-diffusion', 10_000, 'OpenAI image generation latency')],
  ['openai.audio.*', hostedTts('openai')],
  [
    'openai.audio.Transcribe',
    rule(
      'speech-to-text',
      (n, c) => estimateSpeechToText(n, c, { defaultModel: 'whisper-large', impl: 'transformers' }),
      'OpenAI transcription API',
    ),
  ],
  [
    'openai.audio.Translate',
    rule(
      'speech-to-text',
      (n, c) => estimateSpeechToText(n, c, { defaultModel: 'whisper-large', impl: 'transformers' }),
      'OpenAI translation API',
    ),
  ],
  [
    'openai.text.Embedding',
    rule(
      'embedding',
      (n, c) =>
        estimateEmbedding(
          { ...n, params: { ...n.params, model: { id: 'text-embedding-3-small', provider: 'openai' } } },
          c,
          { defaultModel: 'bge-base' },
        ),
      'OpenAI embeddings API',
    ),
  ],
  ['anthropic.*', hostedLlm('anthropic')],
  ['gemini.*', hostedLlm('gemini')],
  ['google.*', hostedLlm('gemini')],
  ['gemini.image.*', remote('image-diffusion', 8_000, 'Gemini image generation latency')],
  ['gemini.video.*', remote('video-diffusion', 90_000, 'Veo video generation latency')],
  ['gemini.audio.*', hostedTts('gemini')],
  ['mistral.*', hostedLlm('mistral')],
  ['groq.*', hostedLlm('groq')],
  ['replicate.*', remote('http', 10_000, 'Replicate prediction latency')],
  ['replicate.image.*', remote('image-diffusion', 8_000, 'Replicate image model latency')],
  ['replicate.video.*', remote('video-diffusion', 120_000, 'Replicate video model latency')],
  ['replicate.audio.*', remote('audio-generation', 20_000, 'Replicate audio model latency')],
  ['replicate.text.*', hostedLlm('replicate')],
  ['fal.*', remote('image-diffusion', 6_000, 'fal.ai image model latency')],
  ['fal.text_to_video.*', remote('video-diffusion', 90_000, 'fal.ai video model latency')],
  ['fal.image_to_video.*', remote('video-diffusion', 90_000, 'fal.ai video model latency')],
  ['fal.text_to_audio.*', remote('audio-generation', 15_000, 'fal.ai audio model latency')],
  ['kie.*', remote('image-diffusion', 15_000, 'kie.ai generation latency')],
  ['elevenlabs.*', hostedTts('elevenlabs')],
];

const LOCAL: Rules = [
  ['ollama.*', rule('llm', (n, c) => estimateLlm(n, c, LLM_PROFILES.chat), 'Ollama LLM')],
  [
    'ollama.embeddings.*',
    rule(
      'embedding',
      (n, c) => estimateEmbedding(n, c, { defaultModel: 'nomic-embed-text' }),
      'Ollama embeddings',
    ),
  ],
  [
    'ollama.text.Embedding',
    rule(
      'embedding',
      (n, c) => estimateEmbedding(n, c, { defaultModel: 'nomic-embed-text' }),
      'Ollama embeddings',
    ),
  ],
  [
    'mlx.*',
    rule(
      'llm',
      (n, c) =>
        estimateLlm(
          {
            ...n,
            params: { ...n.params, model: n.params.model ?? { type: 'language_model', provider: 'mlx' } },
          },
          c,
          LLM_PROFILES.chat,
        ),
      'MLX model',
    ),
  ],
  [
    'mlx.mflux.*',
    rule(
      'image-diffusion',
      (n, c) => estimateDiffusion(n, c, { defaultModel: 'FLUX.1 [schnell]', mlx: true }),
      'mflux (FLUX on MLX)',
    ),
  ],
  [
    'mlx.whisper.*',
    rule(
      'speech-to-text',
      (n, c) => estimateSpeechToText(n, c, { defaultModel: 'whisper-large-v3-turbo', impl: 'mlx' }),
      'mlx-whisper',
    ),
  ],
  [
    'mlx.tts.*',
    rule(
      'text-to-speech',
      (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'Kokoro-82M' }),
      'mlx-audio TTS',
    ),
  ],
  [
    'mlx.kokoro.*',
    rule(
      'text-to-speech',
      (n, c) => estimateTextToSpeech(n, c, { defaultModel: 'Kokoro-82M' }),
      'Kokoro on MLX',
    ),
  ],
];

const vector = (ms: number, label: string) =>
  rule('vector-db', latency({ category: 'vector-db', ms, label, memoryMb: 250, baseComplexity: 2 }), label);

const VECTOR_SEARCH: Rules = [
  [
    'vector.*',
    vector(LATENCY_MS.vectorQuery, 'vector store operation (query embedding on CPU + HNSW search)'),
  ],
  [
    'vector.chroma.*',
    vector(LATENCY_MS.vectorQuery, 'Chroma operation (query embedding on CPU + HNSW search)'),
  ],
  ['vector.chroma.HybridSearch', vector(80, 'Chroma hybrid search (vector + keyword passes)')],
  ['vector.chroma.IndexTextChunks', vector(600, 'Chroma index ≈ 40 chunks × 15 ms embedding + write')],
  ['vector.chroma.IndexEmbedding', vector(LATENCY_MS.vectorWritePerDoc, 'Chroma write one embedding')],
  ['chroma.*', vector(LATENCY_MS.vectorQuery, 'Chroma operation (query embedding on CPU + HNSW search)')],
  ['vector.faiss.*', vector(10, 'FAISS in-memory search')],
  [
    'search.*',
    rule(
      'http',
      latency({
        category: 'http',
        ms: LATENCY_MS.search,
        label: 'web search API round trip',
        device: 'remote',
        baseComplexity: 2,
      }),
      'web search API',
    ),
  ],
  [
    'search.google.*',
    rule(
      'http',
      latency({
        category: 'http',
        ms: LATENCY_MS.search,
        label: 'Google search via SerpAPI-class API',
        device: 'remote',
        baseComplexity: 2,
      }),
      'Google search API',
    ),
  ],
];

export const PROVIDER_RULES: Rules = [...HOSTED, ...LOCAL, ...VECTOR_SEARCH];
