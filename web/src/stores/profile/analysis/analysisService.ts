/**
 * The worker side of the analysis: one method, `analyse`, that runs one engine pass and returns its outcome
 * as plain data (never throws, so coded errors survive the thread boundary). The worker entry exposes it
 * with comlink; tests call it directly or over a MessageChannel.
 */
import type { AnalysisRequest } from './analysisRequest';
import { runProfileRequest } from './analysisRequest';
import { toAnalysisFailure, type AnalysisOutcome } from './analysisOutcome';
import { createMetricTableCache } from './metricTableFromRules';

export interface AnalysisService {
  analyse(request: AnalysisRequest): AnalysisOutcome;
}

export function createAnalysisService(): AnalysisService {
  const metricTableFor = createMetricTableCache();
  return {
    analyse(request) {
      try {
        return { ok: true, profile: runProfileRequest(request, metricTableFor(request.metricRules)) };
      } catch (thrown) {
        return { ok: false, failure: toAnalysisFailure(thrown) };
      }
    },
  };
}
