/**
 * A persistent notice about saved data that was repaired or could not be read on load: what was done,
 * where the original is kept, a download of the original text and Dismiss. Presentational: the caller
 * passes the report (the editor's saved workflow, the profiler's saved settings).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { StorageReport } from '../../persistence/keepUnusableValue';
import { downloadText } from '../../browser/downloadText';

const MAX_SHOWN = 6;

export interface StoredDataAlertProps {
  /** Nothing is shown when null. */
  report: StorageReport | null;
  /** Title per outcome, e.g. `{ repaired: 'Your saved workflow was repaired', unreadable: '… could not be opened' }`. */
  titles: { repaired: string; unreadable: string };
  /** What is used instead of unreadable data, e.g. `The default example is open instead.` */
  fallback: string;
  /** Download name prefix, e.g. `saved-workflow` (a timestamp and `.json` are added). */
  fileName: string;
  onDismiss: () => void;
  'data-testid'?: string;
}

/** The repairs as one sentence, e.g. "What changed: dropped edge e7 (its target node n3 is missing)." */
export function describeRepairs(repairs: readonly string[]): string {
  const shown = repairs.slice(0, MAX_SHOWN).join('; ');
  const hidden = repairs.length - MAX_SHOWN;
  return `What changed: ${shown}${hidden > 0 ? `; …and ${hidden} more` : ''}.`;
}

function describeKept(report: StorageReport): string {
  if (!report.backupKey)
    return `A copy could not be kept in this browser (${report.backupError ?? 'storage unavailable'}), so the saved data is left untouched and changes in this session are not saved. Download it to keep it.`;
  const dropped = report.droppedBackupAt
    ? ` (the oldest backup, from ${report.droppedBackupAt}, made room)`
    : '';
  return `The original is kept in this browser under "${report.backupKey}"${dropped}.`;
}

export function StoredDataAlert({
  report,
  titles,
  fallback,
  fileName,
  onDismiss,
  'data-testid': testId,
}: StoredDataAlertProps) {
  const titleId = useId();
  if (!report) return null;
  const unreadable = report.kind === 'unreadable';
  return (
    <Alert
      severity={unreadable ? 'error' : 'warning'}
      data-testid={testId}
      aria-labelledby={titleId}
      sx={{ borderRadius: 0 }}
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              const stamp = new Date().toISOString().replace(/[:.]/g, '-');
              downloadText(`${fileName}-${stamp}.json`, report.original);
            }}
          >
            Download the saved data
          </Button>
          <Button color="inherit" size="small" onClick={onDismiss}>
            Dismiss
          </Button>
        </Stack>
      }
    >
      <AlertTitle id={titleId}>{unreadable ? titles.unreadable : titles.repaired}</AlertTitle>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {unreadable
          ? `It could not be read: ${report.reason ?? 'unknown reason'}. ${fallback}`
          : describeRepairs(report.repairs)}
      </Typography>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {describeKept(report)}
      </Typography>
    </Alert>
  );
}
