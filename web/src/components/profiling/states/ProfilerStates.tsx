/**
 * The panel's non-report states: Empty (nothing to profile yet), Analyzing (progress), Error (what is wrong
 * and where, from the engine's coded error).
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { describeErrorLocation, type ProfilerErrorInfo } from '../../../stores/profile/errorInfo';
import { pluralize } from '../../../text/pluralize';

export function EmptyState({
  reason,
  onAnalyze,
  canAnalyze,
}: {
  reason: string;
  onAnalyze?: () => void;
  canAnalyze: boolean;
}) {
  return (
    <Box data-state="empty" sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <Typography variant="h6" component="p" gutterBottom>
        Nothing to profile yet
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 440, mx: 'auto' }}>
        {reason}
      </Typography>
      {onAnalyze && canAnalyze && (
        <Button variant="contained" onClick={onAnalyze} sx={{ mt: 2 }}>
          Analyze workflow
        </Button>
      )}
    </Box>
  );
}

export function AnalyzingState({ nodeCount }: { nodeCount: number }) {
  return (
    <Box data-state="analyzing" role="status" aria-live="polite" sx={{ py: 6, px: 2, textAlign: 'center' }}>
      <Typography variant="h6" component="p" gutterBottom>
        Analyzing {pluralize(nodeCount, 'node')}…
      </Typography>
      <LinearProgress aria-label="Analyzing workflow" sx={{ maxWidth: 360, mx: 'auto', mt: 2 }} />
    </Box>
  );
}

export interface ErrorStateProps {
  error: ProfilerErrorInfo;
  onRetry?: () => void;
  onSelectNode?: (nodeId: string) => void;
}

export function ErrorState({ error, onRetry, onSelectNode }: ErrorStateProps) {
  const location = describeErrorLocation(error);
  const others = error.issues.slice(1);
  return (
    <Box data-state="error" sx={{ py: 2 }}>
      <Alert
        severity="error"
        role="alert"
        action={
          onRetry && (
            <Button color="inherit" size="small" onClick={onRetry}>
              Retry
            </Button>
          )
        }
      >
        <AlertTitle>Could not analyze this workflow</AlertTitle>
        <Typography variant="body2" component="p">
          {error.message}
        </Typography>
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          Error code <code>{error.code}</code>
          {location && <> · at {location}</>}
        </Typography>
        {error.nodeId !== undefined && onSelectNode && (
          <Button
            size="small"
            color="inherit"
            variant="outlined"
            sx={{ mt: 1 }}
            onClick={() => onSelectNode(error.nodeId as string)}
          >
            Show node {error.nodeId}
          </Button>
        )}
        {others.length > 0 && (
          <Box component="ul" sx={{ mt: 1, mb: 0, pl: 2 }} aria-label="Other problems">
            {others.slice(0, 10).map((issue, index) => (
              <Typography component="li" variant="body2" key={`${issue.code}-${index}`}>
                <code>{issue.code}</code>: {issue.message}
              </Typography>
            ))}
            {others.length > 10 && (
              <Typography component="li" variant="body2">
                … and {others.length - 10} more
              </Typography>
            )}
          </Box>
        )}
      </Alert>
    </Box>
  );
}
