/**
 * A button that opens the file picker. The file input sits beside the button, hidden (`hidden`: neither
 * shown nor focusable), and the button clicks it: a `<label>` styled as a button with the input inside would
 * nest a focusable control in an interactive one (axe-core `nested-interactive`). The input keeps its
 * accessible name, so tests can still upload to it by label. The input is cleared after each choice, so the
 * same file can be chosen again.
 */
import Button, { type ButtonProps } from '@mui/material/Button';
import { useRef, type ReactNode } from 'react';

export interface FileButtonProps {
  children: ReactNode;
  /** Accessible name of the file input (e.g. "Calibration file"). */
  inputLabel: string;
  accept?: string;
  onFile: (file: File | undefined) => void;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
  disabled?: boolean;
}

export function FileButton({
  children,
  inputLabel,
  accept = 'application/json,.json',
  onFile,
  variant = 'text',
  size = 'small',
  disabled,
}: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button variant={variant} size={size} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={accept}
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          onFile(file);
        }}
      />
    </>
  );
}
