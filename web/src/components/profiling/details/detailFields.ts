/**
 * The breakdown fields an estimator puts in `details`, grouped by what they describe, with labels and how
 * to format them. Fields not listed here are shown under "Other" so nothing the engine computed is hidden.
 */
import { formatDuration, formatGigabytes } from '../format';

export interface DetailField {
  key: string;
  label: string;
  format: (value: number) => string;
}

const number =
  (unit: string, digits = 0) =>
  (value: number) =>
    `${value.toLocaleString('en-US', { maximumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;

export const DETAIL_GROUPS: ReadonlyArray<{ title: string; fields: readonly DetailField[] }> = [
  {
    title: 'Model',
    fields: [
      { key: 'paramsB', label: 'Parameters', format: number('B', 2) },
      { key: 'activeParamsB', label: 'Active parameters', format: number('B', 2) },
      { key: 'bitsPerWeight', label: 'Bits per weight', format: number('', 2) },
      { key: 'weightsGb', label: 'Weights', format: formatGigabytes },
      { key: 'loadMs', label: 'Model load', format: formatDuration },
    ],
  },
  {
    title: 'Language model',
    fields: [
      { key: 'kvCacheGb', label: 'KV cache', format: formatGigabytes },
      { key: 'promptTokens', label: 'Prompt tokens', format: number('tokens') },
      { key: 'outputTokens', label: 'Output tokens', format: number('tokens') },
      { key: 'prefillMs', label: 'Prefill', format: formatDuration },
      { key: 'decodeMs', label: 'Decode', format: formatDuration },
      { key: 'prefillTokensPerSec', label: 'Prefill speed', format: number('tokens/s') },
      { key: 'decodeTokensPerSec', label: 'Decode speed', format: number('tokens/s', 1) },
    ],
  },
  {
    title: 'Diffusion',
    fields: [
      { key: 'steps', label: 'Steps', format: number('') },
      { key: 'evalsPerStep', label: 'Evaluations per step', format: number('', 2) },
      { key: 'msPerStep', label: 'Time per step', format: formatDuration },
      { key: 'width', label: 'Width', format: number('px') },
      { key: 'height', label: 'Height', format: number('px') },
      { key: 'batch', label: 'Images per run', format: number('') },
      { key: 'frames', label: 'Frames', format: number('') },
    ],
  },
  {
    title: 'Speech and audio',
    fields: [
      { key: 'audioSeconds', label: 'Audio length', format: number('s', 1) },
      { key: 'realTimeFactor', label: 'Real-time factor', format: number('×', 3) },
    ],
  },
  {
    title: 'Items',
    fields: [{ key: 'itemCount', label: 'Executions (items reaching the node)', format: number('') }],
  },
];

const KNOWN_KEYS = new Set([
  'source',
  'assumptions',
  'model',
  ...DETAIL_GROUPS.flatMap((g) => g.fields.map((f) => f.key)),
]);

/** Detail entries the groups above do not name (numbers and short text only). */
export function otherDetails(details: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(details)) {
    if (KNOWN_KEYS.has(key)) continue;
    if (typeof value === 'number' && Number.isFinite(value))
      out.push([key, value.toLocaleString('en-US', { maximumFractionDigits: 3 })]);
    else if (typeof value === 'string' && value.length <= 120) out.push([key, value]);
    else if (typeof value === 'boolean') out.push([key, value ? 'yes' : 'no']);
  }
  return out;
}
