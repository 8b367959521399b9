/**
 * The editor toolbar's profiler button: toggles the panel, says its shortcut where the host installed it, and
 * starts loading the panel's code when the pointer or focus reaches it.
 */
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { preloadPerformanceProfiler } from './LazyPerformanceProfiler';
import { formatProfilerShortcut, isApplePlatform } from './useProfilerShortcut';

export interface ProfilerToolbarButtonProps {
  open: boolean;
  onToggle: () => void;
  /**
   * The host installed the Ctrl/Cmd+P shortcut (`useProfilerShortcut`): the tooltip and `aria-keyshortcuts`
   * announce it. @default false
   */
  shortcut?: boolean;
}

function GaugeIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden focusable="false">
      <path
        fill="currentColor"
        d="M12 4a10 10 0 0 0-8.66 15h17.32A10 10 0 0 0 12 4Zm0 2a8 8 0 0 1 7.45 11H4.55A8 8 0 0 1 12 6Zm4.24 2.76-5.1 4.02a1.5 1.5 0 1 0 1.94 1.94l4.02-5.1-.86-.86Z"
      />
    </svg>
  );
}

export function ProfilerToolbarButton({ open, onToggle, shortcut = false }: ProfilerToolbarButtonProps) {
  const preload = () => void preloadPerformanceProfiler();
  return (
    <Tooltip
      title={shortcut ? `Performance Profiler (${formatProfilerShortcut()})` : 'Performance Profiler'}
      describeChild
    >
      <Button
        size="small"
        variant={open ? 'contained' : 'outlined'}
        startIcon={<GaugeIcon />}
        aria-pressed={open}
        aria-keyshortcuts={shortcut ? (isApplePlatform() ? 'Meta+P' : 'Control+P') : undefined}
        onClick={onToggle}
        onMouseEnter={preload}
        onFocus={preload}
      >
        Profiler
      </Button>
    </Tooltip>
  );
}
