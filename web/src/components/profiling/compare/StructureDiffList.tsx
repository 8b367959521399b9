/** The structural difference of two profiles: nodes added and removed, parameters changed, edges. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatParamChange } from '../../../compare/formatParamValue';
import type { EdgeKey, ProfileDiff } from '../../../compare/types';

const MAX_LISTED = 12;

function edgeText(edge: EdgeKey, title: (id: string) => string): string {
  return `${title(edge.source)} → ${title(edge.target)}${edge.kind === 'control' ? ' (control)' : ''}`;
}

function Section({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {label} ({items.length})
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {items.slice(0, MAX_LISTED).map((item, index) => (
          <Typography component="li" variant="body2" key={`${index}-${item}`}>
            {item}
          </Typography>
        ))}
        {items.length > MAX_LISTED && (
          <Typography component="li" variant="body2" color="text.secondary">
            … and {items.length - MAX_LISTED} more
          </Typography>
        )}
      </Box>
    </Box>
  );
}

export function StructureDiffList({ diff }: { diff: ProfileDiff }) {
  const byId = new Map(diff.nodes.map((row) => [row.id, row]));
  const title = (id: string) => byId.get(id)?.title ?? id;
  const { structure } = diff;
  const changed = diff.nodes
    .filter((row) => row.typeBefore !== undefined || (row.paramChanges?.length ?? 0) > 0)
    .map((row) =>
      [
        `${row.title}:`,
        row.typeBefore !== undefined ? `type ${row.typeBefore} → ${row.type}` : null,
        ...(row.paramChanges ?? []).map(formatParamChange),
      ]
        .filter(Boolean)
        .join(' '),
    );
  const none =
    structure.nodesAdded.length === 0 &&
    structure.nodesRemoved.length === 0 &&
    changed.length === 0 &&
    (structure.edgesAdded?.length ?? 0) === 0 &&
    (structure.edgesRemoved?.length ?? 0) === 0;
  return (
    <Box role="group" aria-label="Structural difference">
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
        Structure
      </Typography>
      {none && (
        <Typography variant="body2" color="text.secondary">
          Same nodes, parameters and connections on both sides.
        </Typography>
      )}
      <Section label="Nodes added" items={structure.nodesAdded.map(title)} />
      <Section label="Nodes removed" items={structure.nodesRemoved.map(title)} />
      <Section label="Parameters changed" items={changed} />
      <Section
        label="Connections added"
        items={(structure.edgesAdded ?? []).map((e) => edgeText(e, title))}
      />
      <Section
        label="Connections removed"
        items={(structure.edgesRemoved ?? []).map((e) => edgeText(e, title))}
      />
    </Box>
  );
}
