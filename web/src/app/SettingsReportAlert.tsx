/** The notice about the profiler's saved settings when they were repaired or could not be read on load. */
import { useStore } from 'zustand';
import { StoredDataAlert } from '../editor/components/StoredDataAlert';
import { useProfileStoreApi } from '../stores/profile/PerformanceProfileStoreContext';

export function SettingsReportAlert() {
  const store = useProfileStoreApi();
  const report = useStore(store, (s) => s.settingsReport);
  const dismiss = useStore(store, (s) => s.dismissSettingsReport);
  return (
    <StoredDataAlert
      report={report}
      titles={{
        repaired: 'Your saved profiler settings were repaired',
        unreadable: 'Your saved profiler settings could not be read',
      }}
      fallback="The default settings are used instead."
      fileName="saved-profiler-settings"
      onDismiss={dismiss}
      data-testid="settings-report"
    />
  );
}
