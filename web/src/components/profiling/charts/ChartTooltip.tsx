/**
 * The tooltip card used by every chart: theme paper, a title and label/value lines.
 */
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export interface ChartTooltipLine {
  label: string;
  value: string;
}

export interface ChartTooltipCardProps {
  title: string;
  subtitle?: string;
  lines: ChartTooltipLine[];
}

export function ChartTooltipCard({ title, subtitle, lines }: ChartTooltipCardProps) {
  return (
    <Paper elevation={4} sx={{ px: 1.5, py: 1, maxWidth: 320 }}>
      <Typography variant="subtitle2" component="p">
        {title}
      </Typography>
      {subtitle && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ wordBreak: 'break-all' }}>
          {subtitle}
        </Typography>
      )}
      {lines.map((line) => (
        <Typography variant="body2" component="p" key={line.label}>
          {line.label}: <strong>{line.value}</strong>
        </Typography>
      ))}
      <Typography variant="caption" color="text.secondary" component="p">
        Estimated values
      </Typography>
    </Paper>
  );
}

/** The first data row of a recharts tooltip payload, typed by the caller. */
export function firstPayloadRow<T>(payload: ReadonlyArray<{ payload?: unknown }> | undefined): T | undefined {
  const row = payload?.[0]?.payload;
  return row === undefined ? undefined : (row as T);
}
