/**
 * PerformanceProfileStore: the profiler's state (metric tables, selected hardware, profiles by workflow id,
 * analysis status and errors) and the actions that call the engine. Nothing is computed in selectors: each
 * action runs `profileWorkflow` and stores the result. Only settings persist (see ./profile/persistence).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  createBuiltinMetricTable,
  DEFAULT_HARDWARE_ID,
  registerMetricRule,
  resolveHardware,
  type Calibration,
  type MetricTable,
} from '../profiling';
import type { StorageReport } from '../persistence/keepUnusableValue';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';
import { createMainThreadAnalyser, type ProfileAnalyser } from './profile/analysis/profileAnalyser';
import { createAnalyzeWorkflow } from './profile/createAnalyzeWorkflow';
import { createCalibrationActions } from './profile/createCalibrationActions';
import { createWorkflowSettingsActions } from './profile/createWorkflowSettingsActions';
import { repairWorkflowSettings, type WorkflowSettings } from './profile/workflowSettings';
import { toggled, withoutKey } from './profile/mapUpdates';
import {
  createSafeJSONStorage,
  isPersistableDefinition,
  migratePersistedSettings,
  PERSIST_KEY,
  PERSIST_VERSION,
  type PersistedSettings,
  type RegisteredMetric,
  type SettingsSaveFailure,
} from './profile/persistence';
import type {
  GetProfileState,
  PerformanceProfileActions,
  PerformanceProfileData,
  PerformanceProfileState,
  PerformanceProfileStore,
  SetProfileState,
} from './profile/storeTypes';

export type { ProfilerErrorInfo } from './profile/errorInfo';
export type { RegisteredMetric, SettingsSaveFailure } from './profile/persistence';
export type { WorkflowSettings } from './profile/workflowSettings';
export { toProfileOptions } from './profile/workflowSettings';
export type {
  AnalysisSource,
  HardwareSelection,
  PerformanceProfileActions,
  PerformanceProfileData,
  PerformanceProfileState,
  PerformanceProfileStore,
} from './profile/storeTypes';

function buildMetricTable(registered: RegisteredMetric[]): MetricTable {
  return registered.reduce(
    (table, rule) => registerMetricRule(table, rule.pattern, rule.definition),
    createBuiltinMetricTable(),
  );
}

/** The initial state: built-in metrics, the default hardware, no profiles. */
export function createInitialProfileState(): PerformanceProfileData {
  return {
    metrics: createBuiltinMetricTable(),
    registeredMetrics: [],
    hardware: DEFAULT_HARDWARE_ID,
    hardwareSpec: resolveHardware(DEFAULT_HARDWARE_ID),
    profiles: new Map(),
    pending: new Map(),
    refining: new Set(),
    isAnalyzing: false,
    errors: new Map(),
    error: null,
    lastWorkflowId: null,
    sources: new Map(),
    settingsReport: null,
    settingsSaveFailure: null,
    useMeasurements: true,
    calibrations: new Map(),
    uncalibrated: new Map(),
    calibrationError: null,
    workflowSettings: new Map(),
  };
}

/**
 * True when the stored profile of `workflowId` was computed from exactly these nodes and edges (same array
 * references, as an immutable editor store hands out) with the current hardware and metric tables.
 */
export function isProfileCurrent(
  state: PerformanceProfileData,
  workflowId: string,
  nodes: EditorNode[],
  edges: EditorEdge[],
): boolean {
  const source = state.sources.get(workflowId);
  return (
    source !== undefined &&
    state.profiles.has(workflowId) &&
    source.nodes === nodes &&
    source.edges === edges &&
    source.metrics === state.metrics &&
    source.hardwareSpec === state.hardwareSpec &&
    source.calibration === appliedCalibration(state, workflowId) &&
    source.settings === state.workflowSettings.get(workflowId)
  );
}

/** The calibration an analysis of `workflowId` applies now (undefined when "Use measurements" is off). */
export function appliedCalibration(
  state: PerformanceProfileData,
  workflowId: string,
): Calibration | undefined {
  return state.useMeasurements ? state.calibrations.get(workflowId) : undefined;
}

/** Holds the store's analyser (not state: it is a service, and `reset` keeps it). */
interface AnalyserSlot {
  current: ProfileAnalyser;
}

function createActions(
  set: SetProfileState,
  get: GetProfileState,
  analyser: AnalyserSlot,
): PerformanceProfileActions {
  const currentAnalyser = () => analyser.current;
  return {
    analyzeWorkflow: createAnalyzeWorkflow(set, get, currentAnalyser),
    ...createCalibrationActions(set, get, currentAnalyser),
    ...createWorkflowSettingsActions(set, get),

    setAnalyser: (next) => {
      analyser.current = next ?? createMainThreadAnalyser();
    },
    getAnalysisThread: () => analyser.current.thread,

    registerNodeMetrics: (typeOrPattern, definition) => {
      // registerMetricRule validates and throws a coded error before any state changes.
      const metrics = registerMetricRule(get().metrics, typeOrPattern, definition);
      const rule: RegisteredMetric = {
        pattern: typeOrPattern,
        definition,
        persistable: isPersistableDefinition(definition),
      };
      set((state) => ({
        metrics,
        registeredMetrics: [...state.registeredMetrics.filter((r) => r.pattern !== typeOrPattern), rule],
      }));
    },

    setHardware: (idOrSpec) => {
      const hardwareSpec = resolveHardware(idOrSpec);
      set({
        hardware: typeof idOrSpec === 'string' ? (hardwareSpec.id ?? idOrSpec) : hardwareSpec,
        hardwareSpec,
      });
    },

    clearProfile: (workflowId) => {
      set((state) => {
        const pending = withoutKey(state.pending, workflowId);
        return {
          profiles: withoutKey(state.profiles, workflowId),
          sources: withoutKey(state.sources, workflowId),
          errors: withoutKey(state.errors, workflowId),
          error: state.error?.workflowId === workflowId ? null : state.error,
          lastWorkflowId: state.lastWorkflowId === workflowId ? null : state.lastWorkflowId,
          pending,
          refining: toggled(state.refining, workflowId, false),
          isAnalyzing: pending.size > 0,
        };
      });
    },

    reset: () =>
      set({
        ...createInitialProfileState(),
        settingsReport: get().settingsReport,
        settingsSaveFailure: get().settingsSaveFailure,
      }),
    dismissSettingsReport: () => set({ settingsReport: null }),
    dismissSettingsSaveFailure: () => set({ settingsSaveFailure: null }),
  };
}

function partializeSettings(state: PerformanceProfileState): PersistedSettings {
  const settings: PersistedSettings = {
    hardware: state.hardware,
    registeredMetrics: state.registeredMetrics
      .filter((rule) => rule.persistable)
      .map(({ pattern, definition }) => ({ pattern, definition })),
  };
  if (state.workflowSettings.size > 0) settings.workflows = Object.fromEntries(state.workflowSettings);
  return settings;
}

/** Applies stored settings to the current state, skipping anything invalid (a bad value never breaks the app). */
function mergeSettings(persisted: unknown, current: PerformanceProfileState): PerformanceProfileState {
  const settings = migratePersistedSettings(persisted, PERSIST_VERSION);
  let { hardware, hardwareSpec } = current;
  if (settings.hardware !== undefined) {
    try {
      hardwareSpec = resolveHardware(settings.hardware);
      hardware =
        typeof settings.hardware === 'string' ? (hardwareSpec.id ?? settings.hardware) : hardwareSpec;
    } catch {
      console.warn('[profiler] Ignoring saved hardware setting that is no longer valid.');
    }
  }
  const restored: RegisteredMetric[] = [];
  for (const { pattern, definition } of settings.registeredMetrics ?? []) {
    try {
      registerMetricRule(createBuiltinMetricTable(), pattern, definition);
      restored.push({ pattern, definition, persistable: true });
    } catch {
      console.warn(`[profiler] Ignoring saved metric rule "${pattern}": it is not a valid definition.`);
    }
  }
  const sessionOnly = current.registeredMetrics.filter(
    (rule) => !rule.persistable || !restored.some((r) => r.pattern === rule.pattern),
  );
  const registeredMetrics = [
    ...restored.filter((r) => !sessionOnly.some((s) => s.pattern === r.pattern)),
    ...sessionOnly,
  ];
  const workflowSettings = new Map<string, WorkflowSettings>(current.workflowSettings);
  for (const [id, value] of Object.entries(settings.workflows ?? {})) {
    if (!workflowSettings.has(id)) workflowSettings.set(id, repairWorkflowSettings(value, id).settings);
  }
  return {
    ...current,
    hardware,
    hardwareSpec,
    registeredMetrics,
    metrics: buildMetricTable(registeredMetrics),
    workflowSettings,
  };
}

export interface CreatePerformanceProfileStoreOptions {
  /**
   * Where settings persist. `false` (the default for factory stores) keeps everything in memory; a function
   * returns a Web Storage (e.g. `() => localStorage`).
   */
  storage?: false | (() => Storage | undefined);
  /** Storage key. @default 'workflow-profiler:settings' */
  storageKey?: string;
  /**
   * Where analyses run (see `createWorkerAnalyser`); can be changed later with `setAnalyser`.
   * @default this thread (`createMainThreadAnalyser()`)
   */
  analyser?: ProfileAnalyser;
}

/**
 * Creates an independent profiler store (tests, or several editors on one page).
 *
 * @example
 * const store = createPerformanceProfileStore();
 * await store.getState().analyzeWorkflow('wf-1', nodes, edges);
 * store.getState().profiles.get('wf-1')?.summary.grade;
 */
export function createPerformanceProfileStore(
  options: CreatePerformanceProfileStoreOptions = {},
): PerformanceProfileStore {
  const { storage = false, storageKey = PERSIST_KEY } = options;
  const analyser: AnalyserSlot = { current: options.analyser ?? createMainThreadAnalyser() };
  const initializer = (set: SetProfileState, get: GetProfileState): PerformanceProfileState => ({
    ...createInitialProfileState(),
    ...createActions(set, get, analyser),
  });
  // Set by the storage while it reads saved settings, taken by `merge` right after.
  let readReport: StorageReport | null = null;
  // Write failures reach the store once it exists; one while it is being created waits here.
  let api: PerformanceProfileStore | null = null;
  let earlyFailure: SettingsSaveFailure | null = null;
  const reportSaveFailure = (failure: SettingsSaveFailure | null) => {
    if (api) api.setState({ settingsSaveFailure: failure });
    else earlyFailure = failure;
  };
  const persistStorage = storage
    ? createSafeJSONStorage(storage, {
        checks: {
          hardware: (value) => void resolveHardware(value),
          metric: (pattern, definition) =>
            void registerMetricRule(createBuiltinMetricTable(), pattern, definition),
        },
        onReadReport: (report) => {
          readReport = report;
        },
        onWriteError: (failure) => reportSaveFailure(failure),
        onWriteRecovered: () => reportSaveFailure(null),
      })
    : undefined;
  if (!persistStorage) return create<PerformanceProfileState>()(initializer);
  api = create<PerformanceProfileState>()(
    persist<PerformanceProfileState, [], [], PersistedSettings>((set, get) => initializer(set, get), {
      name: storageKey,
      version: PERSIST_VERSION,
      storage: persistStorage,
      partialize: partializeSettings,
      migrate: (persisted, version) => migratePersistedSettings(persisted, version) as PersistedSettings,
      merge: (persisted, current) => {
        const settingsReport = readReport;
        readReport = null;
        return { ...mergeSettings(persisted, current), settingsReport };
      },
    }),
  );
  if (earlyFailure) api.setState({ settingsSaveFailure: earlyFailure });
  return api;
}

function browserStorage(): Storage | undefined {
  return typeof window !== 'undefined' ? window.localStorage : undefined;
}

/**
 * The app's profiler store; settings persist in localStorage under `workflow-profiler:settings`. It analyses
 * on this thread until the app gives it a worker analyser (`setAnalyser`, see main.tsx).
 */
export const usePerformanceProfileStore: PerformanceProfileStore = createPerformanceProfileStore({
  storage: browserStorage,
});
