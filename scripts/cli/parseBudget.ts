/**
 * Budgets in the spirit of Lighthouse CI assertions: `score=80` is a minimum, `criticalPathMs=60000` a maximum.
 * With `--baseline`, a limit may be relative to a saved profile: `makespanMs=+10%` (may grow at most 10 %),
 * `peakVramMb=+500MB`, `score=-5` (may drop at most 5 points), `grade=-0` (no worse grade).
 */
import type { Profile } from '../../web/src/profiling';

type ProfileSummary = Profile['summary'];
import { UsageError } from './parseArgs';

type BudgetKey =
  'score' | 'grade' | 'criticalPathMs' | 'makespanMs' | 'totalRuntimeMs' | 'peakVramMb' | 'peakMemoryMb';

/**
 * One assertion. Absolute: the profile's value against `value`. Relative: against the baseline's value
 * changed by `value` (`percent`: by `value` %; `delta`: plus `value`, in the key's unit or grades).
 */
export interface Limit {
  kind: 'min' | 'max';
  key: BudgetKey;
  value: number;
  relative: 'percent' | 'delta' | null;
  /** The assertion as the user wrote it, for the report. */
  label: string;
}

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
      limits.push(readGrade(raw));
      continue;
    }
    if (key !== 'score' && !MAXIMA.has(key)) {
      throw new UsageError(
        `--budget: unknown key "${key}" (use score, grade, criticalPathMs, makespanMs, totalRuntimeMs, peakVramMb, peakMemoryMb).`,
      );
    }
    const kind = key === 'score' ? 'min' : 'max';
    const op = kind === 'min' ? '≥' : '≤';
    const relative = /^[+-]/.test(raw) || raw.endsWith('%');
    if (relative && raw.endsWith('%')) {
      const percent = readSigned(raw.slice(0, -1));
      if (percent === null || percent <= -100)
        throw new UsageError(
          `--budget: ${key} must be a percentage above -100, such as +10% (got "${raw}").`,
        );
      limits.push({
        kind,
        key,
        value: percent,
        relative: 'percent',
        label: `${key} ${op} baseline ${signed(percent)}%`,
      });
    } else if (relative) {
      const sign = raw.startsWith('-') ? -1 : 1;
      const value = sign * readValue(key, raw.replace(/^[+-]/, ''), raw);
      limits.push({ kind, key, value, relative: 'delta', label: `${key} ${op} baseline ${signed(value)}` });
    } else {
      const value = readValue(key, raw, raw);
      limits.push({ kind, key, value, relative: null, label: `${key} ${op} ${value}` });
    }
  }
  if (limits.length === 0) throw new UsageError('--budget is empty.');
  return limits;
}

/** True when a limit needs `--baseline`. */
export function hasRelativeLimits(limits: readonly Limit[]): boolean {
  return limits.some((limit) => limit.relative !== null);
}

function readGrade(raw: string): Limit {
  const steps = /^[+-]\d+$/.test(raw) ? Number(raw) : null;
  if (steps !== null)
    return {
      kind: 'min',
      key: 'grade',
      value: steps,
      relative: 'delta',
      label: `grade ≥ baseline ${signed(steps)} grade${Math.abs(steps) === 1 ? '' : 's'}`,
    };
  const grade = raw.toUpperCase();
  if (!GRADES.includes(grade))
    throw new UsageError(
      `--budget: grade must be one of A, B, C, D, F, or grades from the baseline such as -0 or -1 (got "${raw}").`,
    );
  return {
    kind: 'min',
    key: 'grade',
    value: GRADES.indexOf(grade),
    relative: null,
    label: `grade ≥ ${grade}`,
  };
}

function readSigned(text: string): number | null {
  const match = /^([+-]?)(\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * Number(match[2]);
}

function signed(x: number): string {
  return `${x < 0 || Object.is(x, -0) ? '−' : '+'}${Math.abs(x)}`;
}

function readValue(key: BudgetKey, raw: string, shown: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(raw);
  const unit = match?.[2]?.toLowerCase() ?? '';
  const units = key.endsWith('Ms') ? DURATION_UNITS : key.endsWith('Mb') ? SIZE_UNITS : {};
  // Own keys only: "constructor" or "toString" must not be found on the object prototype.
  const factor =
    unit === '' ? 1 : Object.prototype.hasOwnProperty.call(units, unit) ? units[unit] : undefined;
  if (!match || factor === undefined || !Number.isFinite(Number(match[1]) * factor))
    throw new UsageError(
      `--budget: ${key} must be a number${key === 'score' ? '' : ' (optionally with a unit)'} (got "${shown}").`,
    );
  return Number(match[1]) * factor;
}

/**
 * Check a profile against its budgets. A workflow with no score fails score and grade budgets; a relative
 * limit fails when the baseline has no value for it (no score), and needs `baseline` (else it fails too).
 */
export function checkBudget(
  summary: ProfileSummary,
  limits: readonly Limit[],
  baseline: ProfileSummary | null = null,
): BudgetResult {
  const lines: string[] = [];
  let passed = true;
  for (const limit of limits) {
    const actual = actualValue(summary, limit.key);
    const base = limit.relative === null ? null : baseline && actualValue(baseline, limit.key);
    const bound = limit.relative === null ? limit.value : boundFrom(base, limit);
    const ok =
      actual !== null && bound !== null && (limit.kind === 'min' ? actual >= bound : actual <= bound);
    if (!ok) passed = false;
    const shown = (s: ProfileSummary | null, value: number | null) =>
      limit.key === 'grade' ? (s?.grade ?? 'none') : value === null ? 'none' : round(value);
    const against =
      limit.relative === null
        ? ''
        : `; baseline ${shown(baseline, base)}, limit ${bound === null ? 'none' : limit.key === 'grade' ? (GRADES[Math.max(0, Math.min(4, bound))] ?? 'none') : round(bound)}`;
    lines.push(`${ok ? 'PASS' : 'FAIL'}  ${limit.label} (actual ${shown(summary, actual)}${against})`);
  }
  return { passed, lines };
}

function boundFrom(base: number | null, limit: Limit): number | null {
  if (base === null) return null;
  return limit.relative === 'percent' ? base * (1 + limit.value / 100) : base + limit.value;
}

function round(x: number): string {
  return String(Math.round(x));
}

function actualValue(s: ProfileSummary, key: BudgetKey): number | null {
  if (key === 'grade') return s.grade === null ? null : GRADES.indexOf(s.grade);
  if (key === 'score') return s.score;
  return s[key];
}
