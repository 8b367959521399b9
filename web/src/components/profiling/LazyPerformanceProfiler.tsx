/**
 * The panel, code-split: `React.lazy` around ./PerformanceProfiler (whose default export is the panel) with
 * a Suspense fallback that looks like the panel's header. Once the chunk is loaded (by an earlier render or
 * by `preloadPerformanceProfiler()`), new mounts render the panel directly: no fallback frame, and no
 * Suspense fallback throttling delaying the first paint.
 */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useState } from 'react';
import type { PerformanceProfilerProps } from './PerformanceProfiler';

type PanelModule = typeof import('./PerformanceProfiler');

let loadedModule: PanelModule | null = null;
let loading: Promise<PanelModule> | null = null;

function loadPanel(): Promise<PanelModule> {
  loading ??= import('./PerformanceProfiler').then(
    (module) => {
      loadedModule = module;
      return module;
    },
    (error: unknown) => {
      loading = null; // a failed chunk load may be retried
      throw error;
    },
  );
  return loading;
}

const LazyPanel = lazy(loadPanel);

/** Starts loading the panel's code (e.g. when the pointer enters the toolbar button, or when idle). */
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
      sx={{ p: 3, bgcolor: 'background.paper', height: '100%', flex: 1, width: '100%', minWidth: 0 }}
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
  // Decided once per mount, so a mounted panel never switches trees (and never loses its state).
  const [loaded] = useState(() => loadedModule);
  if (loaded) {
    const Panel = loaded.default;
    return <Panel {...props} />;
  }
  return (
    <Suspense fallback={<LoadingPanel />}>
      <LazyPanel {...props} />
    </Suspense>
  );
}
