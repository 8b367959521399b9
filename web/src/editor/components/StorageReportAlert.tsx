/**
 * The persistent report of a saved workflow that was repaired or could not be opened on load: what was
 * done, where the original is kept, and a download of the original text. Stays until dismissed.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { downloadTextFile } from '../downloadTextFile';
import { useEditor } from '../store';
import type { StorageReport } from '../store';

const MAX_SHOWN = 6;

function describeKept(report: StorageReport): string {
  if (!report.backupKey)
    return `A copy could not be kept in this browser (${report.backupError ?? 'storage unavailable'}), so the saved data is left untouched and changes in this session are not saved. Download it to keep it.`;
  const dropped = report.droppedBackupAt
    ? ` (the oldest backup, from ${report.droppedBackupAt}, made room)`
    : '';
  return `The original is kept in this browser under "${report.backupKey}"${dropped}.`;
}

/** The repairs as one sentence, e.g. "What changed: dropped edge e7 (its target node n3 is missing)." */
export function describeRepairs(repairs: readonly string[]): string {
  const shown = repairs.slice(0, MAX_SHOWN).join('; ');
  const hidden = repairs.length - MAX_SHOWN;
  return `What changed: ${shown}${hidden > 0 ? `; …and ${hidden} more` : ''}.`;
}

export function StorageReportAlert() {
  const report = useEditor((s) => s.storageReport);
  const dismiss = useEditor((s) => s.dismissStorageReport);
  const titleId = useId();
  if (!report) return null;
  const unreadable = report.kind === 'unreadable';
  return (
    <Alert
      severity={unreadable ? 'error' : 'warning'}
      data-testid="storage-report"
      aria-labelledby={titleId}
      sx={{ borderRadius: 0 }}
      action={
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            color="inherit"
            size="small"
            onClick={() => {
              const stamp = new Date().toISOString().replace(/[:.]/g, '-');
              downloadTextFile(`saved-workflow-${stamp}.json`, report.original);
            }}
          >
            Download the saved data
          </Button>
          <Button color="inherit" size="small" onClick={dismiss}>
            Dismiss
          </Button>
        </Stack>
      }
    >
      <AlertTitle id={titleId}>
        {unreadable ? 'Your saved workflow could not be opened' : 'Your saved workflow was repaired'}
      </AlertTitle>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {unreadable
          ? `It could not be read: ${report.reason ?? 'unknown reason'}. The default example is open instead.`
          : describeRepairs(report.repairs)}
      </Typography>
      <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
        {describeKept(report)}
      </Typography>
    </Alert>
  );
}
