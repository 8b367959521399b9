/**
 * Checks that `npm run profile -- … --format json` streams: profiles a generated chain of N nodes (default
 * 1,000,000) through the CLI and counts what it writes, without ever holding the output as one string.
 * Too slow and too large for the unit tests; run by hand when the output path changes.
 *
 * Usage: node --max-old-space-size=12000 --import tsx scripts/check-json-stream.ts [nodes]
 */
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli/runCli';

const count = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'json-stream-'));
const file = join(dir, 'chain.json');
writeChain(file, count);

let bytes = 0;
let chunks = 0;
let largestChunk = 0;
let nodeIds = 0;
let first = '';
let last = '';
const started = Date.now();
const code = await runCli([file, '--format', 'json', '--no-suggestions'], {
  stdout: (text) => {
    chunks++;
    bytes += Buffer.byteLength(text);
    largestChunk = Math.max(largestChunk, text.length);
    nodeIds += text.split('\n      "id": "n').length - 1;
    if (first === '') first = text.slice(0, 40);
    last = (last + text).slice(-40);
  },
  stderr: (text) => process.stderr.write(text),
});
rmSync(dir, { recursive: true, force: true });
console.log(
  JSON.stringify({
    nodes: count,
    exitCode: code,
    bytes,
    chunks,
    largestChunk,
    nodeIds,
    seconds: (Date.now() - started) / 1000,
  }),
);
const ok =
  code === 0 && nodeIds === count && first.startsWith('{\n  "schemaVersion": 1') && last.endsWith('\n}\n');
console.log(ok ? 'OK: streamed every node' : 'FAILED');
process.exitCode = ok ? 0 : 1;

/** A chain n0 → n1 → … of string-formatting nodes, written in pieces. */
function writeChain(path: string, n: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, '{"name":"chain","graph":{"nodes":[');
  let buffer = '';
  for (let i = 0; i < n; i++) {
    buffer += `${i ? ',' : ''}{"id":"n${i}","type":"nodetool.text.FormatText","data":{}}`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  buffer += '],"edges":[';
  for (let i = 1; i < n; i++) {
    buffer += `${i > 1 ? ',' : ''}{"id":"e${i}","source":"n${i - 1}","target":"n${i}"}`;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = '';
    }
  }
  writeSync(fd, `${buffer}]}}`);
  closeSync(fd);
}
