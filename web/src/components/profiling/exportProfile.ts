/**
 * Downloads of the current profile from the panel, built by the shared writers in web/src/exports: the saved
 * profile JSON (the document `npm run profile -- --format json` prints, with the selected runs' measurements),
 * the node table as CSV, and a Chrome trace of the estimated schedule and the selected runs.
 */
import type { Profile } from '../../profiling/types';
import type { MeasuredView } from '../../runs/measure/buildMeasuredView';
import { downloadText } from '../../browser/downloadText';
import {
  exportFileName,
  serializeProfileFile,
  toChromeTrace,
  toCsv,
  toProfileFile,
  type ExportKind,
  type SourcedRun,
} from '../../exports';

/** Where the panel's runs come from, in `runs[].origin` of the JSON export. */
export const PANEL_RUN_ORIGIN = 'browser run history';

/** The file text of one export kind. */
export function buildExportText(kind: ExportKind, profile: Profile, measured: MeasuredView | null): string {
  const runs = measured?.runs ?? [];
  if (kind === 'csv') return toCsv(profile);
  if (kind === 'trace') return `${JSON.stringify(toChromeTrace(profile, runs))}\n`;
  const sourced: SourcedRun[] = runs.map((record) => ({ record, origin: PANEL_RUN_ORIGIN }));
  const file = toProfileFile(
    profile,
    sourced,
    measured ? { nodes: measured.nodes, summary: measured.summary } : { nodes: {}, summary: null },
  );
  return serializeProfileFile(file);
}

const MIME: Record<ExportKind, string> = {
  json: 'application/json',
  csv: 'text/csv',
  trace: 'application/json',
};

/** Starts a browser download of the profile in the given format. */
export function downloadProfileExport(
  kind: ExportKind,
  profile: Profile,
  measured: MeasuredView | null,
  workflowId: string,
): void {
  downloadText(exportFileName(workflowId, kind), buildExportText(kind, profile, measured), MIME[kind]);
}
