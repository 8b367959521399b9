/**
 * The panel header's Export menu: the profile as JSON (re-readable by the CLI's diff and --baseline), the node
 * table as CSV, and a Chrome trace (Perfetto, chrome://tracing). Disabled, with the reason beside it for
 * screen readers and in a tooltip, when there is nothing to export yet.
 */
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useId, useState } from 'react';
import type { ExportKind } from '../../../exports';
import { visuallyHidden } from '../visuallyHidden';

export interface ExportMenuProps {
  /** Called with the format picked. */
  onExport: (kind: ExportKind) => void;
  /** Why nothing can be exported now; the menu is enabled when null. */
  disabledReason: string | null;
  /** How many measured runs the exports include (shown in the menu). */
  runCount: number;
}

const ITEMS: { kind: ExportKind; label: string; detail: (runs: number) => string }[] = [
  {
    kind: 'json',
    label: 'Profile (JSON)',
    detail: (runs) =>
      runs > 0 ? `with ${runs} measured run${runs === 1 ? '' : 's'}` : 'for the CLI’s diff and --baseline',
  },
  { kind: 'csv', label: 'Node table (CSV)', detail: () => 'one row per node' },
  {
    kind: 'trace',
    label: 'Chrome trace',
    detail: (runs) =>
      `estimated schedule${runs > 0 ? ` and ${runs} run${runs === 1 ? '' : 's'}` : ''} · Perfetto, chrome://tracing`,
  },
];

export function ExportMenu({ onExport, disabledReason, runCount }: ExportMenuProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const reasonId = useId();
  const disabled = disabledReason !== null;
  return (
    <>
      <Tooltip title={disabledReason ?? ''} describeChild>
        {/* A disabled button gets no pointer events: the span carries the tooltip. */}
        <span>
          <Button
            variant="text"
            size="small"
            // The editor's toolbar has an Export (of the workflow) too: the name says which.
            aria-label="Export profile"
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? true : undefined}
            aria-describedby={disabled ? reasonId : undefined}
            disabled={disabled}
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            Export
          </Button>
        </span>
      </Tooltip>
      {disabled && (
        <span id={reasonId} style={visuallyHidden}>
          {disabledReason}
        </span>
      )}
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {ITEMS.map(({ kind, label, detail }) => (
          <MenuItem
            key={kind}
            onClick={() => {
              setAnchor(null);
              onExport(kind);
            }}
          >
            <ListItemText primary={label} secondary={detail(runCount)} />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
