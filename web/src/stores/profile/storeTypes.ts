/**
 * Types of the profiler store: its data, its actions, and what a stored profile was computed from.
 */
import type { StoreApi, UseBoundStore } from 'zustand';
import type {
  Calibration,
  CustomMetric,
  HardwareSpec,
  MetricTable,
  NodeMetricDefinition,
  Profile,
} from '../../profiling';
import type { RunRecord } from '../../runs/types';
import type { EditorEdge, EditorNode } from '../../workflow/nodetoolTypes';
import type { StorageReport } from '../../persistence/keepUnusableValue';
import type { ProfileAnalyser } from './analysis/profileAnalyser';
import type { ProfilerErrorInfo } from './errorInfo';
import type { RegisteredMetric, SettingsSaveFailure } from './persistence';
import type { WorkflowSettings } from './workflowSettings';

/** A hardware choice: a preset id (see `HARDWARE_PRESETS`) or a custom spec. */
export type HardwareSelection = string | HardwareSpec;

export interface PerformanceProfileData {
  /** Built-in metric table plus every registered rule; passed to the engine as `options.metrics`. */
  metrics: MetricTable;
  /** User-registered rules, in registration order. */
  registeredMetrics: RegisteredMetric[];
  /** The hardware setting as chosen (preset id or custom spec). */
  hardware: HardwareSelection;
  /** The resolved, validated spec of `hardware` (resolved in the action, not in a selector). */
  hardwareSpec: HardwareSpec & { id?: string };
  /** Latest profile of each workflow. */
  profiles: Map<string, Profile>;
  /** Token of the analysis in flight for each workflow. */
  pending: Map<string, number>;
  /**
   * Workflows whose profile is shown while its suggestions are still being computed (the second pass of an
   * analysis re-runs the engine once per candidate change).
   */
  refining: Set<string>;
  /** True while any analysis is in flight. */
  isAnalyzing: boolean;
  /** Latest failure of each workflow (cleared by its next successful analysis). */
  errors: Map<string, ProfilerErrorInfo>;
  /** The most recent failure of any workflow, or null after a success. */
  error: ProfilerErrorInfo | null;
  /** Id of the workflow whose analysis finished last (success or failure), or null. */
  lastWorkflowId: string | null;
  /** What each stored profile was computed from (by reference), so an unchanged graph need not be re-analysed. */
  sources: Map<string, AnalysisSource>;
  /** Saved settings that were repaired or could not be read on load (the original is in the backup). */
  settingsReport: StorageReport | null;
  /**
   * The browser refuses to save the settings (storage full or blocked): settings changed since `since` last
   * for this tab only. Cleared when a save succeeds again, or hidden by `dismissSettingsSaveFailure`.
   */
  settingsSaveFailure: SettingsSaveFailure | null;
  /** "Use measurements": analyses apply the workflow's calibration. @default true */
  useMeasurements: boolean;
  /**
   * Calibration of each workflow, built from its selected runs (`learnFromRuns`) or imported. Not persisted:
   * it is rebuilt from the persisted run history (an imported one lasts for the session).
   */
  calibrations: Map<string, Calibration>;
  /** The profile each calibration was built against (without calibration, no suggestions): "before". */
  uncalibrated: Map<string, Profile>;
  /** Why the last calibration could not be built or imported (cleared by the next success). */
  calibrationError: string | null;
  /**
   * What the user set for each workflow: schedule options, assumption overrides, custom metric definitions.
   * Persisted (settings version 2); passed to the engine as plain options.
   */
  workflowSettings: Map<string, WorkflowSettings>;
}

/** The inputs of a stored profile. */
export interface AnalysisSource {
  nodes: EditorNode[];
  edges: EditorEdge[];
  metrics: MetricTable;
  hardwareSpec: HardwareSpec;
  /** The calibration applied (undefined: none). */
  calibration?: Calibration;
  /** The workflow's settings applied (by reference; undefined: none). */
  settings?: WorkflowSettings;
}

export interface PerformanceProfileActions {
  /**
   * Profiles a workflow and stores the result under `workflowId`, in two passes on later macrotasks (so the
   * "analyzing" state paints first): the profile without suggestions is stored as soon as it is ready (and
   * `refining` holds the workflow), then the complete profile with suggestions replaces it. When calls for the
   * same workflow overlap, only the last one runs. Resolves to the complete profile, or null when it failed
   * (see `errors`) or was superseded.
   */
  analyzeWorkflow: (workflowId: string, nodes: EditorNode[], edges: EditorEdge[]) => Promise<Profile | null>;
  /**
   * Registers a metric definition for an exact node type or a `prefix*` pattern; user rules win over built-in
   * ones. Data-only definitions persist; definitions with functions last for the session.
   * @throws ProfileError `metrics.invalid-pattern` / `metrics.invalid-definition`
   */
  registerNodeMetrics: (typeOrPattern: string, definition: NodeMetricDefinition) => void;
  /**
   * Selects the hardware to estimate for: a preset id or a custom spec.
   * @throws ProfileError `hardware.unknown-preset` / `hardware.invalid-spec` (state unchanged)
   */
  setHardware: (idOrSpec: HardwareSelection) => void;
  /**
   * Sets where analyses run: a worker analyser (`createWorkerAnalyser`), or null for this thread. Analyses
   * already started finish where they are.
   */
  setAnalyser: (analyser: ProfileAnalyser | null) => void;
  /** Where analyses run now: `worker`, or `main` (this thread, also after a worker failed). */
  getAnalysisThread: () => 'main' | 'worker';
  /** Forgets a workflow's profile and error and cancels its pending analysis. */
  clearProfile: (workflowId: string) => void;
  /** Back to the initial state (settings included; a settings report stays). */
  reset: () => void;
  /** Hides the settings report (the backup stays). */
  dismissSettingsReport: () => void;
  /** Hides the notice that settings are not being saved (until saving fails again after a success). */
  dismissSettingsSaveFailure: () => void;
  /**
   * Builds the workflow's calibration from `runs` (the selected runs) for the selected hardware, stores it
   * with the uncalibrated profile it corrects, and re-analyses. No runs: the calibration is dropped.
   */
  learnFromRuns: (
    workflowId: string,
    nodes: EditorNode[],
    edges: EditorEdge[],
    runs: readonly RunRecord[],
  ) => Promise<Profile | null>;
  /** Turns "Use measurements" on or off (the caller re-analyses, see `useLearnFromRuns`). */
  setUseMeasurements: (on: boolean) => void;
  /**
   * Reads an exported calibration (JSON text), stores it for the workflow and re-analyses. Returns false
   * and sets `calibrationError` (naming the bad field) when the text is not a valid calibration.
   */
  importCalibration: (
    workflowId: string,
    text: string,
    nodes: EditorNode[],
    edges: EditorEdge[],
  ) => Promise<boolean>;
  /** The workflow's calibration as JSON text (version 1), or null when there is none. */
  exportCalibration: (workflowId: string) => string | null;
  /**
   * Sets (a number) or clears (undefined) one assumption of a workflow: `workers`, `gpuLanes`,
   * `defaultItemCount`, or an estimator assumption key. The caller re-analyses (the panel does on change).
   * @throws ProfileError `option.invalid` naming the field when the value is out of range (state unchanged)
   */
  setAssumption: (workflowId: string, key: string, value: number | undefined) => void;
  /** Clears every assumption override of a workflow (its custom metrics stay). */
  resetAssumptions: (workflowId: string) => void;
  /**
   * Adds or replaces (same `type`) a custom metric definition of a workflow.
   * @throws ProfileError `option.invalid` naming the field (e.g. `metric.runtimeMs`) (state unchanged)
   */
  setCustomMetric: (workflowId: string, metric: CustomMetric) => void;
  /** Removes the custom metric of `type`. */
  removeCustomMetric: (workflowId: string, type: string) => void;
  /** Reads an exported custom-metrics file and adds its definitions; returns the error message, or null. */
  importCustomMetrics: (workflowId: string, text: string) => string | null;
  /** The workflow's custom metrics as a file (JSON, version 1), or null when it has none. */
  exportCustomMetrics: (workflowId: string) => string | null;
}

export type PerformanceProfileState = PerformanceProfileData & PerformanceProfileActions;

export type PerformanceProfileStore = UseBoundStore<StoreApi<PerformanceProfileState>>;

export type SetProfileState = StoreApi<PerformanceProfileState>['setState'];
export type GetProfileState = StoreApi<PerformanceProfileState>['getState'];
