/** The notice about the saved workflow when it was repaired or could not be opened on load (until dismissed). */
import { useEditor } from '../store';
import { StoredDataAlert } from './StoredDataAlert';

export function StorageReportAlert() {
  const report = useEditor((s) => s.storageReport);
  const dismiss = useEditor((s) => s.dismissStorageReport);
  return (
    <StoredDataAlert
      report={report}
      titles={{
        repaired: 'Your saved workflow was repaired',
        unreadable: 'Your saved workflow could not be opened',
      }}
      fallback="The default example is open instead."
      fileName="saved-workflow"
      onDismiss={dismiss}
      data-testid="storage-report"
    />
  );
}
