/**
 * Axis and grid styling shared by the panel's horizontal bar charts (runtime, memory, timeline): value axis
 * along the bottom, node labels down the left, colours from the theme. Spread into recharts' XAxis / YAxis.
 */
import type { Theme } from '@mui/material/styles';
import { truncateLabel } from './truncateLabel';

/** Width of the node-label column, px; labels are cut to fit it. */
const LABEL_AXIS_WIDTH = 130;
const LABEL_MAX_CHARS = 18;

/** Props of the numeric (value) axis, given its tick formatter. */
export function valueAxisProps(theme: Theme, tickFormatter: (value: number) => string) {
  return {
    type: 'number' as const,
    tickFormatter,
    tick: { fill: theme.palette.text.secondary, fontSize: 12 },
    stroke: theme.palette.divider,
  };
}

/** Props of the node-label (category) axis reading `label` from each row. */
export function labelAxisProps(theme: Theme, fontSize = 12) {
  return {
    type: 'category' as const,
    dataKey: 'label',
    width: LABEL_AXIS_WIDTH,
    tickFormatter: (label: string) => truncateLabel(label, LABEL_MAX_CHARS),
    tick: { fill: theme.palette.text.primary, fontSize },
    stroke: theme.palette.divider,
  };
}

/** Props of the chart's cursor highlight behind the hovered row. */
export function rowCursor(theme: Theme) {
  return { fill: theme.palette.action.hover };
}
