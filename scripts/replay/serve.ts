/**
 * A NodeTool replay server for manual and browser tests:
 *   npx tsx scripts/replay/serve.ts [--dir path] [--port 7777] [--speed 1] [--host 127.0.0.1]
 * Prints the WebSocket URL; Ctrl-C stops it.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startReplayServer } from './replayServer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function defaultDir(): string {
  const fixtures = resolve(root, 'web/src/runs/__fixtures__/nodetool-runs');
  return existsSync(fixtures) ? fixtures : resolve(root, '../shared/nodetool-runs');
}

function readNumber(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0)
    throw new Error(`--${name} must be a non-negative number, got "${value}"`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string', default: '7777' },
      speed: { type: 'string', default: '1' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const dir = values.dir ?? defaultDir();
  const server = await startReplayServer({
    recordings: dir,
    host: values.host,
    port: readNumber(values.port, 'port'),
    speed: readNumber(values.speed, 'speed'),
  });
  console.log(`NodeTool replay server on ${server.url} (recordings: ${dir}, speed ${values.speed})`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
