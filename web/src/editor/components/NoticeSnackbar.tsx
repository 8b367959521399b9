/** Short confirmations ("Opened … (10 nodes, 7 edges)") and non-blocking warnings. */
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useEditor } from '../store';

export function NoticeSnackbar() {
  const notice = useEditor((s) => s.notice);
  const dismiss = useEditor((s) => s.dismissNotice);
  // Keyed by the notice: MUI restarts the hide timer only when `open` or the duration changes, so without
  // the key a notice replacing another of the same severity vanished when the first one's time ran out.
  return (
    <Snackbar
      key={notice?.id}
      open={notice !== null}
      autoHideDuration={notice?.severity === 'warning' ? 10000 : 4000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') dismiss();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {notice ? (
        <Alert severity={notice.severity} onClose={dismiss} variant="filled" data-testid="editor-notice">
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
