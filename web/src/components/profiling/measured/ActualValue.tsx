/**
 * A measured node time in the node table: the median ms, ×N executions, the ratio to the estimate, and a
 * marker when it cannot be trusted. Hover or focus gives the full sentence (runs, trust, reasons), which is
 * also its accessible name.
 */
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import type { NodeActual, TrustFlag } from '../../../runs/types';
import { formatDuration } from '../format';
import { describeActual, formatRatio } from './describeMeasurement';

export interface ActualValueProps {
  actual: NodeActual | null | undefined;
  flags?: readonly TrustFlag[];
  /** Node title, for the accessible name. */
  label: string;
}

export function ActualValue({ actual, flags = [], label }: ActualValueProps) {
  const sentence = `${label}: ${describeActual(actual, flags)}`;
  const ratio = formatRatio(actual?.ratio ?? null);
  const untrusted = actual !== null && actual !== undefined && actual.ms !== null && !actual.trusted;
  return (
    <Tooltip title={sentence} arrow describeChild>
      <Box
        component="span"
        tabIndex={0}
        aria-label={sentence}
        data-trusted={untrusted ? 'false' : undefined}
        sx={{
          cursor: 'help',
          whiteSpace: 'nowrap',
          borderRadius: 0.5,
          '&:focus-visible': {
            outline: (theme) => `2px solid ${theme.palette.primary.main}`,
            outlineOffset: 2,
          },
        }}
      >
        {actual?.ms === null || !actual ? (
          <Box component="span" aria-hidden sx={{ color: 'text.secondary' }}>
            —
          </Box>
        ) : (
          <span aria-hidden>
            {untrusted && (
              <Box component="span" sx={{ color: 'warning.main', fontWeight: 700, mr: 0.5 }}>
                !
              </Box>
            )}
            {formatDuration(actual.ms)}
            {actual.executions > 1 && (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                {' '}
                ×{actual.executions}
              </Box>
            )}
            {ratio && (
              <Box component="span" sx={{ color: 'text.secondary', ml: 0.5, fontSize: '0.85em' }}>
                ({ratio})
              </Box>
            )}
          </span>
        )}
      </Box>
    </Tooltip>
  );
}
