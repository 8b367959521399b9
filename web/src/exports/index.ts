/**
 * The profiler's export formats (framework-free: the CLI and the panel share them): the saved-profile JSON
 * and its reader, the node table as CSV, and the Chrome trace.
 */
export { toCsv, CSV_COLUMNS, FORMULA_START } from './toCsv';
export { toChromeTrace } from './chromeTrace/toChromeTrace';
export { assignTracks, type TrackInterval } from './chromeTrace/assignTracks';
export type { ChromeTrace, CompleteEvent, MetadataEvent, TraceEvent } from './chromeTrace/traceTypes';
export {
  toProfileFile,
  serializeProfileFile,
  type ProfileFile,
  type ProfileFileRun,
  type ProfileFileNodeActual,
  type ProfileFileOptions,
  type SourcedRun,
} from './profileFile';
export { readProfileFile, isProfileDocument, PROFILE_FILE_VERSION } from './readProfileFile';
export { parseProfileFileText } from './parseProfileFileText';
export {
  ProfileFileError,
  isProfileFileError,
  PROFILE_FILE_CODES,
  type ProfileFileErrorCode,
} from './profileFileError';
export { exportFileName, type ExportKind } from './fileNames';
