/**
 * Reads a file the CLI was given (the workflow, a `--hardware` spec) with a size limit, so `/dev/zero`, a
 * named pipe or a huge file stops at the limit with a message instead of growing until the process aborts.
 * Messages name the argument the file came from and never quote its content.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parseJsonText } from '../../web/src/workflow/parseJsonText';
import { InputError } from './inputError';

/** Default limit on any file the CLI reads: far above real workflows (1,000 nodes ≈ 0.5 MB). */
export const DEFAULT_MAX_INPUT_MB = 256;
/** Highest `--max-input-mb`: V8 strings hold at most 2^29 − 24 UTF-16 units (about 536 million characters). */
export const MAX_INPUT_MB_CEILING = 500;

const BYTES_PER_MB = 1_000_000;
const READ_CHUNK = 1 << 20;

/** Where a file came from, for messages: e.g. `workflow file wf.json` or `--hardware file gpu.json`. */
export interface InputSource {
  /** The file as the user wrote it. */
  shown: string;
  /** What the argument is: `workflow file`, `--hardware file`, … */
  role: string;
}

/**
 * The file's text (UTF-8), read in chunks and stopped once it passes `maxMb` megabytes (10⁶ bytes).
 * @throws InputError naming `source` when the file is missing, a directory, unreadable or too large.
 */
export function readInputFile(path: string, source: InputSource, maxMb: number): string {
  const label = `${source.role} ${source.shown}`;
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(describeOpenError(label, (error as NodeJS.ErrnoException).code));
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new InputError(`${label} is a directory, not a file.`);
    const maxBytes = Math.floor(maxMb * BYTES_PER_MB);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const n = readChunk(fd, chunk, label);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) {
        throw new InputError(
          `${label} is larger than the input limit of ${maxMb} MB; raise it with --max-input-mb (at most ${MAX_INPUT_MB_CEILING}) if the file really is that large.`,
        );
      }
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The file parsed as JSON; a syntax error is reported by line and column, without quoting the file. */
export function readJsonFile(path: string, source: InputSource, maxMb: number): unknown {
  const parsed = parseJsonText(readInputFile(path, source, maxMb), `${source.role} ${source.shown}`);
  if (!parsed.ok) throw new InputError(parsed.issue.message);
  return parsed.value;
}

function readChunk(fd: number, chunk: Buffer, label: string): number {
  try {
    return readSync(fd, chunk, 0, chunk.length, null);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new InputError(`${label} is a directory, not a file.`);
    throw new InputError(`${label} cannot be read (${code ?? 'read error'}).`);
  }
}

function describeOpenError(label: string, code: string | undefined): string {
  if (code === 'ENOENT') return `${label}: no such file.`;
  if (code === 'EISDIR') return `${label} is a directory, not a file.`;
  if (code === 'EACCES' || code === 'EPERM') return `${label} cannot be read (permission denied).`;
  return `${label} cannot be opened (${code ?? 'error'}).`;
}
