/** The visible, persistent report of a rejected import: source, coded issues, and that nothing was lost. */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatIssue } from '../../workflow/importWorkflow';
import { useEditor } from '../store';

const MAX_SHOWN = 6;

export function ImportFailureAlert() {
  const failure = useEditor((s) => s.importFailure);
  const dismiss = useEditor((s) => s.dismissImportFailure);
  if (!failure) return null;
  const shown = failure.issues.slice(0, MAX_SHOWN);
  const hidden = failure.issues.length - shown.length;
  return (
    <Box
      sx={{
        position: 'absolute',
        top: 12,
        left: '50%',
        transform: 'translateX(-50%)',
        zIndex: 10,
        width: 'min(720px, 92%)',
      }}
    >
      <Alert
        severity="error"
        onClose={dismiss}
        variant="filled"
        data-testid="import-error"
        sx={{ boxShadow: 6 }}
      >
        <AlertTitle>Could not open {failure.source}</AlertTitle>
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {shown.map((issue, index) => (
            <li key={index}>
              <Typography variant="body2" component="span" sx={{ wordBreak: 'break-word' }}>
                {formatIssue(issue)}
              </Typography>
            </li>
          ))}
        </Box>
        {hidden > 0 && <Typography variant="body2">…and {hidden} more.</Typography>}
        <Typography variant="body2" sx={{ mt: 0.5, fontWeight: 600 }}>
          Your current workflow was kept unchanged.
        </Typography>
      </Alert>
    </Box>
  );
}
