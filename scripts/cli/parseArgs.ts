/** Command-line arguments of `npm run profile`. */

export type OutputFormat = 'text' | 'json' | 'csv';

export interface CliArgs {
  file?: string;
  format: OutputFormat;
  hardware?: string;
  budget?: string;
  workers?: number;
  gpuLanes?: number;
  items?: number;
  assume?: string;
  suggestions: boolean;
  help: boolean;
  listHardware: boolean;
}

/** A usage mistake: reported on stderr with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const VALUE_FLAGS = new Set([
  '--format',
  '--hardware',
  '--budget',
  '--workers',
  '--gpu-lanes',
  '--items',
  '--assume',
]);

/** Parse argv (without node and script). Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { format: 'text', suggestions: true, help: false, listHardware: false };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (VALUE_FLAGS.has(arg) && value === undefined) {
      value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value.`);
    }
    switch (arg) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--list-hardware':
        args.listHardware = true;
        break;
      case '--no-suggestions':
        args.suggestions = false;
        break;
      case '--format':
        if (value !== 'text' && value !== 'json' && value !== 'csv') {
          throw new UsageError(`--format must be text, json or csv (got "${value}").`);
        }
        args.format = value;
        break;
      case '--hardware':
        args.hardware = value;
        break;
      case '--budget':
        args.budget = value;
        break;
      case '--assume':
        args.assume = value;
        break;
      case '--workers':
        args.workers = readInteger(arg, value!);
        break;
      case '--gpu-lanes':
        args.gpuLanes = readInteger(arg, value!);
        break;
      case '--items':
        args.items = readInteger(arg, value!);
        break;
      default:
        if (arg.startsWith('-') && arg !== '-')
          throw new UsageError(`Unknown option ${arg}. Run with --help for usage.`);
        if (args.file !== undefined)
          throw new UsageError(
            `Only one workflow file can be profiled at a time (got "${args.file}" and "${arg}").`,
          );
        args.file = arg;
    }
  }
  return args;
}

function readInteger(flag: string, value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n))
    throw new UsageError(`${flag} must be a whole number (got "${value}").`);
  return n;
}

/** `key=value,key=value` → numbers by key (used by --assume). */
export function parseNumberList(flag: string, text: string): Record<string, number> {
  const out: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag}: "${part}" is not key=value.`);
    const key = part.slice(0, eq).trim();
    const raw = part.slice(eq + 1).trim();
    const value = Number(raw);
    if (raw === '' || !Number.isFinite(value))
      throw new UsageError(`${flag}: "${key}" must be a number (got "${raw}").`);
    out[key] = value;
  }
  return out;
}

/** Usage text for --help. */
export const USAGE = `Usage: npm run profile -- <workflow.json> [options]

Profile a NodeTool workflow (or React Flow { nodes, edges }) before it runs: estimated runtime, memory,
critical path, schedule, grade and suggestions. Every number is an estimate.

Options:
  --format text|json|csv   text: readable report (default); json: the profile (schemaVersion 1);
                           csv: one row per node
  --hardware <h>           a preset id (see --list-hardware), a path to a JSON spec, or the spec inline:
                           '{"name":"My GPU","vendor":"nvidia","memoryBandwidthGBs":936,"fp16Tflops":71,"memoryGb":24}'
  --budget <list>          fail (exit 1) when the profile breaks a budget, e.g.
                           --budget score=80,criticalPathMs=60000,peakVramMb=8000
                           keys: score, grade (minimum: A–F); criticalPathMs, makespanMs, totalRuntimeMs,
                           peakVramMb, peakMemoryMb (maximum); durations take ms, or a unit: 90s, 2m
  --workers <n>            concurrent CPU/remote workers in the schedule (default 4)
  --gpu-lanes <n>          GPU steps that may run at once (default 1)
  --items <n>              items assumed for lists/streams of unknown size (default 4)
  --assume <list>          override assumptions by key, e.g. --assume audioSeconds=120
  --no-suggestions         skip the suggestion re-runs
  --list-hardware          print the hardware presets and exit
  -h, --help               this text

Exit codes: 0 ok, 1 a budget failed, 2 bad input or usage (the message on stderr names the problem).`;
