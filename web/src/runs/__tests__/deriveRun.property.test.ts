/**
 * Property tests over real recordings: damaging a recording (truncating, duplicating, reordering lines)
 * only ever gives a RunParseError or a record that keeps the invariants — finite numbers, no negative
 * duration, `completed` only with the server's completed job_update.
 */
import fc from 'fast-check';
import {
  deriveRunRecord,
  parseRecordingText,
  RunParseError,
  serializeRecording,
  type RecordingLine,
  type RunRecord,
} from '..';
import { MAX_EPOCH_MS } from '../parseRecording';
import { loadRecording } from './loadRecordings';

const NAMES = ['02-diamond', '04a-stream', '05-error', '06a-cancel', '09-cpu', '10-realnodes'];
const recordings = NAMES.map((name) =>
  loadRecording(name)
    .text.split('\n')
    .filter((l) => l.trim() !== ''),
);

function hasCompletedJobUpdate(lines: readonly string[]): boolean {
  return lines.some((line) => line.includes('"type":"job_update"') && line.includes('"status":"completed"'));
}

function checkInvariants(record: RunRecord, lines: readonly string[]): void {
  const finiteOrNull = (n: number | null) => n === null || Number.isFinite(n);
  expect(Number.isFinite(record.startedAt)).toBe(true);
  for (const value of [record.wallMs, record.lastMessageMs, record.serverDurationMs, record.serverStartMs]) {
    expect(finiteOrNull(value)).toBe(true);
  }
  if (record.wallMs !== null) expect(record.wallMs).toBeGreaterThanOrEqual(0);
  if (record.status === 'completed') expect(hasCompletedJobUpdate(lines)).toBe(true);
  for (const node of Object.values(record.nodes)) {
    expect(finiteOrNull(node.totalMs) && finiteOrNull(node.naiveMs)).toBe(true);
    if (node.totalMs !== null) expect(node.totalMs).toBeGreaterThanOrEqual(0);
    if (node.naiveMs !== null) expect(node.naiveMs).toBeGreaterThanOrEqual(0);
    for (const e of node.executions) {
      expect(Number.isFinite(e.startMs) && Number.isFinite(e.runningMs) && finiteOrNull(e.readyMs)).toBe(
        true,
      );
      if (e.endMs !== null) {
        expect(Number.isFinite(e.endMs)).toBe(true);
        expect(e.endMs - e.startMs).toBeGreaterThanOrEqual(0);
      } else {
        expect(e.status).toBe('unfinished');
      }
    }
  }
}

function deriveOrParseError(lines: readonly string[]): void {
  let record: RunRecord;
  try {
    record = deriveRunRecord(parseRecordingText(lines.join('\n')));
  } catch (error) {
    expect(error).toBeInstanceOf(RunParseError);
    return;
  }
  checkInvariants(record, lines);
}

const recordingIndex = fc.integer({ min: 0, max: recordings.length - 1 });

describe('derivation of damaged recordings', () => {
  it('truncating at any line', () => {
    fc.assert(
      fc.property(recordingIndex, fc.nat(), (r, cut) => {
        const lines = recordings[r]!;
        deriveOrParseError(lines.slice(0, cut % (lines.length + 1)));
      }),
      { numRuns: 150 },
    );
  });

  it('duplicating lines', () => {
    fc.assert(
      fc.property(recordingIndex, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (r, picks) => {
        const lines = [...recordings[r]!];
        for (const pick of picks) {
          const i = pick % lines.length;
          lines.splice(i + 1, 0, lines[i]!);
        }
        deriveOrParseError(lines);
      }),
      { numRuns: 150 },
    );
  });

  it('reordering lines', () => {
    fc.assert(
      fc.property(
        recordingIndex,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }),
        (r, swaps) => {
          const lines = [...recordings[r]!];
          for (const [a, b] of swaps) {
            const i = a % lines.length;
            const j = b % lines.length;
            [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          }
          deriveOrParseError(lines);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('dropping arbitrary lines (a lossy connection)', () => {
    fc.assert(
      fc.property(recordingIndex, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (r, keep) => {
        deriveOrParseError(recordings[r]!.filter((_, i) => keep[i % keep.length]));
      }),
      { numRuns: 150 },
    );
  });
});

describe('serializeRecording', () => {
  const line: fc.Arbitrary<RecordingLine> = fc.record(
    {
      // Any receive time a recording may hold: epoch ms from 1970 to MAX_EPOCH_MS, sub-ms decimals.
      recv_ms: fc.double({ min: 0, max: MAX_EPOCH_MS, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      msg: fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown),
      sent: fc.boolean(),
      frame: fc.constantFrom('text' as const, 'binary' as const),
    },
    { requiredKeys: ['recv_ms', 'msg'] },
  );

  it('parse(serialize(lines)) equals lines', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 20 }), (lines) => {
        const text = serializeRecording(lines);
        expect(text.endsWith('\n')).toBe(true);
        expect(text.split('\n')).toHaveLength(lines.length + 1);
        expect(parseRecordingText(text)).toEqual(lines);
      }),
    );
  });

  it('round-trips a real recording', () => {
    const lines = parseRecordingText(loadRecording('08a-msgpack-diamond').text);
    expect(parseRecordingText(serializeRecording(lines))).toEqual(lines);
  });
});
