/**
 * `--max-input-mb <n>`: the size limit on every file the CLI reads. Taken out of argv before the other
 * options are parsed, so the option parser stays as it is.
 */
import { UsageError } from './parseArgs';
import { DEFAULT_MAX_INPUT_MB, MAX_INPUT_MB_CEILING } from './readInputFile';

const FLAG = '--max-input-mb';

/** Help text for the option (appended to the usage). */
export const INPUT_LIMITS_USAGE = `Input limits:
  ${FLAG} <n>       the largest file read (the workflow, a --hardware file), in MB (10^6 bytes);
                           default ${DEFAULT_MAX_INPUT_MB}, at most ${MAX_INPUT_MB_CEILING}`;

/**
 * Split `--max-input-mb` (as `--max-input-mb 300` or `--max-input-mb=300`) from the other arguments.
 * @throws UsageError when the value is missing, not a number, not positive or above the ceiling.
 * @example takeInputLimit(['wf.json', '--max-input-mb', '300']) // { argv: ['wf.json'], maxInputMb: 300 }
 */
export function takeInputLimit(argv: readonly string[]): { argv: string[]; maxInputMb: number } {
  const rest: string[] = [];
  let maxInputMb = DEFAULT_MAX_INPUT_MB;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    let value: string | undefined;
    if (arg === FLAG) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${FLAG} needs a value.`);
    } else if (arg.startsWith(`${FLAG}=`)) value = arg.slice(FLAG.length + 1);
    else {
      rest.push(arg);
      continue;
    }
    const mb = Number(value);
    if (value.trim() === '' || !Number.isFinite(mb) || mb <= 0 || mb > MAX_INPUT_MB_CEILING) {
      throw new UsageError(
        `${FLAG} must be a number of megabytes above 0 and at most ${MAX_INPUT_MB_CEILING} (got "${value.slice(0, 40)}").`,
      );
    }
    maxInputMb = mb;
  }
  return { argv: rest, maxInputMb };
}
