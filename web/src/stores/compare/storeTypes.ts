/**
 * Types of the compare store: the previous and pinned profiles of each workflow with the change to the
 * current one, the stored versions (profile snapshots) of the loaded workflow, and the comparison shown in
 * the Compare view.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ProfileDiff } from '../../compare/types';
import type { Calibration, HardwareSpec, MetricTable, Profile, ProfileOptions } from '../../profiling';
import type { ProfileSnapshot } from '../../runs/history/profileSnapshot';
import type { RunHistoryEntry } from '../../runs/history/schema';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';

/** A profile with the graph it was computed from. */
export interface ProfiledGraph {
  profile: Profile;
  nodes: EditorNode[];
  edges: EditorEdge[];
  /** Cost-relevant hash of the graph (computeWorkflowVersion), or null when unknown. */
  version: string | null;
  /** `hardwareKey` of the profile's device. */
  hardwareId: string;
}

/** What the current profile of a workflow is compared with. */
export type DeltaReference = 'previous' | 'baseline';

/** The change panel of one workflow. */
export interface WorkflowDeltas {
  current: ProfiledGraph | null;
  /** The latest profile of another version (or device) before the current one. */
  previous: ProfiledGraph | null;
  /** The profile the user pinned; when set, deltas are against it instead of `previous`. */
  baseline: ProfiledGraph | null;
  /** Reference → current; null without a reference. */
  diff: ProfileDiff | null;
  against: DeltaReference | null;
  /**
   * About a baseline pinned in an earlier session, for the change panel: that it was estimated again from
   * the stored version, or that the pinned version is no longer stored; null otherwise.
   */
  baselineNote: string | null;
}

export type SnapshotStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Estimates, the profile engine's inputs besides the graph (from the profiler store). */
export interface AnalysisSettings {
  hardware: HardwareSpec & { id?: string };
  metrics: MetricTable;
  calibration?: Calibration;
  /** The workflow's own options (assumptions, lanes, items, custom metrics), as the report uses them. */
  workflowOptions?: Pick<
    ProfileOptions,
    'workers' | 'gpuLanes' | 'defaultItemCount' | 'assumptions' | 'customMetrics'
  >;
}

/** One side of a comparison. */
export interface ComparisonSide {
  /** e.g. "v3 · 3f9c0a5" or "NVIDIA RTX 4090". */
  title: string;
  /** e.g. "first estimated 6 Dec 2026, 19:51" or "current workflow". */
  subtitle: string;
  profile: Profile;
  workflowVersion: string | null;
  /** Median wall time of this version's completed runs, ms; null when none was recorded. */
  measuredWallMs: number | null;
  runCount: number;
}

export type ComparisonMode = 'versions' | 'devices';

export interface Comparison {
  mode: ComparisonMode;
  status: 'computing' | 'ready' | 'error';
  left: ComparisonSide | null;
  right: ComparisonSide | null;
  diff: ProfileDiff | null;
  /** What went wrong, naming the side, when `status` is 'error'. */
  error: string | null;
}

export interface ProfileCompareData {
  /** By workflow key. */
  deltas: Map<string, WorkflowDeltas>;
  /** The workflow whose snapshots are loaded. */
  snapshotsKey: string | null;
  /** Its snapshots, every device, oldest version first. */
  snapshots: ProfileSnapshot[];
  snapshotStatus: SnapshotStatus;
  /** Why the snapshots could not be read or saved (actionable), or null. */
  snapshotError: string | null;
  /** True when snapshots cannot be stored (no IndexedDB): versions last for this session. */
  snapshotsSessionOnly: boolean;
  comparison: Comparison | null;
}

export interface ProfileCompareActions {
  /**
   * Takes a new profile of a workflow (with the graph it came from): a profile of another version or device
   * moves the current one to `previous`; a profile of the same version and device (a second analysis pass,
   * a calibration) replaces it. Recomputes the deltas and saves the version's snapshot once it has stayed
   * current for `saveDelayMs` (or when the versions are next listed).
   */
  recordProfile: (
    workflowKey: string,
    profile: Profile,
    nodes: EditorNode[],
    edges: EditorEdge[],
    /** The graph's version when the caller knows it (computed from the graph otherwise). */
    version?: string | null,
    /**
     * What the profile was computed with. Given, a baseline pinned in an earlier session is estimated again
     * with it from the stored pinned version (once per workflow and session).
     */
    settings?: AnalysisSettings,
  ) => void;
  /**
   * Pins the current profile as the baseline the deltas are measured against; with pin storage, the pin
   * (version and device) outlasts the session.
   */
  pinBaseline: (workflowKey: string) => void;
  /** Unpins: deltas are against the previous profile again. */
  clearBaseline: (workflowKey: string) => void;
  /** Loads the workflow's stored versions. */
  loadSnapshots: (workflowKey: string) => Promise<void>;
  /**
   * Profiles two stored versions on one device (`settings`) and compares them; `runs` give each version's
   * measured wall time.
   */
  compareVersions: (
    leftSnapshotId: string,
    rightSnapshotId: string,
    settings: AnalysisSettings,
    runs: readonly RunHistoryEntry[],
  ) => Promise<void>;
  /** Profiles one graph on two devices and compares them. */
  compareDevices: (
    nodes: EditorNode[],
    edges: EditorEdge[],
    left: HardwareSpec & { id?: string },
    right: HardwareSpec & { id?: string },
    settings: Omit<AnalysisSettings, 'hardware'>,
  ) => Promise<void>;
  clearComparison: () => void;
  reset: () => void;
}

export type ProfileCompareState = ProfileCompareData & ProfileCompareActions;
export type ProfileCompareStoreApi = StoreApi<ProfileCompareState>;
