import { compareDiffusion } from '../diffusion';
import type { Skipped } from '../llm';

const row = (over: Record<string, string>): Record<string, string> => ({
  model: 'SD2.1',
  device: 'Apple M2 Ultra (GPU cores not stated)',
  width: '512',
  height: '512',
  frames: '',
  steps: '50',
  batch: '1',
  cfg: 'yes (7.5)',
  framework: 'diffusers on PyTorch MPS',
  precision: 'fp16',
  metric: 'it_per_s',
  value: '6',
  vram_gb: '',
  notes: '',
  source: 'test',
  ...over,
});

describe('compareDiffusion (Apple rows)', () => {
  it('scores rows tagged holdout apart from the fitted rows', () => {
    const { speed, heldOut } = compareDiffusion([row({}), row({ notes: 'MLX; holdout' })], []);
    expect(speed).toHaveLength(1);
    expect(heldOut).toHaveLength(1);
  });

  it('turns UNet images per second into iterations per second of the batch', () => {
    const { speed } = compareDiffusion(
      [row({ metric: 'unet_images_per_s', value: '8', batch: '4' }), row({ value: '2', batch: '4' })],
      [],
    );
    expect(speed[0]?.observed).toBe(2);
    expect(speed[0]?.predicted).toBe(speed[1]?.predicted);
  });

  it('skips Neural Engine, GGUF and cold-start rows with a reason', () => {
    const skipped: Skipped[] = [];
    const { speed, heldOut } = compareDiffusion(
      [
        row({ framework: 'Core ML CPU_AND_NE, SPLIT_EINSUM attention' }),
        row({ framework: 'Core ML ALL, SPLIT_EINSUM attention' }),
        row({ framework: 'ComfyUI-GGUF UnetLoaderGGUF', notes: 'holdout' }),
        row({ metric: 's_per_image_cold_start', value: '20' }),
      ],
      skipped,
    );
    expect(speed.length + heldOut.length).toBe(0);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/Neural Engine/),
      expect.stringMatching(/Neural Engine/),
      expect.stringMatching(/GGUF/),
      expect.stringMatching(/model loading/),
    ]);
  });
});
