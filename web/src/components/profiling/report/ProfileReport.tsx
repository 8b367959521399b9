/**
 * The Report state: grade and breakdown, summary figures, warnings, charts, bottlenecks, suggestions and
 * the node table, laid out to fit any panel width.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import Skeleton from '@mui/material/Skeleton';
import { memo, useDeferredValue } from 'react';
import type { Profile } from '../../../profiling/types';
import type { MeasuredView } from '../../../runs/measure/buildMeasuredView';
import { MeasuredSummary } from '../measured/MeasuredSummary';
import { MemoryChart } from '../charts/MemoryChart';
import { RuntimeChart } from '../charts/RuntimeChart';
import { TimelineChart } from '../charts/TimelineChart';
import { NodeTable } from '../table/NodeTable';
import { BottleneckList } from './BottleneckList';
import { GradeBadge } from './GradeBadge';
import { ScoreBreakdown } from './ScoreBreakdown';
import { SuggestionList } from './SuggestionList';
import { SummaryFigures } from './SummaryFigures';

/** The seed's meaning of each grade band. */
const GRADE_HEADLINE = {
  A: 'Well optimized',
  B: 'Good, with minor issues',
  C: 'Some optimization opportunities',
  D: 'Significant bottlenecks',
  F: 'Major performance issues',
} as const;

export interface ProfileReportProps {
  profile: Profile;
  onSelectNode?: (nodeId: string) => void;
  selectedNodeId?: string | null;
  animate?: boolean;
  /** Suggestions are still being computed. */
  suggestionsPending?: boolean;
  /** The selected measured runs beside the profile, or null. */
  measured?: MeasuredView | null;
}

const twoColumns = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))',
  gap: 3,
} as const;

function WarningsAlert({ profile }: { profile: Profile }) {
  const { warnings, cycles } = profile.summary;
  if (warnings.length === 0 && cycles.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }}>
      <AlertTitle>
        {warnings.length} warning{warnings.length === 1 ? '' : 's'}
        {cycles.length > 0 && `, ${cycles.length} cycle${cycles.length === 1 ? '' : 's'}`}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2, maxHeight: 160, overflow: 'auto' }}>
        {cycles.map((cycle, index) => (
          <Typography component="li" variant="body2" key={`cycle-${index}`}>
            Cycle through {cycle.join(' → ')}: analysed as one condensed step.
          </Typography>
        ))}
        {warnings.slice(0, 20).map((warning, index) => (
          <Typography component="li" variant="body2" key={`${warning.code}-${index}`}>
            <code>{warning.code}</code> {warning.message}
          </Typography>
        ))}
        {warnings.length > 20 && (
          <Typography component="li" variant="body2">
            … and {warnings.length - 20} more
          </Typography>
        )}
      </Box>
    </Alert>
  );
}

function DetailsPlaceholder() {
  return (
    <Box aria-hidden data-testid="report-details-placeholder">
      <Divider sx={{ my: 3 }} />
      <Box sx={twoColumns}>
        <Skeleton variant="rounded" height={260} />
        <Skeleton variant="rounded" height={260} />
      </Box>
      <Skeleton variant="rounded" height={220} sx={{ mt: 3 }} />
    </Box>
  );
}

/** Charts, bottlenecks, suggestions and the node table. */
const ReportDetails = memo(function ReportDetails({
  profile,
  onSelectNode,
  selectedNodeId,
  animate = true,
  suggestionsPending = false,
  measured = null,
}: ProfileReportProps) {
  return (
    <>
      <Divider sx={{ my: 3 }} />
      <Box sx={twoColumns}>
        <RuntimeChart profile={profile} onSelectNode={onSelectNode} animate={animate} />
        <MemoryChart profile={profile} onSelectNode={onSelectNode} animate={animate} />
      </Box>
      <Box sx={{ mt: 3 }}>
        <TimelineChart
          profile={profile}
          onSelectNode={onSelectNode}
          animate={animate}
          measuredRun={measured?.latest ?? null}
        />
      </Box>

      <Divider sx={{ my: 3 }} />
      <Box sx={twoColumns}>
        <BottleneckList profile={profile} onSelectNode={onSelectNode} />
        <SuggestionList profile={profile} onSelectNode={onSelectNode} pending={suggestionsPending} />
      </Box>

      <Divider sx={{ my: 3 }} />
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
        Nodes
      </Typography>
      <NodeTable
        profile={profile}
        onSelectNode={onSelectNode}
        selectedNodeId={selectedNodeId}
        measured={measured}
      />
    </>
  );
});

function ProfileReportImpl({
  profile,
  onSelectNode,
  selectedNodeId,
  animate = true,
  suggestionsPending = false,
  measured = null,
}: ProfileReportProps) {
  const { summary } = profile;
  // Charts and the table render in a deferred pass: the grade and figures paint first, then the rest.
  const details = useDeferredValue<Profile | null>(profile, null);
  return (
    <Box data-state="report">
      <Box sx={{ display: 'flex', gap: 3, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <GradeBadge score={summary.score} grade={summary.grade} reason={summary.scoreReason} />
        <Box sx={{ flex: '1 1 280px', minWidth: 0 }}>
          <Typography variant="h6" component="p">
            {summary.grade ? GRADE_HEADLINE[summary.grade] : 'Not scored'}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {summary.score === null
              ? (summary.scoreReason ?? 'This workflow has nothing to score.')
              : `Estimated for ${profile.hardware.name} from ${summary.nodeCount} nodes and ${summary.edgeCount} edges, before anything runs.`}
          </Typography>
          {summary.scoreBreakdown.length > 0 && (
            <ScoreBreakdown metrics={summary.scoreBreakdown} score={summary.score} />
          )}
        </Box>
      </Box>

      <Box sx={{ mt: 2 }}>
        <SummaryFigures profile={profile} />
        {measured && <MeasuredSummary measured={measured} />}
      </Box>
      <WarningsAlert profile={profile} />

      {details ? (
        <ReportDetails
          profile={details}
          onSelectNode={onSelectNode}
          selectedNodeId={selectedNodeId}
          animate={animate}
          suggestionsPending={suggestionsPending}
          measured={measured}
        />
      ) : (
        <DetailsPlaceholder />
      )}
    </Box>
  );
}

/** Memoised: a re-analysis starting (the header's progress bar) does not re-render charts and table. */
export const ProfileReport = memo(ProfileReportImpl);
