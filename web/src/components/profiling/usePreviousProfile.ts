/**
 * The profile this workflow had on the previously selected hardware (null until the hardware changes), so
 * the report can say why the grade moved when the device did.
 */
import { useRef } from 'react';
import type { Profile } from '../../profiling/types';

export function usePreviousProfile(workflowId: string, profile: Profile | null): Profile | null {
  const state = useRef<{ workflowId: string; current: Profile | null; previous: Profile | null }>({
    workflowId,
    current: null,
    previous: null,
  });
  const s = state.current;
  if (s.workflowId !== workflowId) {
    state.current = { workflowId, current: profile, previous: null };
    return null;
  }
  if (profile && profile !== s.current) {
    if (s.current && s.current.hardware.name !== profile.hardware.name) s.previous = s.current;
    else if (s.previous && s.previous.hardware.name === profile.hardware.name) s.previous = null;
    s.current = profile;
  }
  return s.previous;
}
