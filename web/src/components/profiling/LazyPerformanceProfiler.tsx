/**
 * The panel, code-split: `React.lazy` around ./PerformanceProfiler (whose default export is the panel) with
 * a Suspense fallback that looks like the panel's Analyzing state.
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import type { PerformanceProfilerProps } from './PerformanceProfiler';

const loadPanel = () => import('./PerformanceProfiler');
const LazyPanel = lazy(loadPanel);

/** Starts loading the panel's code (e.g. when the pointer enters the toolbar button). */
export function preloadPerformanceProfiler(): Promise<unknown> {
  return loadPanel();
}

function LoadingPanel() {
  return (
    <Box
      component="section"
      role="region"
      aria-label="Performance Profiler"
      aria-busy
      data-profiler-state="loading"
      sx={{ p: 3, bgcolor: 'background.paper', height: '100%' }}
    >
      <Typography variant="h5" component="h2" sx={{ fontWeight: 700 }}>
        Performance Profiler
      </Typography>
      <LinearProgress aria-label="Loading profiler" sx={{ mt: 3, maxWidth: 360 }} />
    </Box>
  );
}

/** The Performance Profiler panel, loaded on first render. Same props as the panel itself. */
export function PerformanceProfiler(props: PerformanceProfilerProps) {
  return (
    <Suspense fallback={<LoadingPanel />}>
      <LazyPanel {...props} />
    </Suspense>
  );
}
