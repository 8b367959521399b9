/**
 * One editable parameter, typed by its current JSON value: number, string, boolean, or JSON text for objects,
 * arrays and null. Invalid input is shown as an error and not written to the store.
 */
import { useState } from 'react';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';

export interface ParameterFieldProps {
  name: string;
  value: unknown;
  onCommit: (value: unknown) => void;
}

function NumberField({ name, value, onCommit }: ParameterFieldProps & { value: number }) {
  const [draft, setDraft] = useState(String(value));
  const parsed = draft.trim() === '' ? Number.NaN : Number(draft);
  const valid = Number.isFinite(parsed);
  return (
    <TextField
      label={name}
      size="small"
      fullWidth
      value={draft}
      error={!valid}
      helperText={valid ? undefined : 'Enter a finite number'}
      onChange={(event) => {
        setDraft(event.target.value);
        const next = Number(event.target.value);
        if (event.target.value.trim() !== '' && Number.isFinite(next)) onCommit(next);
      }}
      slotProps={{ htmlInput: { inputMode: 'decimal', 'data-param': name } }}
    />
  );
}

function JsonField({ name, value, onCommit }: ParameterFieldProps) {
  const [draft, setDraft] = useState(() => JSON.stringify(value, null, 2) ?? 'null');
  const [error, setError] = useState<string | null>(null);
  return (
    <TextField
      label={`${name} (JSON)`}
      size="small"
      fullWidth
      multiline
      minRows={2}
      maxRows={10}
      value={draft}
      error={error !== null}
      helperText={error ?? undefined}
      onChange={(event) => {
        setDraft(event.target.value);
        try {
          onCommit(JSON.parse(event.target.value));
          setError(null);
        } catch (parseError) {
          setError(
            `Not valid JSON: ${parseError instanceof Error ? parseError.message : String(parseError)}`,
          );
        }
      }}
      slotProps={{
        htmlInput: {
          spellCheck: false,
          style: { fontFamily: 'monospace', fontSize: 12 },
          'data-param': name,
        },
      }}
    />
  );
}

/** Picks the input for a parameter's JSON type. Remount it (key) when the node changes. */
export function ParameterField({ name, value, onCommit }: ParameterFieldProps) {
  if (typeof value === 'boolean') {
    return (
      <FormControlLabel
        control={<Switch checked={value} onChange={(event) => onCommit(event.target.checked)} size="small" />}
        label={name}
      />
    );
  }
  if (typeof value === 'number') return <NumberField name={name} value={value} onCommit={onCommit} />;
  if (typeof value === 'string') {
    return (
      <TextField
        label={name}
        size="small"
        fullWidth
        multiline={value.length > 60 || value.includes('\n')}
        maxRows={8}
        value={value}
        onChange={(event) => onCommit(event.target.value)}
        slotProps={{ htmlInput: { 'data-param': name } }}
      />
    );
  }
  return <JsonField name={name} value={value} onCommit={onCommit} />;
}
