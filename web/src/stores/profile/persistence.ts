/**
 * Persistence of the profiler's settings: what is stored (hardware choice and data-only metric rules),
 * its version, migration from older shapes, and a storage wrapper that survives corrupt values.
 * Profiles are never persisted: they are recomputed from the workflow.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { trackWriteFailures, type WriteFailure } from '../../persistence/classifyWriteError';
import { keepUnusableValue, type StorageReport } from '../../persistence/keepUnusableValue';
import type { HardwareSpec } from '../../profiling/types';
import type { NodeMetricDefinition } from '../../profiling/estimate/types';
import { PERSIST_VERSION, repairPersistedSettings, type SettingsChecks } from './repairSettings';
import type { WorkflowSettings } from './workflowSettings';

export { PERSIST_VERSION } from './repairSettings';

/** localStorage key of the app store. */
export const PERSIST_KEY = 'workflow-profiler:settings';

/** A metric rule registered by the user. Rules holding functions cannot be stored and are re-registered by code. */
export interface RegisteredMetric {
  pattern: string;
  definition: NodeMetricDefinition;
  /** False when the definition has functions (`estimate`, `emitsItems`): it lives only for this session. */
  persistable: boolean;
}

/** What is written to storage. */
export interface PersistedSettings {
  hardware: string | HardwareSpec;
  registeredMetrics: Array<{ pattern: string; definition: NodeMetricDefinition }>;
  /** Per-workflow assumptions and custom metrics, by workflow id (version 2; absent when none is set). */
  workflows?: Record<string, WorkflowSettings>;
}

/** True when a definition is plain data (survives JSON): no estimator or item-count function. */
export function isPersistableDefinition(definition: NodeMetricDefinition): boolean {
  return definition.estimate === undefined && definition.emitsItems === undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads a persisted value of any version into the current shape, dropping what it does not recognise.
 * Version 0 (zustand's default, before versioning) stored `hardwareId`; values from a newer version
 * than this code (a downgrade) are ignored rather than misread.
 */
export function migratePersistedSettings(persisted: unknown, version: number): Partial<PersistedSettings> {
  if (!isRecord(persisted) || version > PERSIST_VERSION) return {};
  const out: Partial<PersistedSettings> = {};
  const hardware = persisted.hardware ?? persisted.hardwareId;
  if (typeof hardware === 'string' || isRecord(hardware)) out.hardware = hardware as string | HardwareSpec;
  if (Array.isArray(persisted.registeredMetrics)) {
    out.registeredMetrics = persisted.registeredMetrics.filter(
      (entry): entry is PersistedSettings['registeredMetrics'][number] =>
        isRecord(entry) && typeof entry.pattern === 'string' && isRecord(entry.definition),
    );
  }
  // Already checked entry by entry when read from storage (repairPersistedSettings).
  if (isRecord(persisted.workflows)) out.workflows = persisted.workflows as Record<string, WorkflowSettings>;
  return out;
}

/** The browser refused to save the settings: changed settings last for this tab only. */
export type SettingsSaveFailure = WriteFailure;

/** What `createSafeJSONStorage` checks saved settings with and where it reports problems. */
export interface SettingsStorageOptions {
  checks: SettingsChecks;
  onReadReport?: (report: StorageReport) => void;
  /** A write was refused (once per run of failing writes, and again if the reason changes). */
  onWriteError?: (failure: SettingsSaveFailure) => void;
  /** A write succeeded after failing. */
  onWriteRecovered?: () => void;
  /** @default Date.now */
  now?: () => number;
}

/**
 * A JSON storage that never throws and never drops saved settings silently. A value that is unreadable
 * or needs repair (see `repairPersistedSettings`) is first copied to `<key>.backup` and reported through
 * `onReadReport`; the repaired settings are then written back. When the copy fails, the key is not written
 * in this session. A write the browser refuses (quota full, storage blocked) is reported through
 * `onWriteError`, and its end through `onWriteRecovered`: nothing stored is changed meanwhile.
 */
export function createSafeJSONStorage(
  getStorage: () => Storage | undefined,
  options: SettingsStorageOptions,
): PersistStorage<PersistedSettings> | undefined {
  const { checks, onReadReport = () => undefined, now } = options;
  let storage: Storage | undefined;
  try {
    storage = getStorage();
  } catch {
    return undefined;
  }
  if (!storage) return undefined;
  const store = storage;
  const protectedKeys = new Set<string>();
  const failures = trackWriteFailures(now);
  const write = (name: string, value: StorageValue<PersistedSettings>) => {
    if (protectedKeys.has(name)) return;
    try {
      store.setItem(name, JSON.stringify(value));
    } catch (error) {
      const failure = failures.failed(error);
      if (failure) options.onWriteError?.(failure);
      return;
    }
    if (failures.succeeded()) options.onWriteRecovered?.();
  };
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = store.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      const read = readSettingsText(raw, checks);
      if ('settings' in read && read.repairs.length === 0)
        return { state: read.settings as PersistedSettings, version: PERSIST_VERSION };
      const report = keepUnusableValue(store, name, raw, read);
      if (report.backupKey === null) protectedKeys.add(name);
      onReadReport(report);
      if ('unreadable' in read) return null;
      const value = { state: read.settings as PersistedSettings, version: PERSIST_VERSION };
      write(name, value);
      return value;
    },
    setItem: write,
    removeItem: (name) => {
      if (protectedKeys.has(name)) return;
      try {
        store.removeItem(name);
      } catch {
        // Ignore: see setItem.
      }
    },
  };
}

function readSettingsText(raw: string, checks: SettingsChecks) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return {
      unreadable: `they are not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    };
  }
  if (!isRecord(parsed) || !('state' in parsed))
    return { unreadable: 'they are not saved settings (no "state")' };
  return repairPersistedSettings(parsed.state, parsed.version, checks);
}
