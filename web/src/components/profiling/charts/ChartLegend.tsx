/**
 * A chart legend in HTML (theme typography, wraps with the panel), used under every chart instead of
 * recharts' SVG legend.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

export interface LegendEntry {
  label: string;
  color: string;
  /** Drawn as an outline (e.g. measured bars) instead of a fill. */
  outlined?: boolean;
}

export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <Box
      component="ul"
      aria-label="Legend"
      sx={{ listStyle: 'none', m: 0, mt: 0.5, p: 0, display: 'flex', flexWrap: 'wrap', gap: 2 }}
    >
      {entries.map((entry) => (
        <Box component="li" key={entry.label} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <Box
            component="span"
            aria-hidden
            sx={{
              width: 12,
              height: 12,
              borderRadius: 0.5,
              boxSizing: 'border-box',
              ...(entry.outlined ? { border: `2px solid ${entry.color}` } : { bgcolor: entry.color }),
            }}
          />
          <Typography variant="caption" color="text.secondary">
            {entry.label}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
