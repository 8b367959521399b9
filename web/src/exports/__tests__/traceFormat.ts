/**
 * A strict check of a trace against the Trace Event Format as published (Google, "Trace Event Format",
 * docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU, linked from Catapult's
 * trace-viewer; Perfetto's "JSON trace format" page) for the parts this profiler writes. Test helper.
 *
 * - JSON Object Format: `traceEvents` (array), optional `displayTimeUnit` ("ms" or "ns"), optional
 *   `otherData` (object); no other top-level key is used here.
 * - Complete events `ph: "X"`: `name`, `cat` (string), `ts` and `dur` (µs, numbers ≥ 0), `pid`, `tid`
 *   (integers), `args` (object).
 * - Metadata events `ph: "M"`: `process_name` / `thread_name` (`args.name` string), `process_sort_index` /
 *   `thread_sort_index` (`args.sort_index` integer).
 * - Slices on one thread must nest: two that overlap without one containing the other are drawn wrongly
 *   (Perfetto reports them as import errors). This profiler never even nests: no slice is inside another.
 */

const TOP_LEVEL = new Set(['traceEvents', 'displayTimeUnit', 'otherData']);
const X_KEYS = ['name', 'cat', 'ph', 'ts', 'dur', 'pid', 'tid', 'args'];
const M_KEYS = ['name', 'ph', 'pid', 'tid', 'args'];
const NAMING = new Set(['process_name', 'thread_name']);
const SORTING = new Set(['process_sort_index', 'thread_sort_index']);

/** Problems found (empty when the trace conforms). */
export function checkTraceFormat(trace: unknown): string[] {
  const problems: string[] = [];
  if (typeof trace !== 'object' || trace === null || Array.isArray(trace)) return ['not a JSON object'];
  const doc = trace as Record<string, unknown>;
  for (const key of Object.keys(doc)) if (!TOP_LEVEL.has(key)) problems.push(`unknown top-level key ${key}`);
  if (!Array.isArray(doc.traceEvents)) return [...problems, 'traceEvents is not an array'];
  if (doc.displayTimeUnit !== undefined && doc.displayTimeUnit !== 'ms' && doc.displayTimeUnit !== 'ns')
    problems.push('displayTimeUnit must be "ms" or "ns"');
  if (doc.otherData !== undefined && (typeof doc.otherData !== 'object' || doc.otherData === null))
    problems.push('otherData must be an object');
  const named = new Set<string>();
  const used = new Set<string>();
  const slicesByThread = new Map<string, { ts: number; end: number; name: string }[]>();
  doc.traceEvents.forEach((raw, i) => {
    const at = `traceEvents[${i}]`;
    if (typeof raw !== 'object' || raw === null) return problems.push(`${at}: not an object`);
    const event = raw as Record<string, unknown>;
    const keys = event.ph === 'X' ? X_KEYS : event.ph === 'M' ? M_KEYS : null;
    if (!keys) return problems.push(`${at}: ph ${JSON.stringify(event.ph)} is not "X" or "M"`);
    for (const key of keys) if (!(key in event)) problems.push(`${at}: missing ${key}`);
    for (const key of Object.keys(event))
      if (!keys.includes(key)) problems.push(`${at}: unexpected key ${key}`);
    if (!Number.isInteger(event.pid) || !Number.isInteger(event.tid))
      problems.push(`${at}: pid/tid not integers`);
    if (typeof event.args !== 'object' || event.args === null || Array.isArray(event.args))
      return problems.push(`${at}: args is not an object`);
    const args = event.args as Record<string, unknown>;
    if (event.ph === 'M') {
      if (NAMING.has(event.name as string)) {
        if (typeof args.name !== 'string' || args.name === '') problems.push(`${at}: args.name not a string`);
        named.add(event.name === 'process_name' ? `${event.pid}` : `${event.pid}:${event.tid}`);
      } else if (SORTING.has(event.name as string)) {
        if (!Number.isInteger(args.sort_index)) problems.push(`${at}: args.sort_index not an integer`);
      } else problems.push(`${at}: unknown metadata ${String(event.name)}`);
      return;
    }
    if (typeof event.name !== 'string' || event.name === '') problems.push(`${at}: name not a string`);
    if (typeof event.cat !== 'string') problems.push(`${at}: cat not a string`);
    for (const key of ['ts', 'dur'] as const) {
      const value = event[key];
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
        problems.push(`${at}: ${key} is not a number ≥ 0`);
    }
    for (const value of Object.values(args)) {
      const ok =
        value === null ||
        ['string', 'number', 'boolean'].includes(typeof value) ||
        (Array.isArray(value) && value.every((item) => typeof item === 'string'));
      if (!ok)
        problems.push(`${at}: args hold a value that is not a string, number, boolean, null or string list`);
    }
    used.add(`${event.pid}`);
    used.add(`${event.pid}:${event.tid}`);
    const thread = `${event.pid}:${event.tid}`;
    const list = slicesByThread.get(thread) ?? [];
    list.push({
      ts: event.ts as number,
      end: (event.ts as number) + (event.dur as number),
      name: String(event.name),
    });
    slicesByThread.set(thread, list);
  });
  for (const key of used)
    if (!named.has(key)) problems.push(`${key.includes(':') ? 'thread' : 'process'} ${key} has no name`);
  for (const [thread, slices] of slicesByThread) {
    slices.sort((a, b) => a.ts - b.ts || b.end - a.end);
    for (let i = 1; i < slices.length; i++) {
      const previous = slices[i - 1]!;
      const slice = slices[i]!;
      if (slice.ts < previous.end)
        problems.push(`thread ${thread}: "${slice.name}" overlaps "${previous.name}"`);
    }
  }
  return problems;
}
