/**
 * The right-hand dock when the window is too narrow to show the canvas, the inspector and the dock side by
 * side: the inspector becomes a second tab of the dock. Both stay mounted, so the docked panel keeps its
 * scroll position and state while the inspector is shown over it.
 *
 * Selecting a node on the canvas shows the Inspector tab; selecting one from inside the dock (a row of the
 * profiler's table) keeps the dock's own tab, so the user's place there is not taken away.
 */
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { InspectorPanel } from './InspectorPanel';

export interface DockWithInspectorProps {
  /** The dock's content (e.g. the profiler in a resizable dock); it sets the dock's width. */
  children: ReactNode;
  /** Name of the dock's own tab, e.g. "Profiler". */
  label: string;
  /**
   * The node the Inspector tab shows, or null: then only the dock shows, without tabs (pass null while the
   * inspector is beside the canvas).
   */
  selectedNodeId: string | null;
}

type DockTab = 'dock' | 'inspector';

/** Tracks whether the user's last pointer press or key press was inside `ref`'s element. */
function useLastInteractionInside(ref: RefObject<HTMLElement | null>) {
  const inside = useRef(false);
  useEffect(() => {
    const onInteraction = (event: Event) => {
      inside.current = ref.current?.contains(event.target as Node) ?? false;
    };
    window.addEventListener('pointerdown', onInteraction, true);
    window.addEventListener('keydown', onInteraction, true);
    return () => {
      window.removeEventListener('pointerdown', onInteraction, true);
      window.removeEventListener('keydown', onInteraction, true);
    };
  }, [ref]);
  return inside;
}

export function DockWithInspector({ children, label, selectedNodeId }: DockWithInspectorProps) {
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const lastInside = useLastInteractionInside(root);
  const [tab, setTab] = useState<DockTab>('dock');
  const [shownFor, setShownFor] = useState(selectedNodeId);
  // A newly selected node: show it in the inspector unless the selection came from inside the dock.
  if (selectedNodeId !== shownFor) {
    setShownFor(selectedNodeId);
    if (selectedNodeId !== null && !lastInside.current) setTab('inspector');
  }
  const tabbed = selectedNodeId !== null;
  const showInspector = tabbed && tab === 'inspector';

  return (
    <Box
      ref={root}
      data-testid="dock-with-inspector"
      sx={{ display: 'flex', flexDirection: 'column', minHeight: 0, position: 'relative' }}
    >
      {tabbed && (
        <Tabs
          value={tab}
          onChange={(_, next: DockTab) => setTab(next)}
          aria-label="Dock"
          sx={{ minHeight: 36, borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
        >
          <Tab
            value="dock"
            label={label}
            id={`${id}-dock`}
            aria-controls={tab === 'dock' ? `${id}-dock-panel` : undefined}
            sx={{ minHeight: 36 }}
          />
          <Tab
            value="inspector"
            label="Inspector"
            id={`${id}-inspector`}
            aria-controls={showInspector ? `${id}-inspector-panel` : undefined}
            sx={{ minHeight: 36 }}
          />
        </Tabs>
      )}
      <Box sx={{ flex: 1, display: 'flex', minHeight: 0, position: 'relative' }}>
        <Box
          id={`${id}-dock-panel`}
          role={tabbed ? 'tabpanel' : undefined}
          aria-labelledby={tabbed ? `${id}-dock` : undefined}
          // Hidden, not unmounted: the dock keeps its width (the layout does not jump) and its state.
          inert={showInspector || undefined}
          sx={{ flex: 1, display: 'flex', minHeight: 0, visibility: showInspector ? 'hidden' : undefined }}
        >
          {children}
        </Box>
        {showInspector && (
          <Box
            role="tabpanel"
            id={`${id}-inspector-panel`}
            aria-labelledby={`${id}-inspector`}
            sx={{ position: 'absolute', inset: 0, display: 'flex', bgcolor: 'background.paper' }}
          >
            <InspectorPanel variant="fill" />
          </Box>
        )}
      </Box>
    </Box>
  );
}
