/**
 * Says when the workflow is not being saved in this browser (its text is over the storage quota, or storage
 * is blocked), with a download so nothing is lost; and, on load, that the last session's changes since a
 * time were not saved. Both come from the editor store (`saveFailure`, `unsavedBeforeLoad`).
 */
import { ActionAlert } from '../../components/profiling/states/ActionAlert';
import { describeWriteRefusal, formatFailureTime } from '../../persistence/classifyWriteError';
import { downloadWorkflow } from '../exportWorkflow';
import { useEditor, useEditorStoreApi } from '../store';
import { describeStoredSize, type SaveFailure } from '../store/saveFailure';

/** Why the browser refused, in a user's words (with the workflow's saved size when storage is full). */
export function describeSaveReason(failure: SaveFailure): string {
  const why = describeWriteRefusal(failure, 'it');
  return failure.reason === 'quota'
    ? `${why} (the workflow's saved text is ${describeStoredSize(failure.chars)}; browsers keep about 5 MB per site)`
    : why;
}

/** The live problem: what is not saved, and what to do. */
export function describeSaveFailure(failure: SaveFailure): string {
  return `Saving stopped at ${formatFailureTime(failure.since)}: ${describeSaveReason(failure)}. Your changes since then are only in this tab; reloading or closing it opens the last version that was saved. Download the workflow to keep it.`;
}

/** The problem found on load: what was not kept. */
export function describeUnsavedBeforeLoad(failure: SaveFailure): string {
  return `Saving stopped at ${formatFailureTime(failure.since)} in your last session: ${describeSaveReason(failure)}. The changes made after that were not kept; what is open is the last version that was saved.`;
}

export function SaveFailureAlert() {
  const failure = useEditor((s) => s.saveFailure);
  const before = useEditor((s) => s.unsavedBeforeLoad);
  const dismiss = useEditor((s) => s.dismissUnsavedBeforeLoad);
  const store = useEditorStoreApi();
  return (
    <>
      {failure && (
        <ActionAlert
          severity="error"
          title="Your changes are not being saved"
          actionLabel="Download workflow"
          onAction={() => downloadWorkflow(store.getState().getWorkflow())}
          data-testid="save-failure"
        >
          {describeSaveFailure(failure)}
        </ActionAlert>
      )}
      {before && (
        <ActionAlert
          severity="warning"
          title="Your last changes were not saved"
          actionLabel="Dismiss"
          onAction={dismiss}
          data-testid="unsaved-before-load"
        >
          {describeUnsavedBeforeLoad(before)}
        </ActionAlert>
      )}
    </>
  );
}
