/**
 * Where the CLI's result goes: stdout (made safe for a terminal) or, with `--output <file>`, the file, byte for
 * byte. Written synchronously in chunks, so a streamed million-node profile never sits in one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanTerminalText } from './cleanTerminalText';
import { InputError } from './inputError';

export interface Output {
  /** Appends text. */
  write: (text: string) => void;
  /** Finishes the output (closes the file). */
  close: () => void;
}

/**
 * An output on `stdout`, or on the file `path` (relative to `cwd`) when given. `forTerminal`: text and CSV
 * going to stdout are cleaned of escape sequences; JSON is not (it escapes control characters itself, and its
 * data must stay exact).
 * @throws InputError naming `--output <path>` when the file cannot be created.
 */
export function openOutput(
  path: string | undefined,
  cwd: string,
  stdout: (text: string) => void,
  log: (line: string) => void,
  forTerminal: boolean,
): Output {
  if (path === undefined && !forTerminal) return { write: stdout, close: () => undefined };
  if (path === undefined)
    // Names and titles come from the user's file: no escape sequence reaches the terminal. CRLF line ends
    // (CSV) are kept; any other carriage return is replaced.
    return {
      write: (text) =>
        stdout(
          text
            .split('\r\n')
            .map((part) => cleanTerminalText(part))
            .join('\r\n'),
        ),
      close: () => undefined,
    };
  let fd: number;
  try {
    fd = openSync(resolve(cwd, path), 'w');
  } catch (error) {
    throw new InputError(describeWriteError(path, (error as NodeJS.ErrnoException).code));
  }
  let bytes = 0;
  return {
    write: (text) => {
      const buffer = Buffer.from(text, 'utf8');
      try {
        for (let done = 0; done < buffer.length;) done += writeSync(fd, buffer, done);
      } catch (error) {
        closeSync(fd);
        throw new InputError(describeWriteError(path, (error as NodeJS.ErrnoException).code));
      }
      bytes += buffer.length;
    },
    close: () => {
      closeSync(fd);
      log(`profile: wrote ${path} (${bytes.toLocaleString('en-US')} bytes)`);
    },
  };
}

function describeWriteError(path: string, code: string | undefined): string {
  if (code === 'ENOENT') return `--output ${path}: the folder does not exist.`;
  if (code === 'EISDIR') return `--output ${path} is a directory; give a file name.`;
  if (code === 'EACCES' || code === 'EPERM') return `--output ${path} cannot be written (permission denied).`;
  if (code === 'ENOSPC') return `--output ${path}: the disk is full.`;
  return `--output ${path} cannot be written (${code ?? 'error'}).`;
}
