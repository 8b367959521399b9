/** Coded errors of the saved-profile reader (docs/reference.md, "Saved profiles"). */

export const PROFILE_FILE_CODES = {
  /** The file is not JSON (line and column in the message). */
  notJson: 'profile-file.not-json',
  /** Valid JSON without `schemaVersion`: a workflow or something else, not a saved profile. */
  notProfile: 'profile-file.not-a-profile',
  /** The document is not a JSON object. */
  notObject: 'profile-file.not-object',
  /** `schemaVersion` is not a version this profiler reads. */
  version: 'profile-file.version',
  /** A field is missing or has the wrong type. */
  field: 'profile-file.field',
  /** Two nodes share an id (a diff or a trace would be ambiguous). */
  duplicateNode: 'profile-file.duplicate-node',
} as const;

export type ProfileFileErrorCode = (typeof PROFILE_FILE_CODES)[keyof typeof PROFILE_FILE_CODES];

/** A saved profile that cannot be used: says which file, which field and what is wrong. */
export class ProfileFileError extends Error {
  readonly code: ProfileFileErrorCode;
  /** JSON path of the bad field (`summary.makespanMs`, `nodes[3].id`), or null for the whole document. */
  readonly field: string | null;
  constructor(code: ProfileFileErrorCode, source: string, field: string | null, problem: string) {
    super(`${source}: [${code}] ${field === null ? '' : `${field}: `}${problem}`);
    this.name = 'ProfileFileError';
    this.code = code;
    this.field = field;
  }
}

export function isProfileFileError(error: unknown): error is ProfileFileError {
  return error instanceof ProfileFileError;
}
