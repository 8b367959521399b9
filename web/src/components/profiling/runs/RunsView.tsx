/**
 * The Runs view: the workflow's measured runs (newest first) with time, status, wall time, source and
 * workflow version; a checkbox picks which runs count in the measurements; Export downloads the raw
 * recording (.jsonl) or the record (.json); Delete removes the run from the history.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { RunHistoryEntry } from '../../../runs/history';
import type { RunSource } from '../../../runs/types';
import { useRunHistoryStoreApi } from '../../../stores/runHistory/RunHistoryStoreContext';
import { downloadText } from '../../../browser/downloadText';
import { formatDuration } from '../format';
import { describeRunStatus } from '../measured/describeMeasurement';
import { formatRunTime } from '../measured/formatRunTime';

const SOURCE_LABEL: Record<RunSource, string> = {
  live: 'Live run',
  recording: 'Recording',
  trace: 'Trace file',
  'debug-bundle': 'Debug bundle',
  'execution-time-store': 'Editor timings',
};

function VersionCell({ entry, current }: { entry: RunHistoryEntry; current: string | null }) {
  const version = entry.workflowVersion;
  if (version === null) return <Typography variant="body2">unknown</Typography>;
  const same = current !== null && version === current;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <Typography variant="body2" component="code" title={version}>
        {version.slice(0, 8)}
      </Typography>
      {current !== null && (
        <Chip
          size="small"
          variant="outlined"
          color={same ? 'success' : 'default'}
          label={same ? 'this version' : 'older version'}
          sx={{ height: 18, fontSize: 11 }}
        />
      )}
    </Box>
  );
}

export function RunsView() {
  const store = useRunHistoryStoreApi();
  const state = useStore(
    store,
    useShallow((s) => ({
      runs: s.runs,
      unreadable: s.unreadable,
      selected: s.selectedRunIds,
      status: s.status,
      error: s.error,
      sessionOnly: s.sessionOnly,
      version: s.workflowVersion,
    })),
  );
  const { runs, selected } = state;
  const toggle = (id: string, checked: boolean) =>
    store.getState().selectRuns(checked ? [...selected, id] : selected.filter((other) => other !== id));
  const exportRun = async (id: string) => {
    const file = await store.getState().exportRun(id);
    if (file) downloadText(file.fileName, file.text, file.mimeType);
  };

  return (
    <Box data-state="runs">
      {state.error && (
        <Alert severity={state.sessionOnly ? 'info' : 'error'} sx={{ mb: 1.5 }}>
          {state.error}
        </Alert>
      )}
      {state.status === 'loading' && runs.length === 0 && (
        <Typography role="status" variant="body2" color="text.secondary">
          Loading runs…
        </Typography>
      )}
      {state.status !== 'loading' && runs.length === 0 && (
        <Typography variant="body1" color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          No runs yet: press Run or import a recording.
        </Typography>
      )}
      {runs.length > 0 && (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {selected.length} of {runs.length} run{runs.length === 1 ? '' : 's'} count in the measured
            figures. Measured numbers are medians over the checked runs.
          </Typography>
          <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" aria-label="Runs" sx={{ '& td, & th': { px: 1 } }}>
              <TableHead>
                <TableRow>
                  <TableCell padding="checkbox">Count</TableCell>
                  <TableCell>Time</TableCell>
                  <TableCell>Status</TableCell>
                  <TableCell align="right">Wall time</TableCell>
                  <TableCell>Source</TableCell>
                  <TableCell>Version</TableCell>
                  <TableCell align="right">Actions</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {runs.map((entry) => {
                  const when = formatRunTime(entry.record.startedAt);
                  const { record } = entry;
                  return (
                    <TableRow key={entry.id} data-run-id={entry.id}>
                      <TableCell padding="checkbox">
                        <Checkbox
                          size="small"
                          checked={selected.includes(entry.id)}
                          onChange={(_, checked) => toggle(entry.id, checked)}
                          slotProps={{ input: { 'aria-label': `Count the run of ${when}` } }}
                        />
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{when}</TableCell>
                      <TableCell>{describeRunStatus(record.status)}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {record.wallMs === null ? '—' : formatDuration(record.wallMs)}
                        {record.wallMs !== null && !record.wallFromServer && (
                          <Typography component="span" variant="caption" color="text.secondary">
                            {' '}
                            (browser clock)
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>{SOURCE_LABEL[record.source]}</TableCell>
                      <TableCell>
                        <VersionCell entry={entry} current={state.version} />
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        <Button
                          size="small"
                          onClick={() => void exportRun(entry.id)}
                          aria-label={`Export the run of ${when} as ${entry.recording === null ? 'JSON' : 'JSONL'}`}
                        >
                          Export
                        </Button>
                        <Button
                          size="small"
                          color="error"
                          onClick={() => void store.getState().deleteRun(entry.id)}
                          aria-label={`Delete the run of ${when}`}
                        >
                          Delete
                        </Button>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        </>
      )}
      {state.unreadable.length > 0 && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          {state.unreadable.length} saved run{state.unreadable.length === 1 ? ' was' : 's were'} written by
          another profiler version and cannot be shown here;{' '}
          {state.unreadable.length === 1 ? 'it is' : 'they are'} kept.
          {state.unreadable.map((run) => (
            <Button key={run.id} size="small" onClick={() => void exportRun(run.id)}>
              Export {run.id}
            </Button>
          ))}
        </Alert>
      )}
    </Box>
  );
}
