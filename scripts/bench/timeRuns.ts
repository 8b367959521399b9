/** Timing helpers: warm-up, then best and median of N runs (performance.now, ms). */

export interface Timing {
  best: number;
  median: number;
  runs: number;
}

function summarize(times: number[], runs: number): Timing {
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { best: times[0]!, median, runs };
}

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Run `fn` `warmup` times untimed, then `runs` times timed. */
export function timeRuns(fn: () => unknown, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(fn));
  return summarize(times, runs);
}

/**
 * Time two functions on the same input, interleaved run by run (a, b, a, b, …) after their warm-ups, so that
 * a change in the machine's load during the measurement affects both sides alike.
 */
export function timeInterleaved(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  warmup: number,
): [Timing, Timing] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(timeOnce(a));
    tb.push(timeOnce(b));
  }
  return [summarize(ta, runs), summarize(tb, runs)];
}
