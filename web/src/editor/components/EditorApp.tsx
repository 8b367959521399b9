/**
 * The host editor: top toolbar, canvas, inspector, and a right-hand dock for panels (e.g. the profiler).
 * Pass `toolbarActions` and `dock` to integrate more features without touching the layout; on a narrow
 * window pass `inspectorPlacement="dock"` and the inspector becomes a tab of the dock.
 */
import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { ReactFlowProvider } from '@xyflow/react';
import { useCanvasPasteImport } from '../hooks/useCanvasPasteImport';
import { useEscapeKey } from '../hooks/useEscapeKey';
import { useUndoShortcuts } from '../hooks/useUndoShortcuts';
import { useEditor } from '../store';
import { DockWithInspector } from './DockWithInspector';
import { EditorCanvas } from './EditorCanvas';
import { EditorToolbar } from './EditorToolbar';
import { ImportFailureAlert } from './ImportFailureAlert';
import { InspectorPanel } from './InspectorPanel';
import { NoticeSnackbar } from './NoticeSnackbar';
import { SaveFailureAlert } from './SaveFailureAlert';
import { StorageReportAlert } from './StorageReportAlert';

export interface EditorAppProps {
  /** Extra toolbar buttons (right end). */
  toolbarActions?: ReactNode;
  /** Content of the right-hand dock, rendered after the inspector (e.g. a profiler panel). */
  dock?: ReactNode;
  /** Notices shown under the toolbar until dismissed (e.g. about a feature's saved settings). */
  banner?: ReactNode;
  /** Drawn over the canvas (e.g. a legend); position it absolutely inside the canvas area. */
  canvasOverlay?: ReactNode;
  /**
   * Whether Escape clears the selection. Pass false while the dock holds a panel that Escape closes, so one
   * press closes the panel and the next one the inspector. @default true
   */
  escapeClearsSelection?: boolean;
  /** Offered each file dropped on the canvas first; return true when handled (see `EditorCanvas`). */
  onFileDrop?: (file: File) => boolean;
  /**
   * Where the inspector shows while a dock is open: `side` beside the canvas, or `dock` as a second tab of
   * the dock (for windows too narrow for canvas, inspector and dock side by side). @default 'side'
   */
  inspectorPlacement?: 'side' | 'dock';
  /** Name of the dock's own tab when the inspector is a tab of the dock. @default 'Panel' */
  dockLabel?: string;
  /** Rendered first in the page, before the toolbar (e.g. skip links). */
  skipLinks?: ReactNode;
}

export function EditorApp({
  toolbarActions,
  dock,
  banner,
  canvasOverlay,
  escapeClearsSelection = true,
  onFileDrop,
  inspectorPlacement = 'side',
  dockLabel = 'Panel',
  skipLinks,
}: EditorAppProps) {
  const selectedNodeId = useEditor((s) => s.selectedNodeId);
  const inspectorInDock = Boolean(dock) && inspectorPlacement === 'dock';
  useCanvasPasteImport();
  useEscapeKey(escapeClearsSelection);
  useUndoShortcuts();
  return (
    <ReactFlowProvider>
      <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
        {skipLinks}
        <EditorToolbar actions={toolbarActions} />
        <StorageReportAlert />
        <SaveFailureAlert />
        {banner}
        <Box sx={{ flex: 1, display: 'flex', minHeight: 0, position: 'relative' }}>
          <Box component="main" sx={{ flex: 1, position: 'relative', minWidth: 0 }}>
            <EditorCanvas onFileDrop={onFileDrop} />
            <ImportFailureAlert />
            {canvasOverlay}
          </Box>
          {!inspectorInDock && <InspectorPanel />}
          {dock && (
            <Box data-testid="editor-dock" sx={{ display: 'flex', flexShrink: 0, minHeight: 0 }}>
              {/* Always this wrapper, so the dock is not remounted when the window crosses the breakpoint. */}
              <DockWithInspector label={dockLabel} selectedNodeId={inspectorInDock ? selectedNodeId : null}>
                {dock}
              </DockWithInspector>
            </Box>
          )}
        </Box>
        <NoticeSnackbar />
      </Box>
    </ReactFlowProvider>
  );
}
