/**
 * Learning from measured runs in the panel: the "Use measurements" switch, export and import of the
 * calibration (JSON), the learned type factors and how good the estimates are.
 */
import { FileButton } from '../FileButton';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useCalibrationAccuracy } from '../../../hooks/useCalibrationAccuracy';
import { formatFactor } from '../../../profiling';
import type { Profile } from '../../../profiling/types';
import { useProfileStoreApi } from '../../../stores/profile/PerformanceProfileStoreContext';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';
import { downloadText } from '../../../browser/downloadText';
import { AccuracySummary } from './AccuracySummary';

export interface LearningSectionProps {
  workflowId: string;
  nodes: EditorNode[];
  edges: EditorEdge[];
  profile: Profile;
}

export function LearningSection({ workflowId, nodes, edges, profile }: LearningSectionProps) {
  const store = useProfileStoreApi();
  const { useMeasurements, calibration, error } = useStore(
    store,
    useShallow((state) => ({
      useMeasurements: state.useMeasurements,
      calibration: state.calibrations.get(workflowId) ?? null,
      error: state.calibrationError,
    })),
  );
  const accuracy = useCalibrationAccuracy(workflowId, profile);
  const factors = calibration ? Object.entries(calibration.types) : [];

  const exportCalibration = () => {
    const text = store.getState().exportCalibration(workflowId);
    if (text) downloadText(`${workflowId}.calibration.json`, text, 'application/json');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    await store.getState().importCalibration(workflowId, await readText(file), nodes, edges);
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5, mt: 1 }} role="group" aria-label="Learning from measured runs">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <FormControlLabel
          control={
            <Switch
              checked={useMeasurements}
              onChange={(event) => store.getState().setUseMeasurements(event.target.checked)}
            />
          }
          label="Use measurements"
        />
        <Box sx={{ display: 'flex', gap: 1, ml: 'auto' }}>
          <Button size="small" variant="text" onClick={exportCalibration} disabled={calibration === null}>
            Export calibration
          </Button>
          <FileButton inputLabel="Calibration file" onFile={(file) => void importFile(file)}>
            Import calibration
          </FileButton>
        </Box>
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      {useMeasurements && calibration && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          Learned on {calibration.hardware} from {calibration.builtFrom.runIds.length} run
          {calibration.builtFrom.runIds.length === 1 ? '' : 's'}: {Object.keys(calibration.nodes).length}{' '}
          nodes measured
          {factors.length > 0 &&
            `; type factors ${factors.map(([type, f]) => `${type} ×${formatFactor(f.factor)} (${f.samples} samples)`).join(', ')}`}
          .
        </Typography>
      )}
      {accuracy && (
        <Box sx={{ mt: 1 }}>
          <AccuracySummary accuracy={accuracy} profile={profile} />
        </Box>
      )}
    </Paper>
  );
}

/** The file's text through FileReader (available in every browser and in jsdom, unlike Blob.text). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(typeof reader.result === 'string' ? reader.result : ''));
    reader.addEventListener('error', () => reject(new Error('The calibration file could not be read.')));
    reader.readAsText(file);
  });
}
