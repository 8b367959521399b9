/**
 * The profile this workflow had on the previously selected hardware (null until the hardware changes), so
 * the report can say why the grade moved when the device did. Kept in state and adjusted while rendering
 * (React's pattern for state derived from a changing prop), never by writing a ref during render.
 */
import { useState } from 'react';
import type { Profile } from '../../profiling/types';

interface Tracked {
  workflowId: string;
  current: Profile | null;
  previous: Profile | null;
}

export function usePreviousProfile(workflowId: string, profile: Profile | null): Profile | null {
  const [tracked, setTracked] = useState<Tracked>({ workflowId, current: profile, previous: null });
  const next = track(tracked, workflowId, profile);
  if (next !== tracked) setTracked(next);
  return next.previous;
}

/** The tracked profiles after `profile` is shown (the same object when nothing changes). */
export function track(tracked: Tracked, workflowId: string, profile: Profile | null): Tracked {
  if (tracked.workflowId !== workflowId) return { workflowId, current: profile, previous: null };
  if (!profile || profile === tracked.current) return tracked;
  const { current, previous } = tracked;
  if (current && current.hardware.name !== profile.hardware.name)
    return { workflowId, current: profile, previous: current };
  // Back on the device of the remembered profile: nothing to explain any more.
  const stillDifferent = previous !== null && previous.hardware.name !== profile.hardware.name;
  return { workflowId, current: profile, previous: stillDifferent ? previous : null };
}
