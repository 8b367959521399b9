/**
 * Suggestions with the savings the engine estimated by re-running the analysis with each change applied.
 */
import { labelNode } from '../nodeLabel';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NEGLIGIBLE_SAVINGS_SHARE } from '../../../profiling';
import type { Profile, Suggestion } from '../../../profiling/types';
import { approximately, formatDuration, formatMegabytes } from '../format';

export interface SuggestionListProps {
  profile: Profile;
  onSelectNode?: (nodeId: string) => void;
  /** Suggestions are still being computed (the profile shown is the first pass). */
  pending?: boolean;
}

function SavingsChips({ suggestion }: { suggestion: Suggestion }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {suggestion.savingsMs > 0 && (
        <Chip
          size="small"
          color="success"
          variant="outlined"
          label={`saves ${approximately(formatDuration(suggestion.savingsMs))}`}
        />
      )}
      {suggestion.savingsVramMb > 0 && (
        <Chip
          size="small"
          color="info"
          variant="outlined"
          label={`${approximately(formatMegabytes(suggestion.savingsVramMb))} less VRAM`}
        />
      )}
      {suggestion.costMs !== undefined && suggestion.costMs > 0 && (
        <Chip
          size="small"
          color="warning"
          variant="outlined"
          label={`costs ${approximately(formatDuration(suggestion.costMs))} more`}
        />
      )}
      {suggestion.scoreGain > 0 && (
        <Chip size="small" color="primary" variant="outlined" label={`+${suggestion.scoreGain} score`} />
      )}
    </Box>
  );
}

export function SuggestionList({ profile, onSelectNode, pending = false }: SuggestionListProps) {
  const titleOf = new Map(profile.nodes.map((node) => [node.id, labelNode(node)]));
  return (
    <Box component="section" aria-labelledby="profiler-suggestions-heading">
      <Typography
        id="profiler-suggestions-heading"
        variant="subtitle1"
        component="h3"
        sx={{ fontWeight: 600 }}
      >
        Suggestions
      </Typography>
      {pending ? (
        <Box role="status" sx={{ py: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Estimating savings: re-running the analysis with each candidate change…
          </Typography>
          <LinearProgress aria-label="Computing suggestions" sx={{ mt: 1, maxWidth: 280 }} />
        </Box>
      ) : profile.suggestions.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          No change the profiler knows would make this workflow meaningfully faster or lighter.
        </Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1}
          sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}
          aria-label="Suggestions"
        >
          {profile.suggestions.map((suggestion) => (
            <Paper component="li" variant="outlined" key={suggestion.id} sx={{ p: 1.5 }}>
              <Typography variant="body1" component="p" sx={{ fontWeight: 600 }}>
                {suggestion.title}
              </Typography>
              <Typography variant="body2" color="text.secondary" component="p" sx={{ my: 0.5 }}>
                {suggestion.description}
              </Typography>
              <SavingsChips suggestion={suggestion} />
              {onSelectNode && suggestion.nodeIds.length > 0 && (
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 1 }}>
                  {suggestion.nodeIds.slice(0, 6).map((id) => (
                    <Button
                      key={id}
                      size="small"
                      variant="text"
                      onClick={() => onSelectNode(id)}
                      sx={{ textTransform: 'none' }}
                    >
                      {titleOf.get(id) ?? id}
                    </Button>
                  ))}
                  {suggestion.nodeIds.length > 6 && (
                    <Typography variant="caption" color="text.secondary" sx={{ alignSelf: 'center' }}>
                      +{suggestion.nodeIds.length - 6} more
                    </Typography>
                  )}
                </Box>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {!pending && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          Changes that would save less than {Math.round(NEGLIGIBLE_SAVINGS_SHARE * 100)} % of the wall time
          and of the usable device memory are not listed.
        </Typography>
      )}
    </Box>
  );
}
