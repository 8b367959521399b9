/**
 * Says when the workflow is not being saved in this browser (its text is over the storage quota, or storage
 * is blocked), with a download so nothing is lost; and, on load, that the last session's changes since a
 * time were not saved. Both come from the editor store (`saveFailure`, `unsavedBeforeLoad`).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useId } from 'react';
import { downloadWorkflow } from '../exportWorkflow';
import { useEditor, useEditorStoreApi } from '../store';
import { describeStoredSize, type SaveFailure } from '../store/saveFailure';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** Why the browser refused, in a user's words. */
export function describeSaveReason(failure: SaveFailure): string {
  if (failure.reason === 'quota')
    return `this browser's storage for this site is full (the workflow's saved text is ${describeStoredSize(failure.chars)}; browsers keep about 5 MB per site)`;
  if (failure.reason === 'blocked')
    return 'this browser does not let the page store data (private mode or blocked site data)';
  return `the browser refused to store it${failure.detail ? ` (${failure.detail})` : ''}`;
}

/** The live problem: what is not saved, and what to do. */
export function describeSaveFailure(failure: SaveFailure): string {
  return `Saving stopped at ${clock(failure.since)}: ${describeSaveReason(failure)}. Your changes since then are only in this tab; reloading or closing it opens the last version that was saved. Download the workflow to keep it.`;
}

/** The problem found on load: what was not kept. */
export function describeUnsavedBeforeLoad(failure: SaveFailure): string {
  return `Saving stopped at ${clock(failure.since)} in your last session: ${describeSaveReason(failure)}. The changes made after that were not kept; what is open is the last version that was saved.`;
}

export function SaveFailureAlert() {
  const failure = useEditor((s) => s.saveFailure);
  const before = useEditor((s) => s.unsavedBeforeLoad);
  const dismiss = useEditor((s) => s.dismissUnsavedBeforeLoad);
  const store = useEditorStoreApi();
  const liveId = useId();
  const beforeId = useId();
  return (
    <>
      {failure && (
        <Alert
          severity="error"
          role="alert"
          aria-labelledby={liveId}
          data-testid="save-failure"
          sx={{ borderRadius: 0 }}
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => downloadWorkflow(store.getState().getWorkflow())}
            >
              Download workflow
            </Button>
          }
        >
          <AlertTitle id={liveId}>Your changes are not being saved</AlertTitle>
          {describeSaveFailure(failure)}
        </Alert>
      )}
      {before && (
        <Alert
          severity="warning"
          role="alert"
          aria-labelledby={beforeId}
          data-testid="unsaved-before-load"
          sx={{ borderRadius: 0 }}
          action={
            <Button color="inherit" size="small" onClick={dismiss}>
              Dismiss
            </Button>
          }
        >
          <AlertTitle id={beforeId}>Your last changes were not saved</AlertTitle>
          {describeUnsavedBeforeLoad(before)}
        </Alert>
      )}
    </>
  );
}
