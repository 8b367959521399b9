/** Timing helpers: warm-up, then best and median of N runs (performance.now, ms). */

export interface Timing {
  best: number;
  median: number;
  runs: number;
}

/** Run `fn` `warmup` times untimed, then `runs` times timed. */
export function timeRuns(fn: () => unknown, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { best: times[0]!, median, runs };
}
