/** The NodeTool server settings of the Run button: URL and frame format, checked before they are saved. */
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { checkServerUrl, DEFAULT_SERVER_URL, type ServerSettings } from './serverSettings';

export interface ServerSettingsDialogProps {
  open: boolean;
  settings: ServerSettings;
  problem: string | null;
  onClose: () => void;
  /** Returns an error message when saving failed. */
  onSave: (settings: ServerSettings) => string | null;
}

export function ServerSettingsDialog({
  open,
  settings,
  problem,
  onClose,
  onSave,
}: ServerSettingsDialogProps) {
  const [url, setUrl] = useState(settings.url);
  const [json, setJson] = useState(settings.format === 'json');
  const [saveError, setSaveError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    setUrl(settings.url);
    setJson(settings.format === 'json');
    setSaveError(null);
  }, [open, settings]);
  const urlError = checkServerUrl(url);
  const save = () => {
    const error = onSave({ url: url.trim(), format: json ? 'json' : 'msgpack' });
    if (error) setSaveError(error);
    else onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="server-settings-title" fullWidth maxWidth="sm">
      <DialogTitle id="server-settings-title">NodeTool server</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {problem && <Alert severity="warning">{problem}</Alert>}
        <TextField
          label="WebSocket URL"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          error={urlError !== null}
          helperText={
            urlError ?? `Start a local server with "nodetool serve" (default ${DEFAULT_SERVER_URL}).`
          }
          autoFocus
          margin="dense"
          fullWidth
        />
        <FormControlLabel
          control={<Switch checked={json} onChange={(event) => setJson(event.target.checked)} />}
          label="JSON frames instead of msgpack (JSON drops messages that carry images or audio)"
        />
        {saveError && <Alert severity="error">{saveError}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button onClick={save} variant="contained" disabled={urlError !== null}>
          Save
        </Button>
      </DialogActions>
    </Dialog>
  );
}
