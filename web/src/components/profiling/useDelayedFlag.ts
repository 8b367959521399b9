/**
 * A flag that turns on only once `active` has stayed true for `delayMs`, and off as soon as `active` turns
 * false: a progress indicator for work that usually ends quickly does not flash on every edit.
 */
import { useEffect, useState } from 'react';

export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  return active && shown;
}
