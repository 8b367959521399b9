/** Grade bands of the original feature (kept by ../shared/ESTIMATION.md): A ≥ 90, B 75–89, C 60–74, D 40–59, F < 40. */
export type Grade = 'A' | 'B' | 'C' | 'D' | 'F';

/** Letter grade of an integer score 0–100. */
export function gradeScore(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  if (score >= 40) return 'D';
  return 'F';
}
