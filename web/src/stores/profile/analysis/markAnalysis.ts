/**
 * User Timing marks around each analysis pass (`profiler:post`, `profiler:received`, `profiler:stored`), so a
 * performance trace, DevTools or the browser tests can tell which main-thread tasks belong to the analysis.
 * Does nothing where the User Timing API is missing.
 */
export type AnalysisMark = 'profiler:post' | 'profiler:received' | 'profiler:stored';

export function markAnalysis(name: AnalysisMark, detail: Record<string, unknown>): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  try {
    performance.mark(name, { detail });
  } catch {
    // An engine without mark details: the trace loses a mark, the analysis nothing.
  }
}
