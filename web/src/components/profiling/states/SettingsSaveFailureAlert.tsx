/**
 * Says, inside the panel, when the profiler's own settings (hardware, assumptions, schedule options, custom
 * rules) are not being saved because the browser refuses to store them. Comes from the profiler store
 * (`settingsSaveFailure`), so a host that embeds only the panel shows it too; it clears itself when a save
 * succeeds again.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useId } from 'react';
import { useStore } from 'zustand';
import type { SettingsSaveFailure } from '../../../stores/profile/persistence';
import { useProfileStoreApi } from '../../../stores/profile/PerformanceProfileStoreContext';

const clock = (ms: number) =>
  new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

/** What is not saved, why, and what it means for the user. */
export function describeSettingsSaveFailure(failure: SettingsSaveFailure): string {
  const why =
    failure.reason === 'quota'
      ? "this browser's storage for this site is full"
      : failure.reason === 'blocked'
        ? 'this browser does not let the page store data (private mode or blocked site data)'
        : `the browser refused to store them${failure.detail ? ` (${failure.detail})` : ''}`;
  return `Since ${clock(failure.since)} the profiler's settings could not be saved: ${why}. The hardware, assumptions and rules you change now apply in this tab only; after a reload the profiler uses the settings saved before.`;
}

export function SettingsSaveFailureAlert() {
  const store = useProfileStoreApi();
  const failure = useStore(store, (s) => s.settingsSaveFailure);
  const dismiss = useStore(store, (s) => s.dismissSettingsSaveFailure);
  const titleId = useId();
  if (!failure) return null;
  return (
    <Alert
      severity="warning"
      role="alert"
      aria-labelledby={titleId}
      data-testid="settings-save-failure"
      sx={{ borderRadius: 0 }}
      action={
        <Button color="inherit" size="small" onClick={dismiss}>
          Dismiss
        </Button>
      }
    >
      <AlertTitle id={titleId}>Profiler settings are not being saved</AlertTitle>
      {describeSettingsSaveFailure(failure)}
    </Alert>
  );
}
