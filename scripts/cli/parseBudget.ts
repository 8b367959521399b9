/**
 * Budgets in the spirit of Lighthouse CI assertions: `score=80` is a minimum, `criticalPathMs=60000` a maximum.
 */
import type { Profile } from '../../web/src/profiling';
import { UsageError } from './parseArgs';

type Limit = { kind: 'min' | 'max'; key: BudgetKey; value: number; label: string };
type BudgetKey =
  'score' | 'grade' | 'criticalPathMs' | 'makespanMs' | 'totalRuntimeMs' | 'peakVramMb' | 'peakMemoryMb';

const MAXIMA = new Set<BudgetKey>([
  'criticalPathMs',
  'makespanMs',
  'totalRuntimeMs',
  'peakVramMb',
  'peakMemoryMb',
]);
const GRADES = ['F', 'D', 'C', 'B', 'A'];
const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };
const SIZE_UNITS: Record<string, number> = { mb: 1, gb: 1000 };

export interface BudgetResult {
  passed: boolean;
  lines: string[];
}

/** Parse `key=value,…`; throws UsageError naming a bad key or value. */
export function parseBudget(text: string): Limit[] {
  const limits: Limit[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`--budget: "${part}" is not key=value.`);
    const key = part.slice(0, eq).trim() as BudgetKey;
    const raw = part.slice(eq + 1).trim();
    if (key === 'grade') {
      const grade = raw.toUpperCase();
      if (!GRADES.includes(grade))
        throw new UsageError(`--budget: grade must be one of A, B, C, D, F (got "${raw}").`);
      limits.push({ kind: 'min', key, value: GRADES.indexOf(grade), label: `grade ≥ ${grade}` });
      continue;
    }
    if (key !== 'score' && !MAXIMA.has(key)) {
      throw new UsageError(
        `--budget: unknown key "${key}" (use score, grade, criticalPathMs, makespanMs, totalRuntimeMs, peakVramMb, peakMemoryMb).`,
      );
    }
    const value = readValue(key, raw);
    limits.push(
      key === 'score'
        ? { kind: 'min', key, value, label: `score ≥ ${value}` }
        : { kind: 'max', key, value, label: `${key} ≤ ${value}` },
    );
  }
  if (limits.length === 0) throw new UsageError('--budget is empty.');
  return limits;
}

function readValue(key: BudgetKey, raw: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw);
  const unit = match?.[2]?.toLowerCase() ?? '';
  const units = key.endsWith('Ms') ? DURATION_UNITS : key.endsWith('Mb') ? SIZE_UNITS : {};
  // Own keys only: "constructor" or "toString" must not be found on the object prototype.
  const factor =
    unit === '' ? 1 : Object.prototype.hasOwnProperty.call(units, unit) ? units[unit] : undefined;
  if (!match || factor === undefined || !Number.isFinite(Number(match[1]) * factor))
    throw new UsageError(
      `--budget: ${key} must be a number${key === 'score' ? '' : ' (optionally with a unit)'} (got "${raw}").`,
    );
  return Number(match[1]) * factor;
}

/** Check a profile against its budgets. A workflow with no score fails score and grade budgets. */
export function checkBudget(profile: Profile, limits: readonly Limit[]): BudgetResult {
  const lines: string[] = [];
  let passed = true;
  for (const limit of limits) {
    const actual = actualValue(profile, limit.key);
    const ok = actual !== null && (limit.kind === 'min' ? actual >= limit.value : actual <= limit.value);
    if (!ok) passed = false;
    const shown =
      limit.key === 'grade'
        ? (profile.summary.grade ?? 'none')
        : actual === null
          ? 'none'
          : String(Math.round(actual));
    lines.push(`${ok ? 'PASS' : 'FAIL'}  ${limit.label} (actual ${shown})`);
  }
  return { passed, lines };
}

function actualValue(profile: Profile, key: BudgetKey): number | null {
  const s = profile.summary;
  if (key === 'grade') return s.grade === null ? null : GRADES.indexOf(s.grade);
  if (key === 'score') return s.score;
  return s[key];
}
