/**
 * Undo / redo for the editor: the workflow as it was before each edit (nodes, edges, name), newest last.
 * Entries share the node and edge objects of the state they were taken from (the store never mutates them),
 * so an entry costs two array references. Not persisted: a reload starts a fresh history.
 */
import type { PersistedEditorState } from './types';

/** Edits kept for undo (older ones are dropped). */
export const HISTORY_LIMIT = 100;

/** One undoable state of the workflow: the part of the state that is also persisted. */
export type HistoryEntry = PersistedEditorState;

export interface EditorHistory {
  past: HistoryEntry[];
  future: HistoryEntry[];
  /**
   * Key of the latest recorded edit when it may continue (typing into one parameter or title): a further edit
   * with the same key joins it instead of adding an entry per keystroke. Null after any other edit.
   */
  openEdit: string | null;
}

export const emptyHistory = (): EditorHistory => ({ past: [], future: [], openEdit: null });

function entryOf(state: PersistedEditorState): HistoryEntry {
  const { workflowName, workflowMeta, source, nodes, edges } = state;
  return { workflowName, workflowMeta, source, nodes, edges };
}

/**
 * The history after an edit of `state`: its current workflow becomes the newest past entry and the redo list
 * is cleared. An edit with the key of the open edit (`continues`) joins it.
 */
export function recordEdit(
  state: PersistedEditorState & { history: EditorHistory },
  continues?: string,
): { history: EditorHistory } {
  const { history } = state;
  if (continues !== undefined && history.openEdit === continues) return { history };
  const past = [...history.past, entryOf(state)];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { history: { past, future: [], openEdit: continues ?? null } };
}

/** Undo (`from: 'past'`) or redo (`from: 'future'`): the entry to restore and the history after it. */
export function stepHistory(
  state: PersistedEditorState & { history: EditorHistory },
  from: 'past' | 'future',
): { entry: HistoryEntry; history: EditorHistory } | null {
  const { history } = state;
  const list = history[from];
  const entry = list[list.length - 1];
  if (!entry) return null;
  const rest = list.slice(0, -1);
  const current = entryOf(state);
  return {
    entry,
    history:
      from === 'past'
        ? { past: rest, future: [...history.future, current], openEdit: null }
        : { past: [...history.past, current], future: rest, openEdit: null },
  };
}
