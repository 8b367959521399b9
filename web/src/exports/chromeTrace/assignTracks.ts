/**
 * Puts time intervals on as few tracks as possible so that no two on one track overlap (greedy interval
 * partitioning: optimal for intervals, Kleinberg & Tardos §4.1). Trace viewers draw the slices of one thread
 * as a call stack, so two overlapping slices on one thread would show one as the other's child.
 */

/** An interval [startUs, endUs); a zero-length one still needs a track free at its instant. */
export interface TrackInterval {
  startUs: number;
  endUs: number;
}

/**
 * Track index (0-based) of each interval, in input order. Intervals are placed by start time; an interval
 * goes on the lowest-numbered track whose last interval ended at or before its start.
 */
export function assignTracks(intervals: readonly TrackInterval[]): number[] {
  const order = intervals.map((_, i) => i);
  order.sort((a, b) => intervals[a]!.startUs - intervals[b]!.startUs || a - b);
  const trackEnds: number[] = [];
  const tracks = new Array<number>(intervals.length);
  for (const i of order) {
    const { startUs, endUs } = intervals[i]!;
    let track = trackEnds.findIndex((end) => end <= startUs);
    if (track < 0) track = trackEnds.length;
    // A zero-length interval at the very end of another still sits on that track (end ≤ start holds).
    trackEnds[track] = Math.max(endUs, startUs);
    tracks[i] = track;
  }
  return tracks;
}
