/**
 * The Compare view's analyses: two stored versions on one device, or one graph on two devices. The engine
 * runs here, in the store, on a later macrotask (so the "computing" state paints first); a newer request
 * supersedes an older one.
 */
import { diffProfiles } from '../../compare/diffProfiles';
import { median } from '../../runs/measure/median';
import {
  HARDWARE_PRESETS,
  hardwareKey,
  profileWorkflow,
  type HardwareSpec,
  type Profile,
  type ProfileOptions,
} from '../../profiling';
import type { ProfileSnapshot } from '../../runs/history/profileSnapshot';
import type { RunHistoryEntry } from '../../runs/history/schema';
import type { ProfileDiff } from '../../compare/types';
import type {
  AnalysisSettings,
  ComparisonSide,
  ProfileCompareActions,
  ProfileCompareStoreApi,
} from './storeTypes';

type Actions = Pick<ProfileCompareActions, 'compareVersions' | 'compareDevices' | 'clearComparison'>;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A preset's id (so the profile names its device by id, as the panel's do), else the custom spec. */
function hardwareOption(spec: HardwareSpec & { id?: string }): string | HardwareSpec {
  const key = hardwareKey(spec);
  return HARDWARE_PRESETS.some((preset) => preset.id === key) ? key : spec;
}

/** Failures name the side that failed. */
/** The engine options of one side: the workflow's own options, the device, the metrics and the calibration. */
export function sideOptions(
  settings: Omit<AnalysisSettings, 'hardware'>,
  hardware: HardwareSpec,
): ProfileOptions {
  const options: ProfileOptions = {
    ...settings.workflowOptions,
    hardware: hardwareOption(hardware),
    metrics: settings.metrics,
  };
  // A calibration only applies to the device its runs were measured on (applyCalibration checks).
  if (settings.calibration) options.calibration = settings.calibration;
  return options;
}

export function profileSide(graph: unknown, options: ProfileOptions, side: string): Profile {
  try {
    return profileWorkflow(graph, { ...options, suggestions: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`The ${side} could not be profiled: ${message}`, { cause: error });
  }
}

/** `v3 · 3f9c0a5`: the version's rank among the workflow's versions (oldest first) and its short hash. */
export function versionLabel(snapshots: readonly ProfileSnapshot[], version: string): string {
  const order: string[] = [];
  for (const snapshot of snapshots) {
    if (!order.includes(snapshot.workflowVersion)) order.push(snapshot.workflowVersion);
  }
  const rank = order.indexOf(version);
  return `${rank >= 0 ? `v${rank + 1} · ` : ''}${version.slice(0, 7)}`;
}

function measuredWalls(runs: readonly RunHistoryEntry[], version: string): number[] {
  return runs
    .filter((run) => run.workflowVersion === version && run.record.status === 'completed')
    .map((run) => run.record.wallMs)
    .filter((wall): wall is number => wall !== null && Number.isFinite(wall));
}

export function createComparisonActions(
  set: ProfileCompareStoreApi['setState'],
  get: ProfileCompareStoreApi['getState'],
): Actions {
  let token = 0;

  /**
   * Runs one comparison: shows it computing, lets the view paint, computes it in the next task, and keeps the
   * result (or its error) only while no newer comparison or clear came after it.
   */
  const compare = async (
    mode: 'versions' | 'devices',
    compute: () => { left: ComparisonSide; right: ComparisonSide; diff: ProfileDiff },
  ) => {
    const mine = ++token;
    set({ comparison: { mode, status: 'computing', left: null, right: null, diff: null, error: null } });
    await nextTask();
    if (mine !== token) return;
    try {
      const { left, right, diff } = compute();
      if (mine !== token) return;
      set({ comparison: { mode, status: 'ready', left, right, diff, error: null } });
    } catch (error) {
      if (mine !== token) return;
      set((state) => ({
        comparison: state.comparison && {
          ...state.comparison,
          status: 'error',
          error: error instanceof Error ? error.message : String(error),
        },
      }));
    }
  };

  return {
    compareVersions: (leftId, rightId, settings, runs) =>
      compare('versions', () => {
        const { snapshots } = get();
        const find = (id: string, side: string) => {
          const found = snapshots.find((snapshot) => snapshot.id === id);
          if (!found) throw new Error(`The ${side} version is no longer stored: pick another version.`);
          return found;
        };
        const left = find(leftId, 'first');
        const right = find(rightId, 'second');
        const options = sideOptions(settings, settings.hardware);
        const side = (snapshot: ProfileSnapshot, name: string): ComparisonSide => {
          const walls = measuredWalls(runs, snapshot.workflowVersion);
          return {
            title: versionLabel(snapshots, snapshot.workflowVersion),
            subtitle: `first estimated ${DATE.format(snapshot.firstSeenAt)}`,
            profile: profileSide(snapshot.graph, options, `${name} version`),
            workflowVersion: snapshot.workflowVersion,
            measuredWallMs: median(walls),
            runCount: walls.length,
          };
        };
        const leftSide = side(left, 'first');
        const rightSide = side(right, 'second');
        const diff = diffProfiles(leftSide.profile, rightSide.profile, {
          workflows: { before: left.graph, after: right.graph },
        });
        return { left: leftSide, right: rightSide, diff };
      }),

    compareDevices: (nodes, edges, left, right, settings) =>
      compare('devices', () => {
        const graph = { nodes, edges };
        const side = (hardware: typeof left, name: string): ComparisonSide => ({
          title: hardware.name,
          subtitle: `${hardwareKey(hardware)} · current workflow`,
          profile: profileSide(graph, sideOptions(settings, hardware), `${name} device`),
          workflowVersion: null,
          measuredWallMs: null,
          runCount: 0,
        });
        const leftSide = side(left, 'first');
        const rightSide = side(right, 'second');
        const diff = diffProfiles(leftSide.profile, rightSide.profile, {
          workflows: { before: graph, after: graph },
        });
        return { left: leftSide, right: rightSide, diff };
      }),

    clearComparison: () => {
      token++;
      set({ comparison: null });
    },
  };
}
