/**
 * "How is this calculated": each scored metric with its value, its two control points (p10 scores 0.90,
 * median scores 0.50 on a log-normal curve), its weight and its 0–1 score, then the weighted mean.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useId, useState } from 'react';
import type { ScoreMetric } from '../../../profiling/types';
import { formatMetricValue } from '../format';
import { getScoreColor } from '../profileColors';

export interface ScoreBreakdownProps {
  metrics: ScoreMetric[];
  score: number | null;
  /** Start expanded. @default false */
  defaultOpen?: boolean;
}

export function ScoreBreakdown({ metrics, score, defaultOpen = false }: ScoreBreakdownProps) {
  const theme = useTheme();
  const [open, setOpen] = useState(defaultOpen);
  const regionId = useId();
  const totalWeight = metrics.reduce((sum, metric) => sum + metric.weight, 0);

  return (
    <Box>
      <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={regionId}>
        {open ? 'Hide how this is calculated' : 'How is this calculated?'}
      </Button>
      <Collapse in={open} id={regionId} unmountOnExit>
        <Box sx={{ mt: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            Each metric is scored from 0 to 1 on a log-normal curve fixed by two control points, as Lighthouse
            does: a value at the “good” point scores 0.90 and a value at the median scores 0.50. The score is
            the weighted mean × 100, rounded. Grades: A ≥ 90, B 75–89, C 60–74, D 40–59, F &lt; 40.
          </Typography>
          <Table size="small" aria-label="Score breakdown">
            <TableHead>
              <TableRow>
                <TableCell>Metric</TableCell>
                <TableCell align="right">Value (est.)</TableCell>
                <TableCell align="right">Good (scores 0.90)</TableCell>
                <TableCell align="right">Median (0.50)</TableCell>
                <TableCell align="right">Weight</TableCell>
                <TableCell sx={{ minWidth: 120 }}>Score</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {metrics.map((metric) => (
                <TableRow key={metric.id}>
                  <TableCell component="th" scope="row">
                    {metric.label}
                  </TableCell>
                  <TableCell align="right">{formatMetricValue(metric.value, metric.unit)}</TableCell>
                  <TableCell align="right">{formatMetricValue(metric.p10, metric.unit)}</TableCell>
                  <TableCell align="right">{formatMetricValue(metric.median, metric.unit)}</TableCell>
                  <TableCell align="right">
                    {totalWeight > 0 ? `${Math.round((metric.weight / totalWeight) * 100)} %` : metric.weight}
                  </TableCell>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                      <LinearProgress
                        variant="determinate"
                        value={Math.round(metric.score * 100)}
                        aria-label={`${metric.label} score`}
                        sx={{
                          flex: 1,
                          height: 6,
                          borderRadius: 3,
                          bgcolor: theme.palette.action.hover,
                          '& .MuiLinearProgress-bar': { bgcolor: getScoreColor(theme, metric.score) },
                        }}
                      />
                      <Typography variant="body2" component="span" sx={{ minWidth: 32, textAlign: 'right' }}>
                        {metric.score.toFixed(2)}
                      </Typography>
                    </Box>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {score !== null && (
            <Typography variant="body2" sx={{ mt: 1 }}>
              Weighted mean: {score} / 100
            </Typography>
          )}
        </Box>
      </Collapse>
    </Box>
  );
}
