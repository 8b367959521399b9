/** A parameter value written short for a change list: `30`, `"EulerDiscrete…"`, `{"type":"hf…`, `unset`. */
import { canonicalJson } from '../profiling/hash/canonicalJson';

/** Longest text shown for one value before it is cut with an ellipsis. */
export const PARAM_VALUE_MAX_CHARS = 40;

/**
 * @example
 * formatParamValue(30); // "30"
 * formatParamValue(undefined); // "unset"
 */
export function formatParamValue(value: unknown, maxChars = PARAM_VALUE_MAX_CHARS): string {
  if (value === undefined) return 'unset';
  const text = typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value);
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/** `num_inference_steps 30 → 60`. */
export function formatParamChange(change: { key: string; before: unknown; after: unknown }): string {
  return `${change.key} ${formatParamValue(change.before)} → ${formatParamValue(change.after)}`;
}
