/**
 * Focus for a panel that opens on request: on mount, focus moves to `target` (the panel's heading); on
 * unmount, if focus was still in the panel, it returns to the element that had it before the panel opened
 * (e.g. the toolbar button, or the canvas), so keyboard users stay where they were.
 */
import { useLayoutEffect, type RefObject } from 'react';

export function useFocusOnMount(
  enabled: boolean,
  target: RefObject<HTMLElement | null>,
  container: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    if (!enabled) return undefined;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    target.current?.focus({ preventScroll: true });
    const panel = container.current;
    return () => {
      const active = document.activeElement;
      // Focus still in the panel, or already dropped to <body> as the panel's nodes were removed.
      const wasInside = !active || active === document.body || (panel?.contains(active) ?? false);
      if (wasInside && previous?.isConnected) previous.focus({ preventScroll: true });
    };
    // Once per mount: the panel does not re-take focus when its props change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
