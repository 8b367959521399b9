/**
 * PerformanceProfileStore: the profiler's state (metric tables, selected hardware, profiles by workflow id,
 * analysis status and errors) and the actions that call the engine. Nothing is computed in selectors: each
 * action runs `profileWorkflow` and stores the result. Only settings persist (see ./profile/persistence).
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';
import {
  createBuiltinMetricTable,
  DEFAULT_HARDWARE_ID,
  profileWorkflow,
  registerMetricRule,
  resolveHardware,
  type HardwareSpec,
  type MetricTable,
  type NodeMetricDefinition,
  type Profile,
} from '../profiling';
import type { EditorEdge, EditorNode } from '../workflow/nodetoolTypes';
import { toProfilerErrorInfo, type ProfilerErrorInfo } from './profile/errorInfo';
import {
  createSafeJSONStorage,
  isPersistableDefinition,
  migratePersistedSettings,
  PERSIST_KEY,
  PERSIST_VERSION,
  type PersistedSettings,
  type RegisteredMetric,
} from './profile/persistence';

export type { ProfilerErrorInfo } from './profile/errorInfo';
export type { RegisteredMetric } from './profile/persistence';

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
  /** True while any analysis is in flight. */
  isAnalyzing: boolean;
  /** Latest failure of each workflow (cleared by its next successful analysis). */
  errors: Map<string, ProfilerErrorInfo>;
  /** The most recent failure of any workflow, or null after a success. */
  error: ProfilerErrorInfo | null;
  /** Id of the workflow whose analysis finished last (success or failure), or null. */
  lastWorkflowId: string | null;
}

export interface PerformanceProfileActions {
  /**
   * Profiles a workflow and stores the result under `workflowId`. The analysis runs on the next macrotask so
   * the "analyzing" state can render first; when several calls for the same workflow overlap, only the last
   * one runs. Resolves to the profile, or null when it failed (see `errors`) or was superseded.
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
  /** Forgets a workflow's profile and error and cancels its pending analysis. */
  clearProfile: (workflowId: string) => void;
  /** Back to the initial state (settings included). */
  reset: () => void;
}

export type PerformanceProfileState = PerformanceProfileData & PerformanceProfileActions;

export type PerformanceProfileStore = UseBoundStore<StoreApi<PerformanceProfileState>>;

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
    isAnalyzing: false,
    errors: new Map(),
    error: null,
    lastWorkflowId: null,
  };
}

function withoutKey<V>(map: Map<string, V>, key: string): Map<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

function withKey<V>(map: Map<string, V>, key: string, value: V): Map<string, V> {
  return new Map(map).set(key, value);
}

type SetState = StoreApi<PerformanceProfileState>['setState'];
type GetState = StoreApi<PerformanceProfileState>['getState'];

function createActions(set: SetState, get: GetState): PerformanceProfileActions {
  let nextToken = 0;
  return {
    analyzeWorkflow: (workflowId, nodes, edges) => {
      const token = ++nextToken;
      set((state) => ({ pending: withKey(state.pending, workflowId, token), isAnalyzing: true }));
      return new Promise((resolve) => {
        setTimeout(() => {
          if (get().pending.get(workflowId) !== token) {
            resolve(null);
            return;
          }
          const { metrics, hardwareSpec } = get();
          try {
            const profile = profileWorkflow({ nodes, edges }, { metrics, hardware: hardwareSpec });
            set((state) => {
              const pending = withoutKey(state.pending, workflowId);
              const clearsLatest = state.error?.workflowId === workflowId;
              return {
                profiles: withKey(state.profiles, workflowId, profile),
                pending,
                isAnalyzing: pending.size > 0,
                errors: withoutKey(state.errors, workflowId),
                error: clearsLatest ? null : state.error,
                lastWorkflowId: workflowId,
              };
            });
            resolve(profile);
          } catch (thrown) {
            const info = toProfilerErrorInfo(workflowId, thrown);
            set((state) => {
              const pending = withoutKey(state.pending, workflowId);
              return {
                profiles: withoutKey(state.profiles, workflowId),
                pending,
                isAnalyzing: pending.size > 0,
                errors: withKey(state.errors, workflowId, info),
                error: info,
                lastWorkflowId: workflowId,
              };
            });
            resolve(null);
          }
        }, 0);
      });
    },

    registerNodeMetrics: (typeOrPattern, definition) => {
      // registerMetricRule validates and throws a coded error before any state changes.
      const metrics = registerMetricRule(get().metrics, typeOrPattern, definition);
      const rule: RegisteredMetric = { pattern: typeOrPattern, definition, persistable: isPersistableDefinition(definition) };
      set((state) => ({
        metrics,
        registeredMetrics: [...state.registeredMetrics.filter((r) => r.pattern !== typeOrPattern), rule],
      }));
    },

    setHardware: (idOrSpec) => {
      const hardwareSpec = resolveHardware(idOrSpec);
      set({ hardware: typeof idOrSpec === 'string' ? (hardwareSpec.id ?? idOrSpec) : hardwareSpec, hardwareSpec });
    },

    clearProfile: (workflowId) => {
      set((state) => {
        const pending = withoutKey(state.pending, workflowId);
        return {
          profiles: withoutKey(state.profiles, workflowId),
          errors: withoutKey(state.errors, workflowId),
          error: state.error?.workflowId === workflowId ? null : state.error,
          lastWorkflowId: state.lastWorkflowId === workflowId ? null : state.lastWorkflowId,
          pending,
          isAnalyzing: pending.size > 0,
        };
      });
    },

    reset: () => set(createInitialProfileState()),
  };
}

function partializeSettings(state: PerformanceProfileState): PersistedSettings {
  return {
    hardware: state.hardware,
    registeredMetrics: state.registeredMetrics
      .filter((rule) => rule.persistable)
      .map(({ pattern, definition }) => ({ pattern, definition })),
  };
}

/** Applies stored settings to the current state, skipping anything invalid (a bad value never breaks the app). */
function mergeSettings(persisted: unknown, current: PerformanceProfileState): PerformanceProfileState {
  const settings = migratePersistedSettings(persisted, PERSIST_VERSION);
  let { hardware, hardwareSpec } = current;
  if (settings.hardware !== undefined) {
    try {
      hardwareSpec = resolveHardware(settings.hardware);
      hardware = typeof settings.hardware === 'string' ? (hardwareSpec.id ?? settings.hardware) : hardwareSpec;
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
  const registeredMetrics = [...restored.filter((r) => !sessionOnly.some((s) => s.pattern === r.pattern)), ...sessionOnly];
  return { ...current, hardware, hardwareSpec, registeredMetrics, metrics: buildMetricTable(registeredMetrics) };
}

export interface CreatePerformanceProfileStoreOptions {
  /**
   * Where settings persist. `false` (the default for factory stores) keeps everything in memory; a function
   * returns a Web Storage (e.g. `() => localStorage`).
   */
  storage?: false | (() => Storage | undefined);
  /** Storage key. @default 'workflow-profiler:settings' */
  storageKey?: string;
}

/**
 * Creates an independent profiler store (tests, or several editors on one page).
 *
 * @example
 * const store = createPerformanceProfileStore();
 * await store.getState().analyzeWorkflow('wf-1', nodes, edges);
 * store.getState().profiles.get('wf-1')?.summary.grade;
 */
export function createPerformanceProfileStore(options: CreatePerformanceProfileStoreOptions = {}): PerformanceProfileStore {
  const { storage = false, storageKey = PERSIST_KEY } = options;
  const initializer = (set: SetState, get: GetState): PerformanceProfileState => ({
    ...createInitialProfileState(),
    ...createActions(set, get),
  });
  const persistStorage = storage ? createSafeJSONStorage(storage) : undefined;
  if (!persistStorage) return create<PerformanceProfileState>()(initializer);
  return create<PerformanceProfileState>()(
    persist<PerformanceProfileState, [], [], PersistedSettings>((set, get) => initializer(set, get), {
      name: storageKey,
      version: PERSIST_VERSION,
      storage: persistStorage,
      partialize: partializeSettings,
      migrate: (persisted, version) => migratePersistedSettings(persisted, version) as PersistedSettings,
      merge: mergeSettings,
    }),
  );
}

function browserStorage(): Storage | undefined {
  return typeof window !== 'undefined' ? window.localStorage : undefined;
}

/** The app's profiler store; settings persist in localStorage under `workflow-profiler:settings`. */
export const usePerformanceProfileStore: PerformanceProfileStore = createPerformanceProfileStore({
  storage: browserStorage,
});
