/** Options of `npm run accuracy`. */
import { UsageError } from '../cli/parseArgs';

export interface AccuracyArgs {
  /** Print the calibration table as Markdown (docs/estimation.md). */
  markdown: boolean;
  /** List calibration rows that were not compared. */
  skipped: boolean;
  /** Also score ../shared/calibration when it holds rows data/calibration does not. */
  alsoShared: boolean;
  /** `--runs <path>` (repeatable): run files or folders of `.jsonl`. */
  runs: string[];
  /** `--hardware <id | spec.json | inline JSON>` for the measured-run estimates. */
  hardware?: string;
  /** `--runs-target <factor>`: exit 1 when the measured runs' median error factor is above it. */
  runsTarget?: number;
  /** Count nodes of unknown types in the measured-run figures. */
  includeUnknown: boolean;
  help: boolean;
}

export const ACCURACY_USAGE = `Usage: npm run accuracy -- [options]
  --markdown             calibration table as Markdown
  --skipped              list calibration rows that were not compared, with the reason
  --also-shared          also score ../shared/calibration when it has rows data/calibration lacks
  --runs <path>          measured runs: a recording, or a folder (every .jsonl); repeatable
  --hardware <id>        hardware the measured-run estimates assume (default: the profiler's default)
  --runs-target <x>      exit 1 when the measured runs' median error factor is above x (e.g. 2)
  --include-unknown      count nodes of types the estimator does not know in the measured-run figures
Environment: CALIBRATION_DIR=<folder> scores another calibration folder.`;

const FLAGS = new Set(['--markdown', '--skipped', '--also-shared', '--include-unknown', '--help', '-h']);
const VALUE_FLAGS = new Set(['--runs', '--hardware', '--runs-target']);

/**
 * Read the arguments (`--flag value` or `--flag=value`).
 * @throws UsageError for an unknown option, a missing value or a target that is not a number ≥ 1.
 */
export function parseAccuracyArgs(argv: readonly string[]): AccuracyArgs {
  const args: AccuracyArgs = {
    markdown: false,
    skipped: false,
    alsoShared: false,
    runs: [],
    includeUnknown: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name)) {
      setFlag(args, name);
      continue;
    }
    if (!VALUE_FLAGS.has(name))
      throw new UsageError(`Unknown option ${arg}. ${ACCURACY_USAGE.split('\n')[0]} (--help lists options).`);
    const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
    if (name === '--runs') args.runs.push(value);
    else if (name === '--hardware') args.hardware = value;
    else args.runsTarget = readTarget(value);
  }
  return args;
}

function setFlag(args: AccuracyArgs, name: string): void {
  if (name === '--markdown') args.markdown = true;
  else if (name === '--skipped') args.skipped = true;
  else if (name === '--also-shared') args.alsoShared = true;
  else if (name === '--include-unknown') args.includeUnknown = true;
  else args.help = true;
}

function readTarget(value: string): number {
  const target = Number(value.replace(/×$|x$/i, ''));
  if (!Number.isFinite(target) || target < 1)
    throw new UsageError(
      `--runs-target ${value}: give the largest median error factor to accept, a number ≥ 1 (e.g. 2).`,
    );
  return target;
}
