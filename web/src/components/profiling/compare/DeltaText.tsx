/**
 * A change written with its sign ("+18.5 s", "−1.2 GB", "B → C"), coloured by whether it is good or bad news
 * (theme success / error; the sign says it too, for readers who do not see colour).
 */
import Typography, { type TypographyProps } from '@mui/material/Typography';
import type { DeltaTone } from '../../../compare/formatDelta';

const TONE_COLOR: Record<DeltaTone, string> = {
  better: 'success.main',
  worse: 'error.main',
  neutral: 'text.secondary',
};

const TONE_WORD: Record<DeltaTone, string> = { better: 'better', worse: 'worse', neutral: '' };

export interface DeltaTextProps {
  text: string;
  tone: DeltaTone;
  variant?: TypographyProps['variant'];
  /** Adds "(better)" / "(worse)" for screen readers. @default true */
  announceTone?: boolean;
}

export function DeltaText({ text, tone, variant = 'caption', announceTone = true }: DeltaTextProps) {
  const word = TONE_WORD[tone];
  return (
    <Typography
      component="span"
      variant={variant}
      sx={{ color: TONE_COLOR[tone], fontWeight: tone === 'neutral' ? 400 : 600, whiteSpace: 'nowrap' }}
      aria-label={announceTone && word ? `${text} (${word})` : undefined}
    >
      {text}
    </Typography>
  );
}
