/**
 * Keyboard shortcut of the profiler panel: Ctrl+P (Cmd+P on macOS) toggles it — with `preventDefault`,
 * so the browser's print dialog never opens — and Escape closes it while it is open.
 */
import { useEffect, useRef } from 'react';

export interface ProfilerShortcutOptions {
  /** Called on Ctrl/Cmd+P. */
  onToggle: () => void;
  /** Called on Escape while `isOpen` is true. */
  onClose: () => void;
  /** Whether the panel is open; Escape is only handled (and consumed) while it is. @default true */
  isOpen?: boolean;
  /** Turns the shortcut off (e.g. while a modal dialog owns the keyboard). @default true */
  enabled?: boolean;
  /** Override platform detection (tests, or an app that knows better). */
  isMac?: boolean;
}

interface NavigatorWithUAData extends Navigator {
  userAgentData?: { platform?: string };
}

/** True on macOS / iOS, where the print shortcut is Cmd+P instead of Ctrl+P. */
export function isApplePlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  const nav = navigator as NavigatorWithUAData;
  const platform = nav.userAgentData?.platform ?? nav.platform ?? '';
  return /mac|iphone|ipad|ipod/i.test(platform);
}

/** The label of the shortcut for tooltips and menus: `⌘P` on macOS, `Ctrl+P` elsewhere. */
export function formatProfilerShortcut(isMac = isApplePlatform()): string {
  return isMac ? '⌘P' : 'Ctrl+P';
}

/** True when the keyboard event is the profiler shortcut on this platform. */
export function isProfilerShortcut(event: KeyboardEvent, isMac = isApplePlatform()): boolean {
  const modifier = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!modifier || event.altKey || event.shiftKey) return false;
  // `code` keeps the shortcut working on non-Latin keyboard layouts.
  return event.key.toLowerCase() === 'p' || event.code === 'KeyP';
}

/**
 * Installs the profiler's keyboard shortcut on `window`.
 *
 * @example
 * const [open, setOpen] = useState(false);
 * useProfilerShortcut({ onToggle: () => setOpen((o) => !o), onClose: () => setOpen(false), isOpen: open });
 */
export function useProfilerShortcut(options: ProfilerShortcutOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const enabled = options.enabled ?? true;

  useEffect(() => {
    if (!enabled) return undefined;
    // Capture phase: runs before editor handlers, and before the browser's default print action.
    const onKeyDownCapture = (event: KeyboardEvent) => {
      const { isMac, onToggle } = latest.current;
      if (!isProfilerShortcut(event, isMac ?? isApplePlatform())) return;
      event.preventDefault();
      if (event.repeat) return;
      onToggle();
    };
    // Bubble phase: a menu or dialog inside the panel that handles Escape first stops it from closing the panel.
    const onKeyDown = (event: KeyboardEvent) => {
      const { isOpen = true, onClose } = latest.current;
      if (event.key !== 'Escape' || !isOpen || event.defaultPrevented) return;
      onClose();
    };
    window.addEventListener('keydown', onKeyDownCapture, true);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDownCapture, true);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [enabled]);
}
