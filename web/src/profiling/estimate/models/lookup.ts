/**
 * Find a known model from free text (model id, repo id, file name, model type): the entry with the longest
 * matching fragment wins, so `flux.1-schnell` beats `hf.flux` and `hf.stable_diffusion_xl` beats
 * `hf.stable_diffusion`.
 */
import { KNOWN_DIFFUSION } from './diffusionModels';
import { KNOWN_ENCODERS } from './encoderModels';
import { KNOWN_LLMS } from './llmModels';
import { KNOWN_SPEECH } from './speechModels';
import type { KnownDiffusion, KnownEncoder, KnownLlm, KnownSpeech } from './types';

/** Lower-case, spaces → dashes. */
export function normalizeModelText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '-');
}

/** Results by table and text: lookups repeat (many nodes name the same model) and the tables are constant. */
const LOOKUP_CACHE = new WeakMap<ReadonlyArray<unknown>, Map<string, unknown>>();
/** Texts remembered per table (the cache is cleared when full, so odd inputs cannot grow it without bound). */
const LOOKUP_CACHE_MAX = 4096;

function findIn<T extends { match: readonly string[] }>(
  table: ReadonlyArray<T>,
  text: string | undefined,
): T | undefined {
  if (!text) return undefined;
  let cache = LOOKUP_CACHE.get(table) as Map<string, T | undefined> | undefined;
  if (!cache) {
    cache = new Map();
    LOOKUP_CACHE.set(table, cache);
  }
  if (cache.has(text)) return cache.get(text);
  const best = scanTable(table, text);
  if (cache.size >= LOOKUP_CACHE_MAX) cache.clear();
  cache.set(text, best);
  return best;
}

function scanTable<T extends { match: readonly string[] }>(
  table: ReadonlyArray<T>,
  text: string,
): T | undefined {
  const s = normalizeModelText(text);
  let best: T | undefined;
  let bestLen = 0;
  for (const entry of table) {
    for (const fragment of entry.match) {
      if (fragment.length > bestLen && s.includes(fragment)) {
        best = entry;
        bestLen = fragment.length;
      }
    }
  }
  return best;
}

export const findKnownLlm = (text: string | undefined): KnownLlm | undefined => findIn(KNOWN_LLMS, text);
export const findKnownDiffusion = (text: string | undefined): KnownDiffusion | undefined =>
  findIn(KNOWN_DIFFUSION, text);
export const findKnownSpeech = (text: string | undefined): KnownSpeech | undefined =>
  findIn(KNOWN_SPEECH, text);
export const findKnownEncoder = (text: string | undefined): KnownEncoder | undefined =>
  findIn(KNOWN_ENCODERS, text);
