/** Command-line arguments of `npm run profile`. */

export type OutputFormat = 'text' | 'json' | 'csv' | 'trace';

export interface CliArgs {
  /** `diff`: compare two workflows or saved profiles (`files` holds both). */
  command: 'profile' | 'diff';
  file?: string;
  /** Every positional argument, in order (the two inputs of `diff`). */
  files: string[];
  /** `--output`: write the result to this file instead of stdout. */
  output?: string;
  /** `--baseline`: a saved profile (or workflow) that relative `--budget` limits compare with. */
  baseline?: string;
  format: OutputFormat;
  hardware?: string;
  budget?: string;
  workers?: number;
  gpuLanes?: number;
  items?: number;
  assume?: string;
  /** `--metrics`: custom metric definitions (the panel's export, JSON version 1). */
  metrics?: string;
  suggestions: boolean;
  /** `--run` paths (recordings, trace files or folders of `.jsonl`), in the order given. */
  runs: string[];
  /** `--server`: run the workflow live on this NodeTool server (ws:// or wss:// URL). */
  server?: string;
  /** `--record`: write the live run's recording (JSONL) here. */
  record?: string;
  /** `--timeout`: give up on a live run after this many seconds. */
  timeoutS?: number;
  /** `--json-frames`: speak JSON instead of msgpack to the server. */
  jsonFrames: boolean;
  /** `--calibration`: apply this exported calibration (JSON). */
  calibration?: string;
  /** `--learn`: build a calibration from the `--run`/`--server` runs and apply it. */
  learn: boolean;
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
  '--metrics',
  '--run',
  '--server',
  '--record',
  '--timeout',
  '--calibration',
  '--output',
  '--baseline',
]);

/** Parse argv (without node and script). Accepts `--flag value` and `--flag=value`. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    command: 'profile',
    files: [],
    format: 'text',
    suggestions: true,
    runs: [],
    jsonFrames: false,
    learn: false,
    help: false,
    listHardware: false,
  };
  // `diff` as the first word is the subcommand; a workflow file named diff is `./diff`.
  const start = argv[0] === 'diff' ? 1 : 0;
  if (start === 1) args.command = 'diff';
  for (let i = start; i < argv.length; i++) {
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
        if (value !== 'text' && value !== 'json' && value !== 'csv' && value !== 'trace') {
          throw new UsageError(`--format must be text, json, csv or trace (got "${value}").`);
        }
        args.format = value;
        break;
      case '--hardware':
        args.hardware = value;
        break;
      case '--budget':
        args.budget = value;
        break;
      case '--output':
        if (value!.trim() === '') throw new UsageError('--output needs a file name.');
        args.output = value;
        break;
      case '--baseline':
        args.baseline = value;
        break;
      case '--assume':
        args.assume = value;
        break;
      case '--metrics':
        args.metrics = value;
        break;
      case '--run':
        args.runs.push(value!);
        break;
      case '--server':
        args.server = readServerUrl(value!);
        break;
      case '--record':
        args.record = value;
        break;
      case '--timeout': {
        const seconds = Number(value);
        if (value!.trim() === '' || !Number.isFinite(seconds) || seconds <= 0)
          throw new UsageError(`--timeout must be a positive number of seconds (got "${value}").`);
        args.timeoutS = seconds;
        break;
      }
      case '--json-frames':
        args.jsonFrames = true;
        break;
      case '--calibration':
        args.calibration = value;
        break;
      case '--learn':
        args.learn = true;
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
        args.files.push(arg);
        if (args.command === 'diff') break;
        if (args.file !== undefined)
          throw new UsageError(
            `Only one workflow file can be profiled at a time (got "${args.file}" and "${arg}").`,
          );
        args.file = arg;
    }
  }
  return args;
}

function readServerUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError(`--server must be a WebSocket URL such as ws://127.0.0.1:7777/ws (got "${value}").`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    throw new UsageError(`--server must start with ws:// or wss:// (got "${value}").`);
  return url.href;
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
       npm run profile -- diff <before.json> <after.json> [--format text|json] [options]

Profile a NodeTool workflow (or React Flow { nodes, edges }) before it runs: estimated runtime, memory,
critical path, schedule, grade and suggestions. Every number is an estimate.

Options:
  --format <f>             text: readable report (default); json: the profile (schemaVersion 1), readable
                           again as a diff input or a --baseline; csv: one row per node; trace: Chrome
                           Trace Event Format (Perfetto, chrome://tracing), the estimated schedule and
                           the --run / --server runs
  --output <file>          write the result to this file instead of stdout
  --hardware <h>           a preset id (see --list-hardware), a path to a JSON spec, or the spec inline:
                           '{"name":"My GPU","vendor":"nvidia","memoryBandwidthGBs":936,"fp16Tflops":71,"memoryGb":24}'
  --budget <list>          fail (exit 1) when the profile breaks a budget, e.g.
                           --budget score=80,criticalPathMs=60000,peakVramMb=8000
                           keys: score, grade (minimum: A–F); criticalPathMs, makespanMs, totalRuntimeMs,
                           peakVramMb, peakMemoryMb (maximum); durations take ms, or a unit: 90s, 2m
  --baseline <file>        a saved profile (--format json output) or a workflow to budget against:
                           relative limits such as makespanMs=+10%, peakVramMb=+500MB, score=-5,
                           grade=-0 (no worse grade) compare with it
  --workers <n>            concurrent CPU/remote workers in the schedule (default 4)
  --gpu-lanes <n>          GPU steps that may run at once (default 1)
  --items <n>              items assumed for lists/streams of unknown size (default 4)
  --assume <list>          override assumptions by key, e.g. --assume audioSeconds=120 (the keys are the
                           ones the panel's Assumptions section lists)
  --metrics <file>         metric definitions for node types the profiler does not know (JSON exported
                           from the panel's "Define metrics", version 1)
  --no-suggestions         skip the suggestion re-runs

Measured runs (a NodeTool server's real timings beside the estimates):
  --run <path>             a recording of a run (JSONL as the live client writes it, a JSON array of the
                           same, a NodeTool trace file or debug-bundle messages.jsonl); a folder takes
                           every .jsonl in it; repeatable
  --server <ws url>        run the workflow live on a NodeTool server (e.g. ws://127.0.0.1:7777/ws;
                           start one with \`nodetool serve\`); Ctrl+C cancels the job
  --record <file>          write the live run's recording (JSONL) to this file
  --timeout <s>            give up on a live run after this many seconds (default 600)
  --json-frames            speak JSON to the server instead of msgpack (JSON drops messages with bytes)
  --learn                  learn from the runs given: measured nodes take their median time, other nodes of
                           a measured type are scaled by its factor (see docs/estimation.md); the runs are
                           taken to be from the --hardware profile
  --calibration <file>     apply a calibration exported from the panel (JSON, version 1)
  --list-hardware          print the hardware presets and exit
  -h, --help               this text

diff: compares two workflows or saved profiles (a workflow is profiled first, with the options given):
summary deltas and every node added, removed, changed or the same. --format json prints
{ summary, nodes: [{ id, change, runtimeMsDelta, vramMbDelta }] }. Exit 0 (2 for a bad file).

Exit codes: 0 ok, 1 a budget failed or a live run failed / was cancelled (the profile is still printed),
2 bad input or usage, an unreadable recording or an unreachable server (the message on stderr names it).`;
