/**
 * A chart's frame: a <figure> named by its caption, with a text summary for screen readers (the drawing
 * itself is hidden from them and is no tab stop), and a measuring container (recharts' ResponsiveContainer) that hands its size to the chart.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../visuallyHidden';
import { useId, type ReactElement, type ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartFigureProps {
  title: string;
  subtitle?: ReactNode;
  /** A plain-text description of what the chart shows, read by screen readers. */
  summary: string;
  height: number;
  /** The recharts chart element (it receives width and height from the container). */
  children: ReactElement;
  /** Extra content under the chart (a legend, a note). */
  footer?: ReactNode;
}

export function ChartFigure({ title, subtitle, summary, height, children, footer }: ChartFigureProps) {
  const captionId = useId();
  const summaryId = useId();
  return (
    <Box
      component="figure"
      aria-labelledby={captionId}
      aria-describedby={summaryId}
      sx={{ m: 0, minWidth: 0, display: 'flex', flexDirection: 'column' }}
    >
      <Box component="figcaption" sx={{ mb: 1 }}>
        <Typography
          id={captionId}
          variant="subtitle1"
          component="span"
          sx={{ fontWeight: 600, display: 'block' }}
        >
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      <Box component="p" id={summaryId} sx={visuallyHidden}>
        {summary}
      </Box>
      {/* The drawing repeats the summary for sighted users; the bars are pointer shortcuts to rows of the node
          table, which is the keyboard path. So the SVG is neither a tab stop nor read out (charts render with
          recharts' accessibility layer off). */}
      <Box aria-hidden sx={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={0}>
          {children}
        </ResponsiveContainer>
      </Box>
      {footer}
    </Box>
  );
}
