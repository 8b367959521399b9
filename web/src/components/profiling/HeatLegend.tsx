/**
 * Legend of the heat overlay: the runtime-rank (quantile) bands and the critical-path mark, in theme colours.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme, type SxProps, type Theme } from '@mui/material/styles';
import { buildHeatBands } from './heatOverlay';
import { getCriticalPathColor, tint } from './profileColors';

export interface HeatLegendProps {
  /** The overlay colours by measured time (estimate where a node has none). @default false */
  measured?: boolean;
  sx?: SxProps<Theme>;
}

export function HeatLegend({ measured = false, sx }: HeatLegendProps) {
  const theme = useTheme();
  const bands = buildHeatBands(theme);
  const critical = getCriticalPathColor(theme);
  return (
    <Paper
      role="group"
      aria-label="Heat overlay legend"
      elevation={3}
      sx={[{ px: 1.5, py: 1 }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      <Typography variant="caption" component="p" sx={{ fontWeight: 600, mb: 0.5 }}>
        {measured ? 'Rank of measured runtime' : 'Rank of estimated runtime'}
      </Typography>
      <Typography variant="caption" component="p" color="text.secondary" sx={{ mb: 0.5 }}>
        Nodes coloured by where their runtime ranks among the workflow&apos;s nodes.
      </Typography>
      {measured && (
        <Typography variant="caption" component="p" color="text.secondary" sx={{ mb: 0.5 }}>
          Median of the selected runs; nodes without a measurement use their estimate.
        </Typography>
      )}
      <Box
        component="ul"
        sx={{ listStyle: 'none', m: 0, p: 0, display: 'flex', flexDirection: 'column', gap: 0.5 }}
      >
        {bands.map((band) => (
          <Box component="li" key={band.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Box
              component="span"
              aria-hidden
              sx={{
                width: 16,
                height: 12,
                borderRadius: 0.5,
                bgcolor: tint(band.color, 0.22),
                boxShadow: `0 0 0 2px ${band.color}`,
              }}
            />
            <Typography variant="caption">{band.label}</Typography>
          </Box>
        ))}
        <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box
            component="span"
            aria-hidden
            sx={{ width: 16, height: 0, borderTop: `3px dashed ${critical}` }}
          />
          <Typography variant="caption">Critical path (nodes and edges)</Typography>
        </Box>
      </Box>
    </Paper>
  );
}
