/**
 * Everything the profile knows about one node: its figures, the estimator's full breakdown (LLM load,
 * prefill, decode, speeds, weights, KV cache; diffusion steps and time per step; speech length and real-time
 * factor; items), the source and assumptions, measured runs when there are some, its warnings and the
 * suggestions that concern it. Shown below the node's row in the node table.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { NodeProfile, Profile } from '../../../profiling/types';
import type { NodeActual, TrustFlag } from '../../../runs/types';
import { formatDuration, formatMegabytes } from '../format';
import { describeActual } from '../measured/describeMeasurement';
import { labelNode } from '../nodeLabel';
import { DETAIL_GROUPS, otherDetails } from './detailFields';

export interface NodeDetailsProps {
  node: NodeProfile;
  profile: Profile;
  /** The node's measured time over the selected runs, or null / undefined without runs. */
  actual?: NodeActual | null;
  actualFlags?: readonly TrustFlag[];
  /** Whether runs are selected at all (to say "not measured" rather than nothing). */
  hasRuns?: boolean;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box role="group" aria-label={title} sx={{ minWidth: 0 }}>
      <Typography variant="subtitle2" component="h4" sx={{ fontWeight: 600, mb: 0.5 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

function Pairs({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, rowGap: 0.25 }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

export function NodeDetails({ node, profile, actual, actualFlags = [], hasRuns = false }: NodeDetailsProps) {
  const details = node.details as Record<string, unknown>;
  const groups = DETAIL_GROUPS.map((group) => ({
    title: group.title,
    rows: group.fields
      .filter((f) => typeof details[f.key] === 'number' && Number.isFinite(details[f.key]))
      .map((f): [string, ReactNode] => [f.label, `≈ ${f.format(details[f.key] as number)}`]),
  })).filter((group) => group.rows.length > 0);
  const other = otherDetails(details);
  const suggestions = profile.suggestions.filter((s) => s.nodeIds.includes(node.id));
  const warnings = profile.summary.warnings.filter(
    (w) => w.nodeId === node.id || w.nodeIds?.includes(node.id),
  );
  const title = labelNode(node);
  return (
    <Box
      role="group"
      aria-label={`Details of ${title}`}
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 240px), 1fr))',
        py: 1,
      }}
    >
      <Section title="Estimate">
        <Pairs
          rows={[
            ['Runtime', `≈ ${formatDuration(node.runtimeMs)}${details.itemCount ? ' (all items)' : ''}`],
            ['RAM', `≈ ${formatMegabytes(node.memoryMb)}`],
            ['VRAM', `≈ ${formatMegabytes(node.vramMb)}`],
            ['Device', node.device],
            ['Category', node.category],
            ['Starts at', `≈ ${formatDuration(node.earliestStartMs)}`],
            ['Slack', `≈ ${formatDuration(node.slackMs)}${node.onCriticalPath ? ' (critical path)' : ''}`],
            [
              'Confidence',
              `${node.confidence}${node.known ? '' : ' (no metric definition: category default)'}`,
            ],
            ...(typeof details.model === 'string' ? [['Model', details.model] as [string, ReactNode]] : []),
          ]}
        />
        <Typography variant="body2" sx={{ mt: 1 }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            Source:{' '}
          </Box>
          {node.details.source}
        </Typography>
      </Section>
      {groups.map((group) => (
        <Section key={group.title} title={group.title}>
          <Pairs rows={group.rows} />
        </Section>
      ))}
      {other.length > 0 && (
        <Section title="Other details">
          <Pairs rows={other} />
        </Section>
      )}
      <Section title="Assumptions">
        {node.details.assumptions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            None: every input was read from the node&apos;s parameters.
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {node.details.assumptions.map((a) => (
              <Typography component="li" variant="body2" key={a.key}>
                {a.label}: {typeof a.value === 'number' ? a.value.toLocaleString('en-US') : a.value}
                {a.unit ? ` ${a.unit}` : ''}{' '}
                {a.editable && (
                  <Chip
                    size="small"
                    variant="outlined"
                    label="editable in Assumptions"
                    sx={{ height: 18, fontSize: 11 }}
                  />
                )}
              </Typography>
            ))}
          </Box>
        )}
      </Section>
      <Section title="Measured">
        <Typography variant="body2" color={actual ? 'text.primary' : 'text.secondary'}>
          {actual
            ? describeActual(actual, actualFlags)
            : hasRuns
              ? 'Not measured in the selected runs.'
              : 'No measured runs yet: run the workflow or import a recording.'}
        </Typography>
      </Section>
      <Section title="Suggestions for this node">
        {suggestions.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            None.
          </Typography>
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {suggestions.map((s) => (
              <Typography component="li" variant="body2" key={s.id}>
                {s.title}
                {s.savingsMs > 0 ? ` — saves ≈ ${formatDuration(s.savingsMs)}` : ''}
                {s.savingsVramMb > 0 ? ` — ≈ ${formatMegabytes(s.savingsVramMb)} less memory` : ''}
              </Typography>
            ))}
          </Box>
        )}
      </Section>
      {warnings.length > 0 && (
        <Section title="Warnings">
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {warnings.map((w, i) => (
              <Typography component="li" variant="body2" key={`${w.code}-${i}`}>
                <code>{w.code}</code> {w.message}
              </Typography>
            ))}
          </Box>
        </Section>
      )}
    </Box>
  );
}
