/**
 * Reads the editor's saved workflow as far as it can be read: migrates older versions, repairs damaged
 * fields (listing each repair), and says why when nothing usable is left. Pure and framework-free; the
 * storage layer (./persistence) decides what to back up and the store shows the outcome.
 */
import { readStoredVersion } from '../../persistence/readStoredVersion';
import { EDITOR_STORAGE_VERSION, migratePersistedEditorState } from './migratePersistedState';
import { repairEdges, repairNodes, type PersistRepair } from './repairGraph';
import type { PersistedEditorState } from './types';

export type { PersistRepair } from './repairGraph';

/** Outcome of reading saved data. */
export type PersistedReadResult =
  | {
      state: PersistedEditorState;
      /** Every change made; empty when the data was used as stored. */
      repairs: PersistRepair[];
      /** Set when the original must be kept although it opened (e.g. saved by a newer version). */
      keepOriginal?: string;
    }
  | { unreadable: string };

/** Name given to a saved workflow that lost its name. */
export const UNNAMED_WORKFLOW = 'Untitled workflow';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Repairs a saved state of `version` into the current shape.
 * @returns the state and the list of repairs, or `{ unreadable }` with the reason when it has no node list.
 * @example repairPersistedEditorState(saved.state, saved.version)
 */
export function repairPersistedEditorState(raw: unknown, version: unknown): PersistedReadResult {
  const repairs: PersistRepair[] = [];
  const number = readStoredVersion(version);
  if (number === null)
    return { unreadable: `its version ${JSON.stringify(version)} is not a version number` };
  if (version === undefined)
    repairs.push({ code: 'version', message: 'read it as version 0 (it had no version)' });
  else if (typeof version === 'string')
    repairs.push({ code: 'version', message: `read version "${version}" as ${number}` });
  const newer = number > EDITOR_STORAGE_VERSION;
  let state = raw;
  if (!newer) {
    const migrated = migratePersistedEditorState(raw, number);
    if ('unreadable' in migrated) return migrated;
    state = migrated.state;
    if (number < EDITOR_STORAGE_VERSION)
      repairs.push({
        code: 'migrated',
        message: `updated it from version ${number} to ${EDITOR_STORAGE_VERSION}`,
      });
  }
  const tooNew = `it was saved by a newer version of the app (${number}; this app reads up to ${EDITOR_STORAGE_VERSION})`;
  if (!isRecord(state)) return { unreadable: newer ? tooNew : 'it holds no workflow' };
  if (!Array.isArray(state.nodes)) return { unreadable: newer ? tooNew : 'it has no list of nodes' };

  const nodes = repairNodes(state.nodes, repairs);
  if (nodes.length === 0 && state.nodes.length > 0)
    return { unreadable: `none of its ${state.nodes.length} nodes could be read` };
  if (state.edges === undefined)
    repairs.push({ code: 'edges', message: 'added an empty edge list (it had none)' });
  else if (!Array.isArray(state.edges))
    repairs.push({ code: 'edges', message: 'dropped the edge list (it was not a list)' });
  const edges = repairEdges(Array.isArray(state.edges) ? state.edges : [], nodes, repairs);
  const workflowName = typeof state.workflowName === 'string' ? state.workflowName : UNNAMED_WORKFLOW;
  if (workflowName !== state.workflowName)
    repairs.push({ code: 'name', message: `named it "${UNNAMED_WORKFLOW}" (it had no name)` });
  const workflowMeta = isRecord(state.workflowMeta) ? state.workflowMeta : {};
  if (workflowMeta !== state.workflowMeta)
    repairs.push({ code: 'meta', message: 'added the missing workflow details (workflowMeta)' });
  const source = typeof state.source === 'string' ? state.source : 'storage';
  if (source !== state.source)
    repairs.push({
      code: 'source',
      message: 'noted it as restored from storage (it did not say where it came from)',
    });

  const result = { state: { workflowName, workflowMeta, nodes, edges, source }, repairs };
  if (!newer) return result;
  repairs.unshift({ code: 'version.newer', message: `opened it as best as this app can: ${tooNew}` });
  return { ...result, keepOriginal: tooNew };
}

/**
 * Reads the stored text of the `wpp-editor` key (the `{ state, version }` envelope written by zustand).
 * @example readPersistedEditorText(localStorage.getItem('wpp-editor') ?? '')
 */
export function readPersistedEditorText(text: string): PersistedReadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { unreadable: `it is not valid JSON (${error instanceof Error ? error.message : 'parse error'})` };
  }
  if (!isRecord(parsed) || !('state' in parsed))
    return { unreadable: 'it is not a saved workflow (no "state" in it)' };
  return repairPersistedEditorState(parsed.state, parsed.version);
}
