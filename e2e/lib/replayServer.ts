/**
 * Starts the NodeTool replay server (scripts/replay/serve.ts) in its own process, so the browser driver's
 * work (screenshots, waits) never delays the replayed messages and skews the measured times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ReplayProcess {
  url: string;
  stop: () => Promise<void>;
}

export function startReplayProcess(rootDir: string, port: number, timeoutMs = 20000): Promise<ReplayProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(rootDir, 'node_modules/tsx/dist/cli.mjs'), 'scripts/replay/serve.ts', '--port', String(port)],
    { cwd: rootDir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the replay server did not start within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the replay server exited (${code}): ${output}`));
    });
  });
}
