/**
 * Download of the current profile as JSON: the same document `npm run profile -- --format json` prints for the
 * same graph and hardware (schemaVersion 1, see docs/profile.schema.json).
 */
import type { Profile } from '../../profiling/types';
import { downloadText } from '../../browser/downloadText';

/** A file name safe on every OS: `profile-<workflow id>.json`. */
export function profileFileName(workflowId: string): string {
  const safe = workflowId.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'workflow';
  return `profile-${safe}.json`;
}

/** Serialises a profile as pretty JSON with a trailing newline. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Starts a browser download of the profile. */
export function downloadProfile(profile: Profile, workflowId: string): void {
  downloadText(profileFileName(workflowId), serializeProfile(profile), 'application/json');
}
