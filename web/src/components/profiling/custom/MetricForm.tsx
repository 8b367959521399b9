/**
 * The "Define metrics" form for one node type: category, where it runs, runtime per execution, RAM and
 * VRAM, and a note on where the numbers come from. "Use measured" fills the runtime with the median of the
 * measured runs. The engine checks the values; an error is shown under the field it names.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { EXECUTION_DEVICES, NODE_CATEGORIES, isProfileError, type CustomMetric } from '../../../profiling';
import { formatDuration } from '../format';
import type { MetricDraft } from './draftFromNode';

export interface MetricFormProps {
  initial: MetricDraft;
  /** Median measured time per execution of this type, ms (offers "Use measured"). */
  measuredMs: number | null;
  /** Saves; throws the engine's coded error naming the field when a value is invalid. */
  onSave: (metric: CustomMetric) => void;
  onCancel: () => void;
}

type FieldName = 'type' | 'category' | 'device' | 'runtimeMs' | 'memoryMb' | 'vramMb' | 'note';

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export function MetricForm({ initial, measuredMs, onSave, onCancel }: MetricFormProps) {
  const [draft, setDraft] = useState<MetricDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<FieldName | 'form', string>>>({});
  const set = (field: keyof MetricDraft) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [field]: event.target.value }));
  const save = () => {
    const metric = {
      type: draft.type,
      category: draft.category,
      device: draft.device,
      runtimeMs: toNumber(draft.runtimeMs),
      memoryMb: toNumber(draft.memoryMb),
      vramMb: toNumber(draft.vramMb),
      ...(draft.note.trim() ? { note: draft.note } : {}),
    };
    try {
      onSave(metric as CustomMetric);
      setErrors({});
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      const field = isProfileError(thrown) ? thrown.field?.split('.').pop() : undefined;
      setErrors(field ? { [field]: message } : { form: message });
    }
  };
  const text = (field: 'runtimeMs' | 'memoryMb' | 'vramMb', label: string) => (
    <TextField
      size="small"
      label={label}
      value={draft[field]}
      onChange={set(field)}
      error={errors[field] !== undefined}
      helperText={errors[field]}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
    />
  );
  return (
    <Box
      component="form"
      aria-label={`Metric definition for ${draft.type || 'a node type'}`}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', mt: 1 }}
    >
      <TextField
        size="small"
        label="Node type"
        value={draft.type}
        onChange={set('type')}
        error={errors.type !== undefined}
        helperText={errors.type ?? 'exact type, or a prefix ending in *'}
        sx={{ gridColumn: '1 / -1' }}
      />
      <TextField select size="small" label="Category" value={draft.category} onChange={set('category')}>
        {NODE_CATEGORIES.map((c) => (
          <MenuItem key={c} value={c}>
            {c}
          </MenuItem>
        ))}
      </TextField>
      <TextField select size="small" label="Runs on" value={draft.device} onChange={set('device')}>
        {EXECUTION_DEVICES.map((d) => (
          <MenuItem key={d} value={d}>
            {d}
          </MenuItem>
        ))}
      </TextField>
      {text('runtimeMs', 'Runtime per execution (ms)')}
      {text('memoryMb', 'RAM (MB)')}
      {text('vramMb', 'VRAM (MB)')}
      <TextField
        size="small"
        label="Source note"
        placeholder="e.g. measured on my machine"
        value={draft.note}
        onChange={set('note')}
        error={errors.note !== undefined}
        helperText={errors.note}
      />
      {errors.form && (
        <Box role="alert" sx={{ gridColumn: '1 / -1', color: 'error.main', typography: 'body2' }}>
          {errors.form}
        </Box>
      )}
      <Box sx={{ gridColumn: '1 / -1', display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" size="small">
          Save definition
        </Button>
        {measuredMs !== null && (
          <Button
            size="small"
            onClick={() =>
              setDraft((d) => ({
                ...d,
                runtimeMs: String(Math.round(measuredMs * 10) / 10),
                note: d.note || 'median of the measured runs',
              }))
            }
          >
            Use measured ({formatDuration(measuredMs)})
          </Button>
        )}
        <Button size="small" onClick={onCancel}>
          Cancel
        </Button>
      </Box>
    </Box>
  );
}
