/**
 * Parameter counts from model ids, tags and file names: `qwen3:4b`, `Llama-2-13B`, `gpt-oss-120b`,
 * `mixtral:8x7b`, `Qwen2.5-1.5B`, `gemma3:270m`, `Qwen3-30B-A3B` (30 B total, 3 B active), `gemma3n:e4b`.
 */

export interface ParsedParams {
  /** Total parameters, billions. */
  paramsB: number;
  /** Parameters active per token (MoE), billions; equals paramsB for dense models. */
  activeParamsB: number;
  /** Which part of the id gave the number. */
  matched: string;
  /** The id named more than MAX_MODEL_PARAMS_B: the sizes were clamped to it (the caller warns). */
  clamped?: true;
}

import { MAX_MODEL_PARAMS_B } from '../../bounds/limits';

const NUM = '(\\d+(?:\\.\\d+)?)';
const MOE_RE = new RegExp(`(?<![a-z0-9.])(\\d+)x${NUM}([bm])(?![a-z0-9])`, 'i');
const SIZE_RE = new RegExp(`(?<![a-z0-9.])${NUM}([bm])(?![a-z0-9])`, 'gi');
const ACTIVE_RE = new RegExp(`(?<![a-z0-9.])a${NUM}b(?![a-z0-9])`, 'i');
const EFFECTIVE_RE = new RegExp(`(?<![a-z0-9.])e${NUM}b(?![a-z0-9])`, 'i');

/**
 * ASSUMPTION for `NxS` ids without a known-model entry: experts share attention and embeddings, so the total is
 * ≈ 0.83·N·S and 2 routed experts are active (≈ 0.92·2·S). Both ratios come from Mixtral-8x7B (46.7 B total,
 * 12.9 B active; Mistral AI model card).
 */
const MOE_TOTAL_RATIO = 46.7 / 56;
const MOE_ACTIVE_RATIO = 12.9 / 14;

function toB(value: string, unit: string): number {
  const n = Number(value);
  return unit.toLowerCase() === 'm' ? n / 1000 : n;
}

/**
 * Read a parameter count from an id. Returns undefined when the id names no size.
 * @example parseParamCount('qwen3:4b') // { paramsB: 4, activeParamsB: 4, matched: '4b' }
 * @example parseParamCount('gpt-oss-120b')?.paramsB // 120
 */
export function parseParamCount(id: unknown): ParsedParams | undefined {
  if (typeof id !== 'string' || id.trim() === '') return undefined;
  const s = id.toLowerCase();
  const moe = MOE_RE.exec(s);
  if (moe && moe[1] && moe[2] && moe[3]) {
    const experts = Number(moe[1]);
    const size = toB(moe[2], moe[3]);
    const total = experts * size * MOE_TOTAL_RATIO;
    const active = Math.min(experts, 2) * size * MOE_ACTIVE_RATIO;
    // A total beyond the cap (or an overflow to Infinity) is clamped, not ignored: the id does name an MoE.
    if (total > 0 && (!(total <= MAX_MODEL_PARAMS_B) || !(active <= MAX_MODEL_PARAMS_B))) {
      return {
        paramsB: MAX_MODEL_PARAMS_B,
        activeParamsB: Math.min(MAX_MODEL_PARAMS_B, round(active) || MAX_MODEL_PARAMS_B),
        matched: moe[0],
        clamped: true,
      };
    }
    if (total > 0) return { paramsB: round(total), activeParamsB: round(active), matched: moe[0] };
  }
  let best: { value: number; text: string } | undefined;
  for (const m of s.matchAll(SIZE_RE)) {
    if (!m[1] || !m[2]) continue;
    const value = toB(m[1], m[2]);
    // The largest size in an id is the model size ("llama-3.2-1b-instruct-q4" has only one; "1.5b" beats "0.5").
    if (value > 0 && value < MAX_MODEL_PARAMS_B && (!best || value > best.value))
      best = { value, text: m[0] };
  }
  const active = ACTIVE_RE.exec(s);
  const effective = EFFECTIVE_RE.exec(s);
  if (!best) {
    if (effective && effective[1]) {
      const e = Number(effective[1]);
      if (e > 0 && e < MAX_MODEL_PARAMS_B) return { paramsB: e, activeParamsB: e, matched: effective[0] };
    }
    return undefined;
  }
  const activeB = active && active[1] ? Math.min(Number(active[1]), best.value) : best.value;
  return { paramsB: best.value, activeParamsB: activeB, matched: best.text };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
