/**
 * Sets the `profiler:rendered` User Timing mark each time the report commits a new profile to the DOM (in a
 * layout effect: after React wrote the DOM, before the browser paints it). With the analysis marks it tells
 * a trace or a browser test when an edit's result was actually on screen, not only stored.
 */
import { useLayoutEffect } from 'react';
import type { Profile } from '../../profiling/types';
import { markAnalysis } from '../../stores/profile/analysis/markAnalysis';

export function useReportRenderedMark(workflowId: string, profile: Profile | null, refining: boolean): void {
  useLayoutEffect(() => {
    if (profile) markAnalysis('profiler:rendered', { workflowId, nodes: profile.nodes.length, refining });
    // Marked once per profile shown (a change of `refining` alone re-renders nothing the mark is about).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workflowId, profile]);
}
