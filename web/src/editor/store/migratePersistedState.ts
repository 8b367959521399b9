/**
 * The migrate path of the editor's saved workflow: one step per version, applied in order up to
 * `EDITOR_STORAGE_VERSION`. When the persisted shape changes, bump the version and add the step from the
 * previous one here; `repairPersistedEditorState` then checks and repairs the result.
 */

/** Version of the persisted shape. */
export const EDITOR_STORAGE_VERSION = 1;

/** `steps[n]` turns a version-n state into a version-(n+1) state (it may return anything; it is checked after). */
const steps: Record<number, (state: unknown) => unknown> = {
  // Version 0 is zustand's default before the editor set a version; it stored the same fields as version 1.
  0: (state) => state,
};

/** Outcome of `migratePersistedEditorState`. */
export type MigrationResult = { state: unknown; from: number } | { unreadable: string };

/**
 * Brings a saved state of version `from` (≤ the current version) up to the current shape.
 * @example migratePersistedEditorState({ nodes: [] }, 0) // { state: { nodes: [] }, from: 0 }
 */
export function migratePersistedEditorState(state: unknown, from: number): MigrationResult {
  let current = state;
  for (let version = from; version < EDITOR_STORAGE_VERSION; version += 1) {
    const step = steps[version];
    if (!step) return { unreadable: `there is no migration from version ${version}` };
    current = step(current);
  }
  return { state: current, from };
}
