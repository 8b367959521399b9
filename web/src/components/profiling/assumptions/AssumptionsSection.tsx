/**
 * "Assumptions": every value the profile assumed (schedule options, items per list, audio length, tokens,
 * disk speed, …), with where it applies. Editable ones take a new value for this workflow; it is kept
 * (persisted) and the workflow is re-analysed. The CLI takes the same keys: `--workers`, `--gpu-lanes`,
 * `--items`, `--assume key=value`.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { listAssumptions, type Profile } from '../../../profiling';
import type { WorkflowSettings } from '../../../stores/PerformanceProfileStore';
import { labelNode } from '../nodeLabel';
import { AssumptionRow } from './AssumptionRow';
import { describeCliFlags } from './describeCliFlags';

export interface AssumptionsSectionProps {
  profile: Profile;
  settings: WorkflowSettings | undefined;
  onChange: (key: string, value: number | undefined) => void;
  onReset: () => void;
  onSelectNode?: (nodeId: string) => void;
  /** Start expanded. @default false */
  defaultOpen?: boolean;
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

export function AssumptionsSection({
  profile,
  settings,
  onChange,
  onReset,
  onSelectNode,
  defaultOpen = false,
}: AssumptionsSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const regionId = useId();
  const entries = useMemo(() => listAssumptions(profile, settings ?? {}), [profile, settings]);
  // Titles only for the rows shown (the list is collapsed by default; a 10,000-node report has many nodes).
  const titles = useMemo(
    () => (open ? new Map(profile.nodes.map((n) => [n.id, labelNode(n)])) : NO_TITLES),
    [profile, open],
  );
  const changed = entries.filter((e) => e.override !== undefined).length;
  const editable = entries.filter((e) => e.editable).length;
  const flags = describeCliFlags(settings);
  return (
    <Box role="group" aria-labelledby={`${regionId}-heading`} sx={{ mt: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id={`${regionId}-heading`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          Assumptions
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {entries.length} used, {editable} editable
          {changed > 0 ? `, ${changed} changed for this workflow` : ''}
        </Typography>
        <Button size="small" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={regionId}>
          {open ? 'Hide assumptions' : 'Show assumptions'}
        </Button>
        {changed > 0 && (
          <Button size="small" color="warning" onClick={onReset}>
            Reset all
          </Button>
        )}
      </Box>
      <Collapse in={open} id={regionId} unmountOnExit>
        <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
          Values the estimate had to assume because the workflow does not say. A new value is kept for this
          workflow and applies to every node listed; clear a field to go back to the default.
          {flags ? (
            <>
              {' '}
              Same profile from the command line: <code>{flags}</code>
            </>
          ) : null}
        </Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label="Assumptions">
            <TableHead>
              <TableRow>
                <TableCell>Assumption</TableCell>
                <TableCell>Value</TableCell>
                <TableCell>Applies to</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {entries.map((entry) => (
                <AssumptionRow
                  key={`${entry.key}:${entry.override ?? ''}:${entry.values.join('|')}`}
                  entry={entry}
                  titles={titles}
                  onChange={onChange}
                  onSelectNode={onSelectNode}
                />
              ))}
            </TableBody>
          </Table>
        </Box>
      </Collapse>
    </Box>
  );
}
