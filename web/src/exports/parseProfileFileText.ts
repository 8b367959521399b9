/** A saved-profile file's text (an upload in the panel) to a checked `ProfileFile`. */
import { parseJsonText } from '../workflow/parseJsonText';
import type { ProfileFile } from './profileFile';
import { PROFILE_FILE_CODES, ProfileFileError } from './profileFileError';
import { isProfileDocument, readProfileFile } from './readProfileFile';

/**
 * Parses and checks the text of a saved profile.
 * @param fileName how messages name the file.
 * @throws ProfileFileError: `profile-file.not-json` (with line and column), `profile-file.not-a-profile` (valid
 * JSON without `schemaVersion`, e.g. a workflow), or any code of `readProfileFile`.
 */
export function parseProfileFileText(text: string, fileName: string): ProfileFile {
  const parsed = parseJsonText(text, fileName);
  if (!parsed.ok) {
    const problem =
      parsed.issue.code === 'import.empty'
        ? 'the file is empty.'
        : // "<file> is not valid JSON at line 3, column 5: …": the part after the file name.
          parsed.issue.message.slice(`${fileName} is `.length);
    throw new ProfileFileError(PROFILE_FILE_CODES.notJson, fileName, null, problem);
  }
  if (!isProfileDocument(parsed.value))
    throw new ProfileFileError(
      PROFILE_FILE_CODES.notProfile,
      fileName,
      null,
      'not a saved profile (it has no schemaVersion). A workflow file is opened with Open file, then profiled.',
    );
  return readProfileFile(parsed.value, fileName);
}
