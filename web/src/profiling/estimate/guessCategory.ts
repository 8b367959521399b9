/**
 * Best guess of a category for a type no rule matches, from words in its name. The node stays `known: false`
 * with low confidence; the guess only picks more sensible defaults than one flat value.
 */
import type { NodeCategory } from '../types';

const HINTS: ReadonlyArray<[RegExp, NodeCategory]> = [
  [/\b(comment|preview|group|note|reroute)\b/i, 'layout'],
  [/\.input\.|input$/i, 'input'],
  [/\.output\.|output$/i, 'output'],
  [/video/i, 'video-diffusion'],
  [/text_to_image|diffusion|flux|sdxl/i, 'image-diffusion'],
  [/speech_to_text|whisper|transcri|asr/i, 'speech-to-text'],
  [/text_to_speech|tts/i, 'text-to-speech'],
  [/audio|sound|music/i, 'audio-op'],
  [/image|pillow|photo|vision/i, 'image-op'],
  [/embed/i, 'embedding'],
  [/chroma|vector|faiss|qdrant|pinecone/i, 'vector-db'],
  [/openai|anthropic|gemini|mistral\.|groq|replicate|fal\./i, 'hosted-llm'],
  [/llm|chat|agent|llama|ollama|language/i, 'llm'],
  [/http|request|api|search|web|browser|mail|slack|discord/i, 'http'],
  [/pdf|document|docx|markdown/i, 'document'],
  [/file|os\.|storage|workspace/i, 'io'],
  [/if|switch|loop|control|boolean|compare/i, 'control'],
];

/** Category guessed from a node type name; 'data' when nothing matches. */
export function guessCategory(type: string): NodeCategory {
  for (const [re, category] of HINTS) if (re.test(type)) return category;
  return 'data';
}
