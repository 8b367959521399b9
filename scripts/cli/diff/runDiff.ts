/**
 * `npm run profile -- diff <before> <after>`: two workflows, two saved profiles, or one of each, compared with
 * the compare core (web/src/compare). Prints text or, with `--format json`, the diff as JSON. Exit 0.
 */
import { diffProfiles } from '../../../web/src/compare';
import type { ProfileOptions } from '../../../web/src/profiling';
import type { CliArgs } from '../parseArgs';
import { UsageError } from '../parseArgs';
import { openOutput } from '../openOutput';
import { readProfileInput, type ProfileInput } from '../readProfileInput';
import { writeJsonStream } from '../writeJsonStream';
import { formatDiffText } from './formatDiffText';

interface DiffIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Options that mean nothing for a diff: refused rather than silently ignored. */
const PROFILE_ONLY: [keyof CliArgs, string][] = [
  ['budget', '--budget'],
  ['baseline', '--baseline'],
  ['server', '--server'],
  ['record', '--record'],
  ['calibration', '--calibration'],
];

/** Runs the diff; returns the exit code (0). Bad files throw InputError / ProfileFileError (exit 2). */
export function runDiff(
  args: CliArgs,
  options: ProfileOptions,
  cwd: string,
  maxInputMb: number,
  io: DiffIo,
): number {
  if (args.files.length !== 2)
    throw new UsageError(
      `diff compares two files: npm run profile -- diff <before.json> <after.json> (got ${args.files.length}).`,
    );
  for (const [key, flag] of PROFILE_ONLY)
    if (args[key] !== undefined) throw new UsageError(`${flag} does not apply to diff.`);
  if (args.runs.length > 0 || args.learn) throw new UsageError('--run and --learn do not apply to diff.');
  if (args.format !== 'text' && args.format !== 'json')
    throw new UsageError(`diff prints text or json (got --format ${args.format}).`);
  const [beforeFile, afterFile] = args.files as [string, string];
  const before = readProfileInput(beforeFile, 'diff input', cwd, options, maxInputMb);
  const after = readProfileInput(afterFile, 'diff input', cwd, options, maxInputMb);
  const workflows =
    before.workflow !== null && after.workflow !== null
      ? { before: before.workflow, after: after.workflow }
      : undefined;
  const diff = diffProfiles(before.profile, after.profile, { workflows });
  const output = openOutput(
    args.output,
    cwd,
    io.stdout,
    (line) => io.stderr(`${line}\n`),
    args.format === 'text',
  );
  if (args.format === 'json') {
    writeJsonStream(
      { before: describeSide(beforeFile, before), after: describeSide(afterFile, after), ...diff },
      output.write,
    );
    output.write('\n');
  } else output.write(formatDiffText(diff, { file: beforeFile, ...before }, { file: afterFile, ...after }));
  output.close();
  return 0;
}

/** Which file a side came from and what it was profiled on. */
function describeSide(file: string, input: ProfileInput) {
  return {
    file,
    kind: input.saved ? 'saved profile' : 'workflow',
    name: input.profile.name ?? null,
    hardware: input.profile.hardware.name,
    generatedAt: input.profile.generatedAt,
  };
}
