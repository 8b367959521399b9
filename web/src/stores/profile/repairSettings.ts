/**
 * Reads the profiler's saved settings as far as they can be read: older versions are migrated, a setting
 * that is no longer valid is dropped and listed, and a value that is not settings at all is unreadable.
 * Pure; validity of hardware and metric rules is checked by the functions passed in (the engine's).
 */
import type { HardwareSpec } from '../../profiling/types';
import type { NodeMetricDefinition } from '../../profiling/estimate/types';
import { readStoredVersion } from '../../persistence/readStoredVersion';
import type { PersistedSettings } from './persistence';
import { isEmptySettings, repairWorkflowSettings, type WorkflowSettings } from './workflowSettings';

/**
 * Bump when the persisted shape changes, and teach `repairPersistedSettings` the old shape.
 * 1: hardware and metric rules; 2: adds `workflows` (per-workflow assumptions and custom metrics). Version 1
 * reads as version 2 without a repair (nothing it holds changed).
 */
export const PERSIST_VERSION = 2;

/** Checks that throw on an invalid setting (the store passes the engine's resolvers). */
export interface SettingsChecks {
  hardware: (value: string | HardwareSpec) => void;
  metric: (pattern: string, definition: NodeMetricDefinition) => void;
}

/** Outcome of reading saved settings. */
export type SettingsReadResult =
  { settings: Partial<PersistedSettings>; repairs: string[]; keepOriginal?: string } | { unreadable: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Repairs saved settings of `version` into the current shape, listing every setting it dropped.
 * @example repairPersistedSettings(saved.state, saved.version, { hardware: resolveHardware, metric })
 */
export function repairPersistedSettings(
  persisted: unknown,
  version: unknown,
  checks: SettingsChecks,
): SettingsReadResult {
  const number = readStoredVersion(version);
  if (number === null)
    return { unreadable: `its version ${JSON.stringify(version)} is not a version number` };
  if (!isRecord(persisted)) return { unreadable: 'it holds no settings' };
  const repairs: string[] = [];
  if (typeof version === 'string') repairs.push(`read version "${version}" as ${number}`);
  const newer =
    number > PERSIST_VERSION
      ? `they were saved by a newer version of the app (${number}; this app reads up to ${PERSIST_VERSION})`
      : undefined;
  if (newer) repairs.push(`used what this app understands: ${newer}`);
  if (number < 1) repairs.push(`updated them from version ${number} to ${PERSIST_VERSION}`);
  const settings: Partial<PersistedSettings> = {};
  // Version 0 (before versioning) stored the hardware as `hardwareId`.
  const hardware = persisted.hardware ?? persisted.hardwareId;
  if (hardware !== undefined) {
    try {
      if (typeof hardware !== 'string' && !isRecord(hardware)) throw new Error('not a preset id or a spec');
      checks.hardware(hardware as string | HardwareSpec);
      settings.hardware = hardware as string | HardwareSpec;
    } catch (error) {
      repairs.push(`dropped the saved hardware (${reasonOf(error)})`);
    }
  }
  const rules = persisted.registeredMetrics;
  if (rules !== undefined && !Array.isArray(rules))
    repairs.push('dropped the saved metric rules (not a list)');
  if (Array.isArray(rules)) {
    settings.registeredMetrics = [];
    rules.forEach((entry: unknown, index) => {
      const label =
        isRecord(entry) && typeof entry.pattern === 'string' ? `"${entry.pattern}"` : `#${index + 1}`;
      try {
        if (!isRecord(entry) || typeof entry.pattern !== 'string' || !isRecord(entry.definition))
          throw new Error('no pattern or definition');
        const definition = entry.definition as unknown as NodeMetricDefinition;
        checks.metric(entry.pattern, definition);
        settings.registeredMetrics?.push({ pattern: entry.pattern, definition });
      } catch (error) {
        repairs.push(`dropped the saved metric rule ${label} (${reasonOf(error)})`);
      }
    });
  }
  const workflows = persisted.workflows;
  if (workflows !== undefined && !isRecord(workflows))
    repairs.push('dropped the saved workflow settings (not an object)');
  if (isRecord(workflows)) {
    const kept: Record<string, WorkflowSettings> = {};
    for (const [id, value] of Object.entries(workflows)) {
      const read = repairWorkflowSettings(value, `workflow "${id}"`);
      repairs.push(...read.repairs);
      if (!isEmptySettings(read.settings)) kept[id] = read.settings;
    }
    settings.workflows = kept;
  }
  return newer ? { settings, repairs, keepOriginal: newer } : { settings, repairs };
}
