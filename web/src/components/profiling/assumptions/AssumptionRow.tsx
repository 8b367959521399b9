/**
 * One assumption: its label and key, the value the profile used (an input when it can be changed), its
 * unit, and where it applies. A new value is applied on Enter or when the field loses focus; an empty field
 * goes back to the default. A value out of range shows the engine's message under the field.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { AssumptionEntry } from '../../../profiling';

export interface AssumptionRowProps {
  entry: AssumptionEntry;
  /** Node titles by id (for "where it applies"). */
  titles: ReadonlyMap<string, string>;
  /** Sets (number) or clears (undefined) the value; throws with a message when it is invalid. */
  onChange: (key: string, value: number | undefined) => void;
  onSelectNode?: (nodeId: string) => void;
}

const SHOWN_NODES = 3;

function describeValues(entry: AssumptionEntry): string {
  const values = entry.values.map((v) => (typeof v === 'number' ? v.toLocaleString('en-US') : v));
  if (values.length === 0) return '—';
  if (values.length === 1) return values[0]!;
  return `${values[0]} – ${values[values.length - 1]} (varies by node)`;
}

export function AssumptionRow({ entry, titles, onChange, onSelectNode }: AssumptionRowProps) {
  const current = entry.override ?? (entry.values.length === 1 ? entry.values[0] : undefined);
  const shown = current === undefined ? '' : String(current);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    try {
      if (text === '') onChange(entry.key, undefined);
      else {
        const value = Number(text);
        if (!Number.isFinite(value)) throw new Error(`"${text}" is not a number.`);
        if (value !== entry.override) onChange(entry.key, value);
      }
      setDraft(null);
      setError(null);
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
    }
  };
  const where =
    entry.scope === 'workflow' && entry.key !== 'defaultItemCount'
      ? 'the schedule (all nodes)'
      : entry.nodeIds.length === 0
        ? 'no node in this workflow'
        : null;
  return (
    <TableRow data-assumption={entry.key}>
      <TableCell component="th" scope="row" sx={{ minWidth: 180 }}>
        <Typography variant="body2">{entry.label}</Typography>
        <Typography variant="caption" color="text.secondary" component="code">
          {entry.key}
        </Typography>
      </TableCell>
      <TableCell sx={{ minWidth: 150 }}>
        {entry.editable ? (
          <TextField
            size="small"
            value={draft ?? shown}
            placeholder={entry.values.length > 1 ? describeValues(entry) : undefined}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit();
              if (event.key === 'Escape' && draft !== null) {
                event.stopPropagation();
                setDraft(null);
                setError(null);
              }
            }}
            error={error !== null}
            helperText={
              error ??
              (entry.values.length > 1 && entry.override === undefined ? describeValues(entry) : undefined)
            }
            slotProps={{
              htmlInput: {
                'aria-label': `${entry.label} (${entry.key})`,
                inputMode: 'decimal',
              },
              input: entry.unit
                ? {
                    endAdornment: (
                      <Box component="span" sx={{ ml: 0.5, color: 'text.secondary', fontSize: 12 }}>
                        {entry.unit}
                      </Box>
                    ),
                  }
                : undefined,
            }}
            sx={{ width: 150 }}
          />
        ) : (
          <Typography variant="body2">
            {describeValues(entry)}
            {entry.unit ? ` ${entry.unit}` : ''}
            <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              fixed by the estimator
            </Typography>
          </Typography>
        )}
      </TableCell>
      <TableCell>
        {where ?? (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, alignItems: 'center' }}>
            {entry.nodeIds.slice(0, SHOWN_NODES).map((id) =>
              onSelectNode ? (
                <Button
                  key={id}
                  size="small"
                  sx={{ textTransform: 'none', p: 0, minWidth: 0 }}
                  onClick={() => onSelectNode(id)}
                >
                  {titles.get(id) ?? id}
                </Button>
              ) : (
                <Typography key={id} variant="body2" component="span">
                  {titles.get(id) ?? id}
                </Typography>
              ),
            )}
            {entry.nodeIds.length > SHOWN_NODES && (
              <Typography variant="caption" color="text.secondary">
                +{entry.nodeIds.length - SHOWN_NODES} more
              </Typography>
            )}
          </Box>
        )}
      </TableCell>
      <TableCell align="right">
        {entry.override !== undefined && (
          <Button
            size="small"
            onClick={() => onChange(entry.key, undefined)}
            aria-label={`Reset ${entry.label}`}
          >
            Reset
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
