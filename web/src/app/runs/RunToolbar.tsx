/**
 * The editor toolbar's measured-run controls: Run (or Cancel while a run is under way) on the configured
 * NodeTool server, the server settings, and Import run (a recording or trace file). A view: the live-run
 * controller owns the state.
 */
import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { ServerSettingsDialog } from './ServerSettingsDialog';
import type { ServerSettings } from './serverSettings';

/** What the run controls show. */
export type RunPhase = 'idle' | 'connecting' | 'running' | 'cancelling';

export interface RunToolbarProps {
  phase: RunPhase;
  /** Short progress text while a run is under way, e.g. "3 of 5 nodes done". */
  progress?: string | null;
  settings: ServerSettings;
  /** Why the stored settings were not used (shown in the settings dialog). */
  settingsProblem?: string | null;
  onRun: () => void;
  onCancel: () => void;
  /** Returns an error message when the settings could not be saved. */
  onSaveSettings: (settings: ServerSettings) => string | null;
  onImportFile: (file: File) => void;
}

function PlayIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden focusable="false">
      <path fill="currentColor" d="M8 5v14l11-7z" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden focusable="false">
      <path fill="currentColor" d="M6 6h12v12H6z" />
    </svg>
  );
}

function GearIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden focusable="false">
      <path
        fill="currentColor"
        d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.3 7.3 0 0 0-1.7-1L14.9 3h-4l-.4 2.9a7.3 7.3 0 0 0-1.7 1l-2.5-1-2 3.5L6.4 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.3 7.3 0 0 0 1.7 1l.4 2.9h4l.4-2.9a7.3 7.3 0 0 0 1.7-1l2.5 1 2-3.5L19.4 13ZM12.9 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z"
      />
    </svg>
  );
}

export function RunToolbar({
  phase,
  progress,
  settings,
  settingsProblem,
  onRun,
  onCancel,
  onSaveSettings,
  onImportFile,
}: RunToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const busy = phase !== 'idle';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      {busy && progress && (
        <Typography variant="caption" color="text.secondary" role="status" data-testid="run-progress">
          {progress}
        </Typography>
      )}
      <ButtonGroup size="small" variant="outlined" aria-label="Run on a NodeTool server">
        {busy ? (
          <Button
            color="warning"
            startIcon={<StopIcon />}
            onClick={onCancel}
            disabled={phase === 'cancelling'}
          >
            {phase === 'cancelling' ? 'Cancelling…' : 'Cancel'}
          </Button>
        ) : (
          <Tooltip title={`Run the workflow on ${settings.url} and measure every node`} describeChild>
            <Button startIcon={<PlayIcon />} onClick={onRun}>
              Run
            </Button>
          </Tooltip>
        )}
        <Tooltip title={`NodeTool server: ${settings.url}`} describeChild>
          <Button
            onClick={() => setSettingsOpen(true)}
            aria-label="NodeTool server settings"
            disabled={busy}
            sx={{ px: 1, minWidth: 0 }}
          >
            <GearIcon />
          </Button>
        </Tooltip>
      </ButtonGroup>
      <Button size="small" variant="outlined" onClick={() => fileInput.current?.click()}>
        Import run
      </Button>
      <input
        ref={fileInput}
        type="file"
        hidden
        accept=".jsonl,.json,.ndjson,application/json"
        data-testid="import-run-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onImportFile(file);
        }}
      />
      <ServerSettingsDialog
        open={settingsOpen}
        settings={settings}
        problem={settingsProblem ?? null}
        onClose={() => setSettingsOpen(false)}
        onSave={onSaveSettings}
      />
    </Box>
  );
}
