/**
 * A right-hand dock whose width the user drags (or sets with the arrow keys on its separator). The width is
 * kept in localStorage, so the panel reopens at the size the user chose.
 */
import Box from '@mui/material/Box';
import {
  useEffect,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';

/**
 * Default and limits of the dock width, px. Assumptions (ours, checked on the e2e screenshots): at 720 px
 * the profiler's header fits on one line and its summary shows four figures per row; half the window keeps
 * the canvas usable on a laptop screen (1280–1440 px); below 420 px the charts' labels crowd out the bars;
 * the canvas keeps at least 320 px.
 */
export const DOCK_PREFERRED_WIDTH = 720;
export const DOCK_MIN_WIDTH = 420;
/** The canvas keeps at least this width beside the dock (and the inspector, when it is beside them), px. */
export const CANVAS_MIN_WIDTH = 320;

/** The width the dock opens at before the user resizes it. */
export function getDefaultDockWidth(): number {
  const viewport = typeof window === 'undefined' ? 1440 : window.innerWidth;
  return Math.max(DOCK_MIN_WIDTH, Math.min(DOCK_PREFERRED_WIDTH, Math.round(viewport / 2)));
}
/** Arrow-key step, px (Shift: ×4). */
const KEY_STEP = 24;

export interface ResizableDockProps {
  /** localStorage key of the chosen width (nothing is stored without it). */
  storageKey?: string;
  /** Accessible name of the separator, e.g. "Resize profiler panel". */
  label: string;
  /**
   * Width, px, kept free beside the canvas's minimum for something else in the row (e.g. the inspector beside
   * the canvas): the dock never grows into it. @default 0
   */
  reservedWidth?: number;
  children: ReactNode;
}

function readStoredWidth(storageKey: string | undefined): number {
  if (!storageKey || typeof localStorage === 'undefined') return getDefaultDockWidth();
  try {
    const value = Number(localStorage.getItem(storageKey));
    return Number.isFinite(value) && value >= DOCK_MIN_WIDTH ? value : getDefaultDockWidth();
  } catch {
    return getDefaultDockWidth(); // storage refused (private mode): the default width
  }
}

function storeWidth(storageKey: string | undefined, width: number): void {
  if (!storageKey) return;
  try {
    localStorage.setItem(storageKey, String(Math.round(width)));
  } catch {
    // storage refused: the width lasts for this session only
  }
}

/** The widest the dock may be in the current window, leaving `reserved` px beside the canvas's minimum. */
function maxWidth(reserved = 0): number {
  const viewport = typeof window === 'undefined' ? 1280 : window.innerWidth;
  return Math.max(DOCK_MIN_WIDTH, viewport - CANVAS_MIN_WIDTH - reserved);
}

/** Clamps a requested width to the dock's limits. */
export function clampDockWidth(width: number, max = maxWidth()): number {
  return Math.round(Math.min(Math.max(width, DOCK_MIN_WIDTH), max));
}

function subscribeToResize(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's width, re-rendering on resize (the dock's limits depend on it). */
function useWindowWidth(): number {
  return useSyncExternalStore(
    subscribeToResize,
    () => window.innerWidth,
    () => 1280,
  );
}

/**
 * True until the frame after the dock's first paint. Meanwhile the dock floats over the right edge of the
 * canvas (the same pixels it takes when docked) so that the canvas keeps its size for that frame: resizing
 * a React Flow canvas re-renders it (measured ~60–110 ms with the 1,000-node example mounted), which would
 * otherwise delay the panel's first frame. Afterwards the dock takes its place in the row and the canvas
 * narrows, with no visible jump: React Flow keeps the viewport transform on resize.
 */
function useFloatOnFirstPaint(): boolean {
  const [floating, setFloating] = useState(true);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setFloating(false), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return floating;
}

export function ResizableDock({ storageKey, label, reservedWidth = 0, children }: ResizableDockProps) {
  const [width, setWidth] = useState(() => readStoredWidth(storageKey));
  const [dragging, setDragging] = useState(false);
  const floating = useFloatOnFirstPaint();
  useWindowWidth();
  const max = maxWidth(reservedWidth);
  const shown = clampDockWidth(width, max);

  const commit = (next: number) => {
    const clamped = clampDockWidth(next, max);
    setWidth(clamped);
    storeWidth(storageKey, clamped);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging) return;
    // The dock is at the right edge of the window: its width is the distance from the pointer to that edge.
    setWidth(clampDockWidth(window.innerWidth - event.clientX, max));
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging) return;
    event.currentTarget.releasePointerCapture(event.pointerId);
    setDragging(false);
    commit(window.innerWidth - event.clientX);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    const next: Record<string, number> = {
      ArrowLeft: shown + step,
      ArrowRight: shown - step,
      Home: max,
      End: DOCK_MIN_WIDTH,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    commit(target);
  };

  return (
    <Box
      data-testid="profiler-dock"
      data-floating={floating || undefined}
      sx={[
        { position: 'relative', width: shown, display: 'flex', minHeight: 0, boxShadow: 2 },
        floating && { position: 'absolute', top: 0, right: 0, bottom: 0, zIndex: 10 },
      ]}
    >
      <Box
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={shown}
        aria-valuemin={DOCK_MIN_WIDTH}
        aria-valuemax={max}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDragging(false)}
        onKeyDown={onKeyDown}
        sx={{
          position: 'absolute',
          left: -4,
          top: 0,
          bottom: 0,
          width: 8,
          zIndex: 2,
          cursor: 'col-resize',
          touchAction: 'none',
          outline: 'none',
          // A 1 px line on the dock's edge; the 8 px hit area straddles it; hover, focus and drag thicken it.
          '&::before': {
            content: '""',
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: dragging ? 3 : 4,
            width: dragging ? '3px' : '1px', // strings: sx reads numbers ≤ 1 as fractions
            bgcolor: dragging ? 'primary.main' : 'divider',
            transition: 'background-color 120ms, width 120ms, left 120ms',
          },
          '&:hover::before, &:focus-visible::before': { left: 3, width: '3px', bgcolor: 'primary.main' },
        }}
      />
      {children}
    </Box>
  );
}
