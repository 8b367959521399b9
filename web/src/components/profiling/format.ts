/**
 * Human formatting of the profile's numbers: durations (ms / s / min / h), sizes (MB / GB, 10⁶ / 10⁹ bytes,
 * as the engine reports them), shares and counts. Pure functions, used by the panel, charts and overlay.
 */

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const INTEGER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function trimmed(value: number, digits: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(value);
}

/**
 * Formats a duration given in milliseconds: `0 ms`, `12 ms`, `1.4 s`, `2 min 05 s`, `1 h 03 min`.
 * Non-finite or negative values render as an em dash.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1) return ms === 0 ? '0 ms' : '< 1 ms';
  if (ms < 1000) return `${INTEGER.format(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${trimmed(seconds, seconds < 10 ? 2 : 1)} s`;
  const totalSeconds = Math.round(seconds);
  if (totalSeconds < 3600) {
    const minutes = Math.floor(totalSeconds / 60);
    const rest = totalSeconds % 60;
    return `${minutes} min ${String(rest).padStart(2, '0')} s`;
  }
  const totalMinutes = Math.round(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  return `${INTEGER.format(hours)} h ${String(totalMinutes % 60).padStart(2, '0')} min`;
}

/**
 * Marks a formatted estimate as approximate: `≈ 1.4 s`. A value that already says it is bounded or unknown
 * ("< 1 ms", "—") is returned as it is, never "≈ < 1 ms".
 */
export function approximately(formatted: string): string {
  return isBoundOrUnknown(formatted) ? formatted : `≈ ${formatted}`;
}

/** Whether a formatted value is a bound ("< 1 ms") or unknown ("—"), which takes no "≈". */
export function isBoundOrUnknown(formatted: string): boolean {
  return /^[<>≤≥—]/.test(formatted.trim());
}

/** Formats a size given in MB (10⁶ bytes): `0 MB`, `512 MB`, `3.2 GB`, `1.5 TB`. */
export function formatMegabytes(mb: number): string {
  if (!Number.isFinite(mb) || mb < 0) return '—';
  if (mb === 0) return '0 MB';
  if (mb < 1) return '< 1 MB';
  if (mb < 1000) return `${INTEGER.format(mb)} MB`;
  if (mb < 1_000_000) return `${trimmed(mb / 1000, mb < 10_000 ? 2 : 1)} GB`;
  return `${trimmed(mb / 1_000_000, 2)} TB`;
}

/** Formats a size given in GB (10⁹ bytes). */
export function formatGigabytes(gb: number): string {
  return formatMegabytes(gb * 1000);
}

/** Formats a 0–1 share as a percentage: `0.1234` → `12.3 %`. */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '—';
  return `${NUMBER.format(share * 100)} %`;
}

/** Formats a count with thousands separators. */
export function formatCount(count: number): string {
  return Number.isFinite(count) ? INTEGER.format(count) : '—';
}

/** Formats a metric value of the score breakdown according to its unit. */
export function formatMetricValue(value: number, unit: string): string {
  switch (unit) {
    case 'ms':
      return formatDuration(value);
    case 'MB':
      return formatMegabytes(value);
    case 'GB':
      return formatGigabytes(value);
    case '%':
      return `${NUMBER.format(value)} %`;
    case 'ratio':
    case 'share':
      return formatShare(value);
    default:
      return unit ? `${trimmed(value, 2)} ${unit}` : trimmed(value, 2);
  }
}

const DURATION_UNITS = [
  { unit: 'h', ms: 3_600_000 },
  { unit: 'min', ms: 60_000 },
  { unit: 's', ms: 1000 },
] as const;

/**
 * A tick formatter for a time axis, in one unit for every tick (never "0ms" beside "5s"): the largest unit
 * the step between ticks is a whole or half multiple of, e.g. ticks every 30 s read "0 s, 30 s, 60 s".
 * @param ticks the axis ticks in ms, evenly spaced from 0 (see `buildTimeTicks`)
 */
export function durationTickFormatter(ticks: readonly number[]): (ms: number) => string {
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : (ticks[0] ?? 0);
  const chosen = DURATION_UNITS.find(({ ms }) => step >= ms && (step / ms) % 0.5 === 0);
  if (!chosen) return (ms) => `${INTEGER.format(ms)} ms`;
  return (ms) => `${trimmed(ms / chosen.ms, 1)} ${chosen.unit}`;
}

/**
 * A tick formatter for a memory axis in MB, in one unit for every tick: GB when the largest value reaches
 * 1 GB, MB below.
 */
export function megabytesTickFormatter(maxMb: number): (mb: number) => string {
  if (maxMb >= 1000) return (mb) => `${trimmed(mb / 1000, 1)} GB`;
  return (mb) => `${INTEGER.format(mb)} MB`;
}
