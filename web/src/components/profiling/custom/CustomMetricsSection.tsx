/**
 * "Define metrics": metric definitions for node types the profiler does not know, without writing code.
 * Lists the unknown types (each with "Define") and the definitions of this workflow (edit, remove), and
 * exports / imports them as JSON (the CLI reads the same file with `--metrics`).
 */
import { FileButton } from '../FileButton';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CustomMetric, Profile } from '../../../profiling';
import type { MeasuredView } from '../../../runs/measure/buildMeasuredView';
import { downloadText } from '../../../browser/downloadText';
import { formatDuration, formatMegabytes } from '../format';
import { draftFromNode, measuredMsOfType } from './draftFromNode';
import { MetricForm } from './MetricForm';
import { readFileText } from './readFileText';

export interface CustomMetricsSectionProps {
  workflowId: string;
  profile: Profile;
  metrics: readonly CustomMetric[];
  measured: MeasuredView | null;
  onSave: (metric: CustomMetric) => void;
  onRemove: (type: string) => void;
  /** Returns the error message, or null when the file was read. */
  onImport: (text: string) => string | null;
  onExport: () => string | null;
}

export const CUSTOM_METRICS_HEADING_ID = 'profiler-define-metrics';

export function CustomMetricsSection({
  workflowId,
  profile,
  metrics,
  measured,
  onSave,
  onRemove,
  onImport,
  onExport,
}: CustomMetricsSectionProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const unknown = profile.summary.unknownTypes;
  if (unknown.length === 0 && metrics.length === 0) return null;
  const existing = editing === null ? undefined : metrics.find((m) => m.type === editing);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setImportError(onImport(await readFileText(file)));
  };
  const exportFile = () => {
    const text = onExport();
    if (text) downloadText(`${workflowId}.metrics.json`, text, 'application/json');
  };
  return (
    <Paper variant="outlined" role="group" aria-labelledby={CUSTOM_METRICS_HEADING_ID} sx={{ p: 1.5, mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography
          id={CUSTOM_METRICS_HEADING_ID}
          variant="subtitle1"
          component="h3"
          sx={{ fontWeight: 600 }}
          tabIndex={-1}
        >
          Define metrics
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, ml: 'auto' }}>
          <Button size="small" onClick={exportFile} disabled={metrics.length === 0}>
            Export definitions
          </Button>
          <FileButton inputLabel="Metric definitions file" onFile={(file) => void importFile(file)}>
            Import definitions
          </FileButton>
        </Box>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        Node types without a metric definition are estimated from their category&apos;s defaults (low
        confidence). Give their runtime and memory here — typed in, or from measured runs — and this workflow
        is re-analysed with them. Kept for this workflow; the CLI takes the exported file with{' '}
        <code>--metrics</code>.
      </Typography>
      {importError && (
        <Alert severity="error" sx={{ mt: 1 }} onClose={() => setImportError(null)}>
          {importError}
        </Alert>
      )}
      {unknown.length > 0 && (
        <Box
          component="ul"
          aria-label="Types without a definition"
          sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
        >
          {unknown.map((type) => (
            <Box component="li" key={type} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25 }}>
              <code>{type}</code>
              <Button size="small" onClick={() => setEditing(type)} aria-label={`Define metrics for ${type}`}>
                Define
              </Button>
            </Box>
          ))}
        </Box>
      )}
      {metrics.length > 0 && (
        <Box component="ul" aria-label="Defined metrics" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {metrics.map((m) => (
            <Box
              component="li"
              key={m.type}
              sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 0.25 }}
            >
              <code>{m.type}</code>
              <Typography variant="body2" color="text.secondary">
                {m.category} on {m.device}: {formatDuration(m.runtimeMs)} per execution,{' '}
                {formatMegabytes(m.memoryMb)} RAM, {formatMegabytes(m.vramMb)} VRAM
                {m.note ? ` — ${m.note}` : ''}
              </Typography>
              <Button
                size="small"
                onClick={() => setEditing(m.type)}
                aria-label={`Edit the definition of ${m.type}`}
              >
                Edit
              </Button>
              <Button
                size="small"
                color="warning"
                onClick={() => onRemove(m.type)}
                aria-label={`Remove the definition of ${m.type}`}
              >
                Remove
              </Button>
            </Box>
          ))}
        </Box>
      )}
      {editing !== null && (
        <MetricForm
          key={editing}
          initial={draftFromNode(profile, editing, existing)}
          measuredMs={measuredMsOfType(profile, editing, measured)}
          onSave={(metric) => {
            onSave(metric);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
