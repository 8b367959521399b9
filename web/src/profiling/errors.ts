/**
 * Coded, located errors of the profiler, in one place (in the spirit of xyflow's error001…).
 * Every message says what is wrong, where (node id / edge id / field), and what to do.
 * Fatal problems are thrown as `ProfileError`; everything else becomes a `ProfileIssue` warning.
 */
import type { ProfileIssue } from './types';

export interface ProfileErrorLocation {
  nodeId?: string;
  edgeId?: string;
  field?: string;
}

/** A fatal, coded problem with the input or the options. */
export class ProfileError extends Error {
  readonly code: string;
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly field?: string;
  /** All fatal issues found (the first is this error's own). */
  readonly issues: ProfileIssue[];

  constructor(code: string, message: string, location: ProfileErrorLocation = {}, issues?: ProfileIssue[]) {
    super(`${code}: ${message}`);
    this.name = 'ProfileError';
    this.code = code;
    this.nodeId = location.nodeId;
    this.edgeId = location.edgeId;
    this.field = location.field;
    this.issues = issues ?? [{ code, severity: 'error', message, ...location }];
  }
}

/** True for errors this module raised (safe to show to the user without a stack trace). */
export function isProfileError(error: unknown): error is ProfileError {
  return error instanceof ProfileError;
}
