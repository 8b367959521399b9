/**
 * Pinned baselines kept across reloads: for each workflow, the version and device of the estimate the user
 * pinned. The graph of that version is in the stored versions (profile snapshots); after a reload the
 * baseline is estimated again from it. A small value in Web Storage, read defensively: a value this code
 * cannot read is ignored, and one written by a newer version is never written over.
 */

/** Storage key of the pins (beside the profiler's settings). */
export const PIN_STORAGE_KEY = 'workflow-profiler:pins';

const PIN_VERSION = 1;

export interface StoredPin {
  /** `computeWorkflowVersion` of the pinned graph. */
  workflowVersion: string;
  /** `hardwareKey` of the pinned estimate's device. */
  hardwareId: string;
  /** When it was pinned (ms since the epoch). */
  pinnedAt: number;
}

function isPin(value: unknown): value is StoredPin {
  if (typeof value !== 'object' || value === null) return false;
  const pin = value as Record<string, unknown>;
  return (
    typeof pin.workflowVersion === 'string' &&
    pin.workflowVersion !== '' &&
    typeof pin.hardwareId === 'string' &&
    typeof pin.pinnedAt === 'number' &&
    Number.isFinite(pin.pinnedAt)
  );
}

/** The readable pins, and whether the stored value may be written over (absent, or of this version). */
function readAll(storage: Storage): { pins: Map<string, StoredPin>; writable: boolean } {
  const pins = new Map<string, StoredPin>();
  let raw: string | null;
  try {
    raw = storage.getItem(PIN_STORAGE_KEY);
  } catch {
    return { pins, writable: false };
  }
  if (raw === null) return { pins, writable: true };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { pins, writable: true };
  }
  if (typeof value !== 'object' || value === null) return { pins, writable: true };
  const { version, pins: stored } = value as { version?: unknown; pins?: unknown };
  // Written by a newer version of the profiler: read nothing, keep it as it is.
  if (typeof version === 'number' && version > PIN_VERSION) return { pins, writable: false };
  if (version !== PIN_VERSION || typeof stored !== 'object' || stored === null)
    return { pins, writable: true };
  for (const [key, pin] of Object.entries(stored)) if (isPin(pin)) pins.set(key, pin);
  return { pins, writable: true };
}

/** The pin of a workflow, or null (none, or not readable). */
export function readPin(storage: Storage, workflowKey: string): StoredPin | null {
  return readAll(storage).pins.get(workflowKey) ?? null;
}

/**
 * Stores (or, with null, removes) the pin of a workflow.
 * @returns false when it could not be stored (storage full or blocked, or a newer version's value): the pin
 *   then lasts for the session only.
 */
export function writePin(storage: Storage, workflowKey: string, pin: StoredPin | null): boolean {
  const { pins, writable } = readAll(storage);
  if (!writable) return false;
  if (pin) pins.set(workflowKey, pin);
  else pins.delete(workflowKey);
  try {
    if (pins.size === 0) storage.removeItem(PIN_STORAGE_KEY);
    else
      storage.setItem(
        PIN_STORAGE_KEY,
        JSON.stringify({ version: PIN_VERSION, pins: Object.fromEntries(pins) }),
      );
    return true;
  } catch {
    return false;
  }
}
