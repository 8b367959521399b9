import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { buildTimeline } from './buildTimeline';
import { loadRecordings, type ReplayRecording } from './loadRecordings';
import { serveConnection } from './replayConnection';

export type { ReplayRecording } from './loadRecordings';

export interface ReplayServerOptions {
  /** A folder of `*.jsonl` recordings, or the recordings themselves. */
  recordings: string | ReplayRecording[];
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** 1 replays with the original timing, 4 four times as fast. @default 1 */
  speed?: number;
}

export interface ReplayServer {
  /** `ws://host:port/ws`, where NodeTool's WebSocket lives. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Starts a fake NodeTool server that answers `run_job` by replaying a recorded run (see docs/live-runs.md):
 * the matching recording's server messages at their original relative times (divided by `speed`), with a
 * fresh job id per run and the client's workflow id. `cancel_job` stops a job; `reconnect_job` reports it.
 * `system_stats` are not replayed.
 *
 * @example
 * const server = await startReplayServer({ recordings: 'web/src/runs/__fixtures__/nodetool-runs', speed: 4 });
 * // ... connect a client to server.url ...
 * await server.close();
 */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new Error(`replay: speed must be a positive number, got ${speed}`);
  const recordings =
    typeof options.recordings === 'string' ? loadRecordings(options.recordings) : options.recordings;
  const timelines = recordings.map(buildTimeline);
  const http = createServer((_request, response) => {
    response
      .writeHead(426, { 'content-type': 'text/plain' })
      .end('NodeTool replay server: connect a WebSocket to /ws\n');
  });
  const wss = new WebSocketServer({ server: http, path: '/ws' });
  const stops = new Set<() => void>();
  wss.on('connection', (socket) => {
    const stop = serveConnection(socket, timelines, speed);
    stops.add(stop);
    socket.on('close', () => stops.delete(stop));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `ws://${host.includes(':') ? `[${host}]` : host}:${port}/ws`,
    port,
    async close() {
      stops.forEach((stop) => stop());
      wss.clients.forEach((client) => client.terminate());
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
