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

/** Short axis tick for durations (no spaces between number and unit where it matters). */
export function formatDurationTick(ms: number): string {
  if (ms >= 3_600_000) return `${trimmed(ms / 3_600_000, 1)}h`;
  if (ms >= 60_000) return `${trimmed(ms / 60_000, 1)}m`;
  if (ms >= 1000) return `${trimmed(ms / 1000, 1)}s`;
  return `${INTEGER.format(ms)}ms`;
}

/** Short axis tick for sizes in MB. */
export function formatMegabytesTick(mb: number): string {
  if (mb >= 1000) return `${trimmed(mb / 1000, 1)}GB`;
  return `${INTEGER.format(mb)}MB`;
}
