/**
 * The Performance Profiler panel: profiles the given nodes and edges through the profiler store and shows
 * exactly one named state — Empty, Analyzing, Report or Error — in a region labelled "Performance Profiler".
 * Works embedded on its own; an editor integrates it through `onSelectNode` and `onClose`.
 *
 * This module's default export is the panel, so editors can `React.lazy(() => import(...))` it: recharts is
 * large and only needed once the panel opens.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { usePerformanceProfiler } from '../../hooks/usePerformanceProfiler';
import { useRunMeasurements } from '../../hooks/useRunMeasurements';
import { useRunHistoryStoreApi } from '../../stores/runHistory/RunHistoryStoreContext';
import { RunsView } from './runs/RunsView';
import { LearningSection } from './measured/LearningSection';
import { useLearnFromRuns } from '../../hooks/useLearnFromRuns';
import { HeatOverlaySwitches, type HeatOverlaySetting } from './header/HeatOverlaySwitches';
import { ProfilerViewTabs, type ProfilerTab } from './header/ProfilerViewTabs';
import type { Profile } from '../../profiling/types';
import { isProfileCurrent } from '../../stores/PerformanceProfileStore';
import { useProfileStoreApi } from '../../stores/profile/PerformanceProfileStoreContext';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import { HardwareSelector } from './report/HardwareSelector';
import { ProfileReport } from './report/ProfileReport';
import { downloadProfileExport } from './exportProfile';
import { ExportMenu } from './header/ExportMenu';
import { SavedProfileViewer } from './saved/SavedProfileViewer';
import { AnalyzingState, EmptyState, ErrorState } from './states/ProfilerStates';
import { SettingsSaveFailureAlert } from './states/SettingsSaveFailureAlert';
import { useAutoAnalyze } from './useAutoAnalyze';
import { WorkflowSettingsSections } from './WorkflowSettingsSections';
import { usePreviousProfile } from './usePreviousProfile';
import { useFocusOnMount } from './useFocusOnMount';
import { useDelayedFlag } from './useDelayedFlag';
import { useReportRenderedMark } from './useReportRenderedMark';
import { useProfileDeltas } from '../../hooks/useProfileDeltas';
import { ChangeSummary } from './compare/ChangeSummary';
import { NodeDeltasContext } from './compare/NodeDeltasContext';
import { CompareView } from './compare/CompareView';
import { TrendView } from './compare/TrendView';

export type ProfilerViewState = 'empty' | 'analyzing' | 'report' | 'error';

export interface PerformanceProfilerProps {
  /** Key of the profile in the store. */
  workflowId: string;
  /** Editor nodes (`type` = NodeTool type, parameters in `data.properties`). */
  nodes: EditorNode[];
  edges: EditorEdge[];
  /** Called with each new profile. */
  onAnalyze?: (profile: Profile) => void;
  /** Called when the user picks a node (table row, chart bar, bottleneck, error location). */
  onSelectNode?: (nodeId: string) => void;
  /** Shows a close button when given. */
  onClose?: () => void;
  /** Highlights this node's row. */
  selectedNodeId?: string | null;
  /** Analyse on mount and re-analyse when nodes, edges or hardware change. @default true */
  autoAnalyze?: boolean;
  /**
   * The pause that ends a burst of edits (typing, a drag) before re-analysis, ms; a single edit after a
   * pause is analysed at once. @default 300
   */
  debounceMs?: number;
  /** Animate charts. @default true */
  animateCharts?: boolean;
  /**
   * Shows a "Heat overlay" switch in the header (the overlay itself is painted by the host on its canvas,
   * e.g. with `useHeatDecorations`).
   */
  heatOverlay?: HeatOverlaySetting;
  /**
   * The workflow's current version (cost-relevant hash, `computeWorkflowVersion`): runs of this version count
   * by default and the Runs view marks older ones. @default null (unknown)
   */
  workflowVersion?: string | null;
  /**
   * The keyboard shortcut that toggles the panel, shown in its header (e.g. "Ctrl+P"). Give it only where the
   * host has installed the shortcut (`useProfilerShortcut`; `useProfilerController` does). @default none
   */
  shortcutHint?: string;
  /**
   * Move focus to the panel's heading when it mounts, and back to where it was when it unmounts (pass true
   * when the user opened the panel). @default false
   */
  autoFocus?: boolean;
  /** Id of the panel's heading, e.g. the target of a skip link (it takes focus). @default generated */
  headingId?: string;
  sx?: SxProps<Theme>;
}

function CloseIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden focusable="false">
      <path
        fill="currentColor"
        d="M18.3 5.71 12 12l6.3 6.29-1.41 1.42L10.59 13.4 4.3 19.71 2.89 18.3 9.17 12 2.89 5.71 4.3 4.29l6.29 6.3 6.3-6.3z"
      />
    </svg>
  );
}

/** How long an analysis runs before the report shows a progress bar (issue #13: "any analysis over 300 ms"). */
export const PROGRESS_DELAY_MS = 300;

/** Picks the one state to show. A report being refreshed stays a report (with a progress bar). */
export function selectViewState(args: {
  nodeCount: number;
  hasProfile: boolean;
  hasError: boolean;
  isAnalyzing: boolean;
  autoAnalyze: boolean;
}): ProfilerViewState {
  if (args.nodeCount === 0) return 'empty';
  if (args.hasProfile && !args.hasError) return 'report';
  if (args.isAnalyzing) return 'analyzing';
  if (args.hasError) return 'error';
  return args.autoAnalyze ? 'analyzing' : 'empty';
}

/** Why the Export menu is disabled, or null when there is a profile to export. */
function exportDisabledReason(hasProfile: boolean, refining: boolean): string | null {
  if (!hasProfile) return 'Nothing to export yet: analyze the workflow first.';
  if (refining) return 'Suggestions are still being computed; export when the report is complete.';
  return null;
}

export function PerformanceProfiler({
  workflowId,
  nodes,
  edges,
  onAnalyze,
  onSelectNode,
  onClose,
  selectedNodeId,
  autoAnalyze = true,
  debounceMs = 300,
  animateCharts = true,
  heatOverlay,
  workflowVersion = null,
  shortcutHint,
  autoFocus = false,
  headingId: givenHeadingId,
  sx,
}: PerformanceProfilerProps) {
  const generatedHeadingId = useId();
  const headingId = givenHeadingId ?? generatedHeadingId;
  const regionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(autoFocus, headingRef, regionRef);
  const tabsId = useId();
  const [tab, setTab] = useState<ProfilerTab>('report');
  const runStore = useRunHistoryStoreApi();
  const runCount = useStore(runStore, (state) => state.runs.length);
  useEffect(() => {
    void runStore.getState().loadRuns(workflowId, workflowVersion);
  }, [runStore, workflowId, workflowVersion]);
  const store = useProfileStoreApi();
  const metrics = useStore(store, (state) => state.metrics);
  const refining = useStore(store, (state) => state.refining.has(workflowId));
  const settings = useStore(store, (state) => state.workflowSettings.get(workflowId));
  const { profile, analyzeWorkflow, isAnalyzing, error, hardware, setHardware } =
    usePerformanceProfiler(workflowId);
  // A new profile re-renders the report in a transition: React renders a 10,000-node report in slices that
  // yield to input, instead of one long task right after the analysis result arrives. The first render of
  // a mounted panel shows the profile at once (no deferral on mount).
  const reportProfile = useDeferredValue(profile);
  // Deferred with it: a change of `refining` alone would re-render the whole report in the urgent render.
  const reportRefining = useDeferredValue(refining);
  useReportRenderedMark(workflowId, reportProfile, reportRefining);
  const measured = useRunMeasurements(reportProfile);
  const previous = usePreviousProfile(workflowId, reportProfile);
  useLearnFromRuns(workflowId, nodes, edges);
  const {
    deltas,
    pending: deltasPending,
    pinBaseline,
    clearBaseline,
  } = useProfileDeltas(workflowId, { nodes, edges, version: workflowVersion }, reportProfile);
  // Per-node deltas of an earlier comparison would sit beside the new figures: none until it is compared.
  const nodeDeltas = useMemo(
    () => (deltas.diff && !deltasPending ? new Map(deltas.diff.nodes.map((row) => [row.id, row])) : null),
    [deltas.diff, deltasPending],
  );

  useAutoAnalyze({
    enabled: autoAnalyze,
    workflowId,
    nodes,
    edges,
    hardware,
    metrics,
    settings,
    debounceMs,
    analyze: analyzeWorkflow,
    isCurrent: (currentNodes, currentEdges) =>
      isProfileCurrent(store.getState(), workflowId, currentNodes, currentEdges),
    onAnalyzed: onAnalyze,
  });

  // A stable callback: the memoised report does not re-render when the parent passes a new inline function.
  const latestSelect = useRef(onSelectNode);
  useEffect(() => {
    latestSelect.current = onSelectNode;
  });
  const hasSelect = onSelectNode !== undefined;
  const stableSelect = useCallback((nodeId: string) => latestSelect.current?.(nodeId), []);
  const selectNode = hasSelect ? stableSelect : undefined;

  const analyzeNow = () => {
    void analyzeWorkflow(nodes, edges).then((result) => {
      if (result) onAnalyze?.(result);
    });
  };
  // Only for an update that takes a while: most refreshes end before a bar would be seen.
  const showProgress = useDelayedFlag(isAnalyzing, PROGRESS_DELAY_MS);
  const view = selectViewState({
    nodeCount: nodes.length,
    hasProfile: reportProfile !== null,
    hasError: error !== null,
    isAnalyzing,
    autoAnalyze,
  });

  return (
    <Box
      ref={regionRef}
      component="section"
      role="region"
      aria-labelledby={headingId}
      aria-busy={isAnalyzing}
      data-profiler-state={view}
      sx={[
        {
          display: 'flex',
          flexDirection: 'column',
          // Fill the host and never grow past it (as a flex item, min-width would default to the content's).
          flex: 1,
          width: '100%',
          minWidth: 0,
          minHeight: 0,
          height: '100%',
          bgcolor: 'background.paper',
          color: 'text.primary',
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      <Box component="header" sx={{ px: 2, pt: 1.25, pb: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography
              id={headingId}
              ref={headingRef}
              tabIndex={-1}
              variant="h6"
              component="h2"
              sx={{
                fontWeight: 700,
                lineHeight: 1.3,
                borderRadius: 0.5,
                '&:focus': { outline: 'none' },
                '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
              }}
            >
              Performance Profiler
            </Typography>
            {/* Both lines wrap rather than cut off in a narrow dock (1024 px wide: the panel is 512 px). */}
            <Typography variant="caption" color="text.secondary" component="p">
              Estimated before running{shortcutHint ? ` · ${shortcutHint} to toggle` : ''}
            </Typography>
          </Box>
          <Box sx={{ display: 'flex', gap: 1, flexShrink: 0 }}>
            <ExportMenu
              runCount={measured?.runs.length ?? 0}
              disabledReason={exportDisabledReason(profile !== null, refining)}
              onExport={(kind) => profile && downloadProfileExport(kind, profile, measured, workflowId)}
            />
            <SavedProfileViewer />
            <Button
              variant="outlined"
              size="small"
              onClick={analyzeNow}
              disabled={nodes.length === 0 || isAnalyzing}
            >
              {profile ? 'Re-analyze' : 'Analyze'}
            </Button>
          </Box>
          {onClose && (
            // Escape closes the panel where the host installed the shortcut (useProfilerShortcut).
            <Tooltip title={shortcutHint ? 'Close (Esc)' : 'Close'} describeChild>
              <IconButton aria-label="Close profiler" onClick={onClose} size="small">
                <CloseIcon />
              </IconButton>
            </Tooltip>
          )}
        </Box>
        <Box
          sx={{
            display: 'flex',
            alignItems: 'flex-start',
            columnGap: 2,
            rowGap: 0.5,
            flexWrap: 'wrap',
            mt: 1.25,
          }}
        >
          <HardwareSelector hardware={hardware} onChange={setHardware} />
          {heatOverlay && <HeatOverlaySwitches heatOverlay={heatOverlay} canMeasure={measured !== null} />}
        </Box>
      </Box>
      <SettingsSaveFailureAlert />
      <ProfilerViewTabs idPrefix={tabsId} value={tab} onChange={setTab} runCount={runCount} />
      <Box sx={{ height: 4 }}>
        {view === 'report' && showProgress && <LinearProgress aria-label="Updating profile" />}
      </Box>
      <Box
        role="tabpanel"
        id={`${tabsId}-panel`}
        aria-labelledby={`${tabsId}-${tab}`}
        sx={{ flex: 1, minHeight: 0, overflow: 'auto', px: 2, pb: 3, pt: 1 }}
      >
        {tab === 'runs' && <RunsView />}
        {tab === 'compare' && (
          <CompareView
            workflowId={workflowId}
            nodes={nodes}
            edges={edges}
            hardware={hardware}
            onSelectNode={selectNode}
          />
        )}
        {tab === 'trend' && <TrendView workflowId={workflowId} />}
        {tab === 'report' && view === 'empty' && (
          <EmptyState
            canAnalyze={nodes.length > 0}
            onAnalyze={analyzeNow}
            reason={
              nodes.length === 0
                ? 'This workflow has no nodes. Add nodes to the canvas and the profiler estimates their runtime, memory, critical path and grade.'
                : 'Analyze the workflow to estimate its runtime, memory, critical path and grade.'
            }
          />
        )}
        {tab === 'report' && view === 'analyzing' && <AnalyzingState nodeCount={nodes.length} />}
        {tab === 'report' && view === 'error' && error && (
          <ErrorState error={error} onRetry={analyzeNow} onSelectNode={selectNode} />
        )}
        {tab === 'report' && view === 'report' && reportProfile && (
          <>
            {runCount > 0 && (
              <LearningSection workflowId={workflowId} nodes={nodes} edges={edges} profile={reportProfile} />
            )}
            <ChangeSummary
              deltas={deltas}
              pending={deltasPending}
              onPinBaseline={pinBaseline}
              onClearBaseline={clearBaseline}
            />
            <NodeDeltasContext.Provider value={nodeDeltas}>
              <ProfileReport
                profile={reportProfile}
                onSelectNode={selectNode}
                selectedNodeId={selectedNodeId}
                animate={animateCharts}
                suggestionsPending={reportRefining}
                measured={measured}
                previous={previous}
                afterSummary={
                  <WorkflowSettingsSections
                    workflowId={workflowId}
                    profile={reportProfile}
                    settings={settings}
                    measured={measured}
                    onSelectNode={selectNode}
                  />
                }
              />
            </NodeDeltasContext.Provider>
          </>
        )}
      </Box>
    </Box>
  );
}

export default PerformanceProfiler;
