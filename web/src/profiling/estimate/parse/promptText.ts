/**
 * Characters of prompt text a node carries in its own parameters (prompt, system, instructions, …), plus the
 * text reaching it from upstream constants (`EstimateContext.upstreamTextChars`). Tokens ≈ characters / 4
 * (OpenAI tokenizer rule of thumb for English; ESTIMATION.md).
 */
import type { ParamReader } from './paramReader';

const PROMPT_KEYS = [
  'prompt',
  'system',
  'system_prompt',
  'instructions',
  'objective',
  'text',
  'input_text',
  'query',
  'question',
  'context',
  'template',
  'negative_prompt',
];

/** Characters per token (ESTIMATION.md). */
export const CHARS_PER_TOKEN = 4;

function charsOf(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length;
  if (depth > 3 || !value || typeof value !== 'object') return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + charsOf(v, depth + 1), 0);
  const o = value as Record<string, unknown>;
  // Messages and content parts: { role, content } / { type: 'text', text }.
  return charsOf(o.content, depth + 1) + charsOf(o.text, depth + 1);
}

/** Characters of prompt text in the node's own parameters. */
export function countOwnPromptChars(reader: ParamReader): number {
  let chars = 0;
  for (const key of PROMPT_KEYS) chars += charsOf(reader.raw(key));
  chars += charsOf(reader.raw('messages'));
  chars += charsOf(reader.raw('categories'));
  return chars;
}

/** Prompt tokens from characters. */
export function charsToTokens(chars: number): number {
  return Math.ceil(Math.max(0, chars) / CHARS_PER_TOKEN);
}
