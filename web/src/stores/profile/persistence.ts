/**
 * Persistence of the profiler's settings: what is stored (hardware choice and data-only metric rules),
 * its version, migration from older shapes, and a storage wrapper that survives corrupt values.
 * Profiles are never persisted: they are recomputed from the workflow.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { HardwareSpec } from '../../profiling/types';
import type { NodeMetricDefinition } from '../../profiling/estimate/types';

/** Bump when the persisted shape changes, and teach `migratePersistedSettings` the old shape. */
export const PERSIST_VERSION = 1;

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
  return out;
}

/**
 * A JSON storage that never throws: unreadable JSON is removed (and reported once on the console) so the
 * store starts from defaults; quota or privacy-mode write failures are ignored.
 */
export function createSafeJSONStorage(
  getStorage: () => Storage | undefined,
): PersistStorage<PersistedSettings> | undefined {
  let storage: Storage | undefined;
  try {
    storage = getStorage();
  } catch {
    return undefined;
  }
  if (!storage) return undefined;
  const store = storage;
  return {
    getItem: (name) => {
      let raw: string | null;
      try {
        raw = store.getItem(name);
      } catch {
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (!isRecord(parsed)) throw new Error('not an object');
        return parsed as unknown as StorageValue<PersistedSettings>;
      } catch {
        console.warn(`[profiler] Ignoring unreadable saved settings under "${name}"; using defaults.`);
        try {
          store.removeItem(name);
        } catch {
          // Nothing else to do: the value stays ignored.
        }
        return null;
      }
    },
    setItem: (name, value) => {
      try {
        store.setItem(name, JSON.stringify(value));
      } catch {
        // Storage full or unavailable: settings simply do not persist this session.
      }
    },
    removeItem: (name) => {
      try {
        store.removeItem(name);
      } catch {
        // Ignore: see setItem.
      }
    },
  };
}
