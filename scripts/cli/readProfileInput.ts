/**
 * A diff input or a `--baseline`: a saved profile (the CLI's `--format json`, the panel's JSON export) is read
 * as it is; anything else is taken as a workflow and profiled with the options given.
 */
import { resolve } from 'node:path';
import { isProfileError, profileWorkflow, type Profile, type ProfileOptions } from '../../web/src/profiling';
import { isProfileDocument, readProfileFile, type ProfileFile } from '../../web/src/exports';
import { InputError } from './inputError';
import { readJsonFile } from './readInputFile';

/** A profile, and the workflow it was computed from (null when it was read from a saved profile). */
export interface ProfileInput {
  profile: Profile | ProfileFile;
  workflow: unknown;
  saved: boolean;
}

/**
 * @param role how messages name the file: `baseline file`, `diff input`.
 * @throws InputError (exit 2) naming the file, for an unreadable file, a damaged saved profile or a workflow
 * the engine refuses.
 */
export function readProfileInput(
  file: string,
  role: string,
  cwd: string,
  options: ProfileOptions,
  maxInputMb: number,
): ProfileInput {
  const shown = `${role} ${file}`;
  const value = readJsonFile(resolve(cwd, file), { shown: file, role }, maxInputMb);
  if (isProfileDocument(value))
    return { profile: readProfileFile(value, shown), workflow: null, saved: true };
  try {
    return { profile: profileWorkflow(value, options), workflow: value, saved: false };
  } catch (error) {
    if (!isProfileError(error)) throw error;
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
    throw new InputError(
      `${shown} is neither a saved profile (no schemaVersion) nor a workflow the profiler can read: ${error.message}${more}`,
    );
  }
}
