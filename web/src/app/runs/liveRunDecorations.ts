/**
 * The canvas look of a live run: each node's state (running, done, error) as a decoration, merged over the
 * heat overlay's so both can show at once (the overlay tints the card; the run state draws its outline).
 */
import type { Theme } from '@mui/material/styles';
import type { Decoration } from '../../editor';

/** A node's state in the live run, as the server last reported it. */
export type LiveNodeState = 'running' | 'completed' | 'error';

/** Class names the canvas gets per state (for styling and for tests that read the canvas). */
export const LIVE_STATE_CLASS: Record<LiveNodeState, string> = {
  running: 'wpp-run-running',
  completed: 'wpp-run-completed',
  error: 'wpp-run-error',
};

/** Decorations for the nodes of a live run (nodes without a state get none). */
export function buildLiveRunDecorations(
  states: Readonly<Record<string, LiveNodeState>>,
  theme: Theme,
): Record<string, Decoration> {
  const colour: Record<LiveNodeState, string> = {
    running: theme.palette.info.main,
    completed: theme.palette.success.main,
    error: theme.palette.error.main,
  };
  const out: Record<string, Decoration> = {};
  for (const [id, state] of Object.entries(states)) {
    out[id] = {
      className: LIVE_STATE_CLASS[state],
      style: {
        outline: `${state === 'running' ? 3 : 2}px ${state === 'running' ? 'dashed' : 'solid'} ${colour[state]}`,
        outlineOffset: 2,
      },
    };
  }
  return out;
}

/** `over` merged onto `base` per node: class names joined, styles merged with `over` winning. */
export function mergeDecorations(
  base: Readonly<Record<string, Decoration>>,
  over: Readonly<Record<string, Decoration>>,
): Record<string, Decoration> {
  if (Object.keys(over).length === 0) return base as Record<string, Decoration>;
  const out: Record<string, Decoration> = { ...base };
  for (const [id, decoration] of Object.entries(over)) {
    const under = base[id];
    out[id] = under
      ? {
          ...under,
          ...decoration,
          className: [under.className, decoration.className].filter(Boolean).join(' ') || undefined,
          style: { ...under.style, ...decoration.style },
        }
      : decoration;
  }
  return out;
}
