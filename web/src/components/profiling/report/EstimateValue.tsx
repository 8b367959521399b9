/**
 * An estimated number: shown with "≈" (not before a bound such as "< 1 ms"), focusable, and explained on
 * hover or focus by a tooltip naming it an estimate, its source and the assumptions behind it.
 */
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Assumption } from '../../../profiling/types';
import { isBoundOrUnknown } from '../format';

export interface EstimateExplanation {
  /** How the number was obtained. */
  source: string;
  /** Inputs assumed to get it. */
  assumptions?: ReadonlyArray<Pick<Assumption, 'label' | 'value' | 'unit'>>;
}

export interface EstimateValueProps extends EstimateExplanation {
  /** The formatted number, e.g. "1.4 s". */
  children: ReactNode;
  /** What the number is, e.g. "Runtime of Summarize" (used in the tooltip heading). */
  label?: string;
}

function formatAssumption(assumption: Pick<Assumption, 'value' | 'unit'>): string {
  const value =
    typeof assumption.value === 'number' ? assumption.value.toLocaleString('en-US') : assumption.value;
  return assumption.unit ? `${value} ${assumption.unit}` : String(value);
}

/** The tooltip body shared by every estimate. */
export function EstimateTooltipContent({
  label,
  source,
  assumptions = [],
}: EstimateExplanation & { label?: string }) {
  return (
    <Box sx={{ maxWidth: 340 }}>
      <Typography variant="subtitle2" component="p">
        {label ? `${label} (estimate)` : 'Estimate'}
      </Typography>
      <Typography variant="body2" component="p" sx={{ mt: 0.5 }}>
        Source: {source}
      </Typography>
      {assumptions.length > 0 && (
        <>
          <Typography variant="body2" component="p" sx={{ mt: 0.5, fontWeight: 600 }}>
            Assumptions
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {assumptions.map((assumption) => (
              <Typography component="li" variant="body2" key={assumption.label}>
                {assumption.label}: {formatAssumption(assumption)}
              </Typography>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

/** An estimated value with its explanation on hover / focus. */
export function EstimateValue({ children, label, source, assumptions }: EstimateValueProps) {
  // "< 1 ms" is already a bound: "≈ < 1 ms" would read as nonsense.
  const approximate = !(typeof children === 'string' && isBoundOrUnknown(children));
  return (
    <Tooltip
      title={<EstimateTooltipContent label={label} source={source} assumptions={assumptions} />}
      arrow
      describeChild
    >
      <Box
        component="span"
        tabIndex={0}
        sx={{
          cursor: 'help',
          whiteSpace: 'nowrap',
          textDecoration: 'underline dotted',
          textDecorationColor: (theme) => theme.palette.text.disabled,
          textUnderlineOffset: '3px',
          borderRadius: 0.5,
          '&:focus-visible': {
            outline: (theme) => `2px solid ${theme.palette.primary.main}`,
            outlineOffset: 2,
          },
        }}
      >
        {approximate && (
          <Box component="span" aria-hidden sx={{ color: 'text.secondary', mr: 0.25 }}>
            ≈
          </Box>
        )}
        {children}
      </Box>
    </Tooltip>
  );
}
