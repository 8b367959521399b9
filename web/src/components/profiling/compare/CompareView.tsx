/**
 * The Compare view: two versions of the workflow from its history on the selected device (estimated, and
 * measured where runs were recorded), or the current workflow on two devices; then the figures side by
 * side, the structural difference and the per-node cost difference. The analyses run in the compare store.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Divider from '@mui/material/Divider';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useProfileComparison } from '../../../hooks/useProfileComparison';
import { HARDWARE_PRESETS, hardwareKey, type HardwareSpec } from '../../../profiling';
import type { ComparisonMode } from '../../../stores/compare/storeTypes';
import type { EditorEdge, EditorNode } from '../../../workflow/nodetoolTypes';
import { CompareSummaryTable } from './CompareSummaryTable';
import { NodeDiffTable } from './NodeDiffTable';
import { StructureDiffList } from './StructureDiffList';
import { buildVersionOptions } from './versionOptions';

export interface CompareViewProps {
  workflowId: string;
  nodes: EditorNode[];
  edges: EditorEdge[];
  /** The device selected in the panel (the versions are estimated on it; the first device by default). */
  hardware: HardwareSpec & { id?: string };
  onSelectNode?: (nodeId: string) => void;
}

function defaultOtherDevice(current: string): string {
  return current === 'rtx-4090' ? 'apple-m3-pro' : 'rtx-4090';
}

function NativeSelect(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  return (
    <TextField
      select
      size="small"
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 220, flex: '1 1 220px', maxWidth: 420 }}
    >
      {props.children}
    </TextField>
  );
}

export function CompareView({ workflowId, nodes, edges, hardware, onSelectNode }: CompareViewProps) {
  const {
    snapshots,
    snapshotStatus,
    snapshotError,
    sessionOnly,
    comparison,
    compareVersions,
    compareDevices,
  } = useProfileComparison(workflowId, nodes, edges);
  const [mode, setMode] = useState<ComparisonMode>('versions');
  const versions = useMemo(() => buildVersionOptions(snapshots), [snapshots]);
  const [leftVersion, setLeftVersion] = useState<string | null>(null);
  const [rightVersion, setRightVersion] = useState<string | null>(null);
  const left = leftVersion ?? versions.at(-2)?.id ?? '';
  const right = rightVersion ?? versions.at(-1)?.id ?? '';
  const currentDevice = hardwareKey(hardware);
  const [leftDevice, setLeftDevice] = useState<string | null>(null);
  const [rightDevice, setRightDevice] = useState<string | null>(null);
  const isPreset = HARDWARE_PRESETS.some((preset) => preset.id === currentDevice);
  const deviceA = leftDevice ?? (isPreset ? currentDevice : 'apple-m3-pro');
  const deviceB = rightDevice ?? defaultOtherDevice(deviceA);
  const shown = comparison?.mode === mode ? comparison : null;

  const deviceOptions = HARDWARE_PRESETS.map((preset) => (
    <option key={preset.id} value={preset.id}>
      {preset.name}
    </option>
  ));

  return (
    <Box sx={{ pt: 1 }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={mode}
        onChange={(_, next: ComparisonMode | null) => next && setMode(next)}
        aria-label="What to compare"
        sx={{ mb: 2 }}
      >
        <ToggleButton value="versions">Two versions</ToggleButton>
        <ToggleButton value="devices">Two devices</ToggleButton>
      </ToggleButtonGroup>

      {mode === 'versions' && (
        <Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            Every version of this workflow that was estimated is kept ({versions.length} so far
            {sessionOnly ? ', for this session only: this browser cannot store them' : ''}). Both are
            estimated again on {hardware.name}; measured wall times come from the runs of each version.
          </Typography>
          {snapshotError && (
            <Alert severity="warning" sx={{ mb: 1.5 }}>
              {snapshotError}
            </Alert>
          )}
          {versions.length < 2 ? (
            <Alert severity="info">
              {snapshotStatus === 'loading'
                ? 'Reading the stored versions…'
                : 'Only one version of this workflow has been estimated. Edit it (a parameter, a node, a connection) and the profiler keeps each version here.'}
            </Alert>
          ) : (
            <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
              <NativeSelect label="Before" value={left} onChange={setLeftVersion}>
                {versions.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </NativeSelect>
              <NativeSelect label="After" value={right} onChange={setRightVersion}>
                {versions.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </NativeSelect>
              <Button
                variant="contained"
                size="small"
                disabled={!left || !right || shown?.status === 'computing'}
                onClick={() => void compareVersions(left, right)}
              >
                Compare versions
              </Button>
            </Box>
          )}
        </Box>
      )}

      {mode === 'devices' && (
        <Box>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
            The current workflow estimated on two devices.
          </Typography>
          <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
            <NativeSelect label="First device" value={deviceA} onChange={setLeftDevice}>
              {deviceOptions}
            </NativeSelect>
            <NativeSelect label="Second device" value={deviceB} onChange={setRightDevice}>
              {deviceOptions}
            </NativeSelect>
            <Button
              variant="contained"
              size="small"
              disabled={nodes.length === 0 || shown?.status === 'computing'}
              onClick={() => void compareDevices(deviceA, deviceB)}
            >
              Compare devices
            </Button>
          </Box>
        </Box>
      )}

      {shown?.status === 'computing' && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mt: 2 }} role="status">
          <CircularProgress size={18} />
          <Typography variant="body2">Estimating both sides…</Typography>
        </Box>
      )}
      {shown?.status === 'error' && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {shown.error}
        </Alert>
      )}
      {shown?.status === 'ready' && shown.left && shown.right && shown.diff && (
        <Box sx={{ mt: 2 }} data-testid="comparison">
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            {shown.left.title} → {shown.right.title}
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {shown.left.subtitle} · {shown.right.subtitle}
          </Typography>
          <CompareSummaryTable left={shown.left} right={shown.right} diff={shown.diff} />
          <Divider sx={{ my: 2 }} />
          <StructureDiffList diff={shown.diff} />
          <Divider sx={{ my: 2 }} />
          <NodeDiffTable diff={shown.diff} onSelectNode={onSelectNode} />
        </Box>
      )}
    </Box>
  );
}
