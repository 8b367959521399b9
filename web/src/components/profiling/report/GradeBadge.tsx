/**
 * The grade and score badge. Its accessible name reads "Grade B, score 82 of 100"; its colour comes from
 * the theme by grade band.
 */
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import type { ProfileSummary } from '../../../profiling/types';
import { getGradeColors } from '../profileColors';

export interface GradeBadgeProps {
  score: ProfileSummary['score'];
  grade: ProfileSummary['grade'];
  /** Why there is no score (shown when score is null). */
  reason?: string;
}

/** The accessible name of a badge. */
export function describeGrade(score: number | null, grade: ProfileSummary['grade'], reason?: string): string {
  if (score === null || grade === null) return `No grade${reason ? `: ${reason}` : ''}`;
  return `Grade ${grade}, score ${score} of 100`;
}

export function GradeBadge({ score, grade, reason }: GradeBadgeProps) {
  const theme = useTheme();
  const colors = getGradeColors(theme, grade);
  return (
    <Box
      role="img"
      aria-label={describeGrade(score, grade, reason)}
      sx={{
        width: 96,
        height: 96,
        flex: '0 0 auto',
        m: 1,
        borderRadius: '50%',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        bgcolor: colors.background,
        color: colors.foreground,
        boxShadow: `0 0 0 6px ${theme.palette.background.paper}, 0 0 0 8px ${colors.background}`,
      }}
    >
      <Box component="span" aria-hidden sx={{ fontSize: 40, fontWeight: 700, lineHeight: 1 }}>
        {grade ?? '–'}
      </Box>
      <Box component="span" aria-hidden sx={{ fontSize: 14, fontWeight: 600 }}>
        {score === null ? 'no score' : `${score} / 100`}
      </Box>
    </Box>
  );
}
