/**
 * Says, inside the panel, when the profiler's own settings (hardware, assumptions, schedule options, custom
 * rules) are not being saved because the browser refuses to store them. Comes from the profiler store
 * (`settingsSaveFailure`), so a host that embeds only the panel shows it too; it clears itself when a save
 * succeeds again.
 */
import { useStore } from 'zustand';
import { describeWriteRefusal, formatFailureTime } from '../../../persistence/classifyWriteError';
import type { SettingsSaveFailure } from '../../../stores/profile/persistence';
import { useProfileStoreApi } from '../../../stores/profile/PerformanceProfileStoreContext';
import { ActionAlert } from './ActionAlert';

/** What is not saved, why, and what it means for the user. */
export function describeSettingsSaveFailure(failure: SettingsSaveFailure): string {
  return `Since ${formatFailureTime(failure.since)} the profiler's settings could not be saved: ${describeWriteRefusal(failure, 'them')}. The hardware, assumptions and rules you change now apply in this tab only; after a reload the profiler uses the settings saved before.`;
}

export function SettingsSaveFailureAlert() {
  const store = useProfileStoreApi();
  const failure = useStore(store, (s) => s.settingsSaveFailure);
  const dismiss = useStore(store, (s) => s.dismissSettingsSaveFailure);
  if (!failure) return null;
  return (
    <ActionAlert
      severity="warning"
      title="Profiler settings are not being saved"
      actionLabel="Dismiss"
      onAction={dismiss}
      data-testid="settings-save-failure"
    >
      {describeSettingsSaveFailure(failure)}
    </ActionAlert>
  );
}
