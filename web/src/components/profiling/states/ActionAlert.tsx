/**
 * A notice that must be read (`role="alert"`, named by its title) with one action beside it: Dismiss, or
 * what keeps the user's data (Download workflow). Presentational; the editor's and the panel's save notices
 * use it.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useId, type ReactNode } from 'react';

export interface ActionAlertProps {
  severity: 'error' | 'warning';
  title: string;
  actionLabel: string;
  onAction: () => void;
  'data-testid'?: string;
  children: ReactNode;
}

export function ActionAlert({
  severity,
  title,
  actionLabel,
  onAction,
  'data-testid': testId,
  children,
}: ActionAlertProps) {
  const titleId = useId();
  return (
    <Alert
      severity={severity}
      role="alert"
      aria-labelledby={titleId}
      data-testid={testId}
      sx={{ borderRadius: 0 }}
      action={
        <Button color="inherit" size="small" onClick={onAction}>
          {actionLabel}
        </Button>
      }
    >
      <AlertTitle id={titleId}>{title}</AlertTitle>
      {children}
    </Alert>
  );
}
