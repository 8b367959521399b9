/**
 * Opens a saved profile (the panel's JSON export or the CLI's `--format json`) and shows its report in a dialog,
 * read-only: figures as they were when it was saved, on the hardware it was saved for. A file that is not a
 * saved profile is refused with the file, the `profile-file.*` code and the field.
 */
import { FileButton } from '../FileButton';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { isProfileFileError, parseProfileFileText, type ProfileFile } from '../../../exports';
import { formatDuration } from '../format';
import { ProfileReport } from '../report/ProfileReport';

type Opened = { fileName: string; file: ProfileFile } | { fileName: string; error: string };

export function SavedProfileViewer() {
  const [opened, setOpened] = useState<Opened | null>(null);
  const titleId = useId();
  const open = async (upload: File | undefined) => {
    if (!upload) return;
    try {
      setOpened({ fileName: upload.name, file: parseProfileFileText(await readText(upload), upload.name) });
    } catch (error) {
      if (!isProfileFileError(error) && !(error instanceof ReadError)) throw error;
      setOpened({ fileName: upload.name, error: error.message });
    }
  };
  const file = opened && 'file' in opened ? opened.file : null;
  return (
    <>
      <FileButton inputLabel="Saved profile file" onFile={(upload) => void open(upload)}>
        Open saved
      </FileButton>
      <Dialog
        open={opened !== null}
        onClose={() => setOpened(null)}
        fullWidth
        maxWidth="lg"
        aria-labelledby={titleId}
      >
        <DialogTitle id={titleId}>Saved profile{file?.name ? ` — ${file.name}` : ''}</DialogTitle>
        <DialogContent>
          {opened && 'error' in opened && <Alert severity="error">{opened.error}</Alert>}
          {file && opened && (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {opened.fileName}: estimated on {file.hardware.name} with {file.options.workers} workers and{' '}
                {file.options.gpuLanes} GPU lane{file.options.gpuLanes === 1 ? '' : 's'}, saved{' '}
                {new Date(file.generatedAt).toLocaleString()}. The figures are as they were then.
              </Typography>
              {file.summary.actual && (
                <Alert severity="info" sx={{ mb: 1 }}>
                  Saved with {file.runs.length} measured run{file.runs.length === 1 ? '' : 's'}
                  {file.summary.actual.wallMs !== null &&
                    `: median wall time ${formatDuration(file.summary.actual.wallMs)} (estimated makespan ${formatDuration(file.summary.actual.estimatedMakespanMs)})`}
                  . Per-node measurements are in the file (nodes[].actual); the report below is the estimate.
                </Alert>
              )}
              <ProfileReport profile={file} animate={false} />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpened(null)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

class ReadError extends Error {}

/** The file's text through FileReader (available in every browser and in jsdom, unlike Blob.text). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(typeof reader.result === 'string' ? reader.result : ''));
    reader.addEventListener('error', () => reject(new ReadError('The file could not be read.')));
    reader.readAsText(file);
  });
}
