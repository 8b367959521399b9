/**
 * `--run <path>`: reads recordings, trace files and debug bundles into run records. A folder takes every
 * `.jsonl` in it (sorted by name); a debug-bundle folder (`server/messages.jsonl` and/or `server/trace.jsonl`,
 * as NodeTool's CLI writes under `nodetool-debug/<job_id>-*`) is read as one run.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  describeRunErrorPlace,
  importRunText,
  isRunParseError,
  parseDebugBundle,
  type RunParseError,
} from '../../../web/src/runs';
import type { CliRun } from './measuredOutput';

/** A run file that cannot be used: the message names the file (and line); exit code 2. */
export class RunFileError extends Error {}

/** Files over this size are refused (the ten real recordings are 3–40 kB; a long run is a few MB). */
export const MAX_RUN_FILE_BYTES = 64 * 1024 * 1024;

export function loadRunFiles(paths: readonly string[], cwd: string): CliRun[] {
  const runs: CliRun[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    const stat = statOf(path, given);
    if (stat.isDirectory()) {
      const bundle = join(path, 'server');
      if (existsSync(join(bundle, 'messages.jsonl')) || existsSync(join(bundle, 'trace.jsonl'))) {
        runs.push(readBundle(bundle, given));
        continue;
      }
      const files = readdirSync(path)
        .filter((name) => name.endsWith('.jsonl'))
        .sort();
      if (files.length === 0) throw new RunFileError(`--run ${given}: the folder holds no .jsonl recording.`);
      for (const name of files) runs.push(readRunFile(join(path, name), relative(cwd, join(path, name))));
    } else {
      runs.push(readRunFile(path, given));
    }
  }
  return runs;
}

function statOf(path: string, shown: string) {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RunFileError(
      code === 'ENOENT'
        ? `--run ${shown}: no such file or folder.`
        : `--run ${shown}: cannot read (${code}).`,
    );
  }
}

function readText(path: string, shown: string): string {
  const stat = statOf(path, shown);
  if (!stat.isFile()) throw new RunFileError(`--run ${shown}: not a regular file.`);
  if (stat.size > MAX_RUN_FILE_BYTES)
    throw new RunFileError(
      `--run ${shown}: ${(stat.size / 1e6).toFixed(0)} MB is over the ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB limit for a run file.`,
    );
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RunFileError(`--run ${shown}: cannot read (${(error as NodeJS.ErrnoException).code}).`);
  }
}

function readRunFile(path: string, shown: string): CliRun {
  const text = readText(path, shown);
  try {
    return { record: importRunText(text).record, origin: shown };
  } catch (error) {
    if (isRunParseError(error)) throw runFileError(error, shown);
    throw error;
  }
}

function readBundle(serverDir: string, shown: string): CliRun {
  const read = (name: string) => {
    const path = join(serverDir, name);
    return existsSync(path) ? readText(path, `${shown}/server/${name}`) : undefined;
  };
  try {
    const record = parseDebugBundle({
      messagesJsonl: read('messages.jsonl'),
      traceJsonl: read('trace.jsonl'),
    });
    return { record, origin: shown };
  } catch (error) {
    if (isRunParseError(error)) throw runFileError(error, shown);
    throw error;
  }
}

/** `--run file: line 3, column 17: not JSON (…) [run.not-json]` (the column for JSON syntax errors). */
function runFileError(error: RunParseError, shown: string): RunFileError {
  const where = describeRunErrorPlace(error.line, error.column);
  return new RunFileError(`--run ${shown}: ${where ? `${where}: ` : ''}${error.reason} [${error.code}]`);
}
