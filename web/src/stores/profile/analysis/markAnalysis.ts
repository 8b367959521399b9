/**
 * User Timing marks around each analysis pass (`profiler:post`, `profiler:received`, `profiler:stored`) and
 * when the panel has put a new profile on screen (`profiler:rendered`, set as the report's DOM is committed,
 * before the browser paints it), so a performance trace, DevTools or the browser tests can tell which
 * main-thread tasks belong to the analysis and when its result was shown. Does nothing where the User
 * Timing API is missing.
 */
export type AnalysisMark = 'profiler:post' | 'profiler:received' | 'profiler:stored' | 'profiler:rendered';

export function markAnalysis(name: AnalysisMark, detail: Record<string, unknown>): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.mark(name, { detail });
  } catch {
    // An engine without mark details: the trace loses a mark, the analysis nothing.
  }
}
