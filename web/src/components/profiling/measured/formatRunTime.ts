/** A run's start as local date and time, e.g. "Dec 6, 17:03:21". */
const FORMAT = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export function formatRunTime(epochMs: number): string {
  return Number.isFinite(epochMs) ? FORMAT.format(new Date(epochMs)) : '—';
}
