import type { Skipped } from '../llm';
import { compareSpeech, isHoldout } from '../speech';

const row = (over: Record<string, string>): Record<string, string> => ({
  task: 'stt',
  model: 'whisper-large-v2',
  implementation: 'faster-whisper',
  device: 'NVIDIA RTX 3070 Ti 8GB',
  precision: 'fp16',
  beam: '5',
  batch: '1',
  audio_s: '780',
  metric: 'wall_s',
  value: '63',
  mem_mb: '',
  mem_kind: '',
  notes: '',
  source: 'test',
  ...over,
});

describe('compareSpeech', () => {
  it('scores held-out rows apart from the rows the constants were fitted on', () => {
    const { time, heldOut } = compareSpeech(
      [row({}), row({ notes: 'holdout; published as "1m03s"' }), row({ notes: 'fit (beam cost); x' })],
      [],
    );
    expect(time).toHaveLength(2);
    expect(heldOut).toHaveLength(1);
    expect(isHoldout(row({ notes: '  Holdout: x' }))).toBe(true);
    expect(isHoldout(row({ notes: 'not a holdout' }))).toBe(false);
  });

  it('skips rows whose batch is unpublished and fp32 GPU rows other than openai-whisper (which computes in fp16)', () => {
    const skipped: Skipped[] = [];
    const { time } = compareSpeech(
      [
        row({ batch: '' }),
        row({ precision: 'fp32', implementation: 'transformers' }),
        row({ precision: 'fp32', implementation: 'openai/whisper', value: '80' }),
      ],
      skipped,
    );
    expect(time.map((t) => t.label)).toEqual([expect.stringContaining('openai/whisper')]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'batch size not published',
      'fp32 on a GPU not modelled (fp16 inference only)',
    ]);
  });

  it('passes the published beam to the model (a wider beam predicts a longer time)', () => {
    const { time } = compareSpeech([row({ beam: '1' }), row({ beam: '10' })], []);
    expect(time[1]!.predicted).toBeGreaterThan(time[0]!.predicted);
  });
});
