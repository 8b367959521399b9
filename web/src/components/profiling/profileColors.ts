/**
 * Theme colours of the profiler: grade bands, runtime-share heat bands and the critical path.
 * Every colour comes from the MUI theme's palette, so light and dark mode both work.
 */
import { alpha, getContrastRatio, type Theme } from '@mui/material/styles';
import type { ProfileSummary } from '../../profiling/types';

export type Grade = NonNullable<ProfileSummary['grade']>;

/** Palette intent of each grade band (A ≥ 90, B 75–89, C 60–74, D 40–59, F < 40). */
export const GRADE_INTENT: Record<Grade, 'success' | 'info' | 'warning' | 'error'> = {
  A: 'success',
  B: 'info',
  C: 'warning',
  D: 'warning',
  F: 'error',
};

export interface ColorPair {
  background: string;
  foreground: string;
}

/**
 * Black or white, whichever contrasts more with `background`. (MUI's `getContrastText` takes white from a
 * contrast of 3:1, e.g. on the light warning orange, where the badge's 14 px score needs WCAG AA's 4.5:1.)
 */
function readableOn(theme: Theme, background: string): string {
  const { black, white } = theme.palette.common;
  return getContrastRatio(background, black) > getContrastRatio(background, white) ? black : white;
}

/** Background / foreground of a grade badge. D uses the darker warning shade to tell it from C. */
export function getGradeColors(theme: Theme, grade: Grade | null): ColorPair {
  if (grade === null) {
    return { background: theme.palette.action.disabledBackground, foreground: theme.palette.text.primary };
  }
  const palette = theme.palette[GRADE_INTENT[grade]];
  const background = grade === 'D' ? palette.dark : palette.main;
  return { background, foreground: readableOn(theme, background) };
}

/** Colour of a 0–1 metric score (the breakdown bars): Lighthouse's three bands. */
export function getScoreColor(theme: Theme, score: number): string {
  if (score >= 0.9) return theme.palette.success.main;
  if (score >= 0.5) return theme.palette.warning.main;
  return theme.palette.error.main;
}

/** Colour of the critical path in charts, the overlay and the table. */
export function getCriticalPathColor(theme: Theme): string {
  return theme.palette.secondary.main;
}

/** Colour of ordinary (non-critical) bars. */
export function getBarColor(theme: Theme): string {
  return theme.palette.primary.main;
}

/** RAM series of the memory chart: the light shade of the primary colour. */
export function getRamBarColor(theme: Theme): string {
  return theme.palette.primary.light;
}

/** VRAM series of the memory chart: the dark shade of the primary colour (same hue: both are memory). */
export function getVramBarColor(theme: Theme): string {
  return theme.palette.primary.dark;
}

/** Light tint used behind a coloured element. */
export function tint(color: string, opacity = 0.16): string {
  return alpha(color, opacity);
}
