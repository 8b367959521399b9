/**
 * What a worker posts back: the profile, or the failure as plain data. A thrown `ProfileError` keeps its
 * code, location and issues across the thread boundary (a structured clone of an Error keeps only its
 * message), so the store shows the same coded, located error whichever thread analysed.
 */
import { ProfileError, isProfileError, type Profile, type ProfileIssue } from '../../../profiling';

/** A failure as plain data. */
export interface AnalysisFailure {
  /** The engine's code (`graph.duplicate-node-id`, …), or null for an unexpected error. */
  code: string | null;
  /** The message as thrown (with the code prefix a ProfileError has). */
  message: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
  issues?: ProfileIssue[];
}

export type AnalysisOutcome =
  | {
      ok: true;
      profile: Profile;
      /** Time of the engine call alone, measured where it ran (without posting and cloning). */
      engineMs: number;
    }
  | { ok: false; failure: AnalysisFailure };

/** Turns what a pass threw into plain data. */
export function toAnalysisFailure(thrown: unknown): AnalysisFailure {
  if (isProfileError(thrown)) {
    const failure: AnalysisFailure = { code: thrown.code, message: thrown.message, issues: thrown.issues };
    if (thrown.nodeId !== undefined) failure.nodeId = thrown.nodeId;
    if (thrown.edgeId !== undefined) failure.edgeId = thrown.edgeId;
    if (thrown.field !== undefined) failure.field = thrown.field;
    return failure;
  }
  return { code: null, message: thrown instanceof Error ? thrown.message : String(thrown) };
}

/** The error to throw on this side: a `ProfileError` again when it was one, else a plain Error. */
export function fromAnalysisFailure(failure: AnalysisFailure): Error {
  if (failure.code === null) return new Error(failure.message);
  const prefix = `${failure.code}: `;
  const message = failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
  const location = { nodeId: failure.nodeId, edgeId: failure.edgeId, field: failure.field };
  return new ProfileError(failure.code, message, location, failure.issues);
}
