import { profileWorkflow } from '../../profile/profileWorkflow';
import { TEST_GPU, workflow } from '../../profile/__tests__/fixedTable';

const IMG2IMG = 'huggingface.image_to_image.StableDiffusionImg2Img';

/** A 2048² image constant feeding an img2img node that takes its size from the input image. */
function img2img(steps: number) {
  return workflow(
    [
      ['image', 'nodetool.constant.Image', { value: { type: 'image', uri: '', width: 2048, height: 2048 } }],
      ['sd', IMG2IMG, { num_inference_steps: steps, strength: 1 }],
    ],
    [['image', 'sd']],
  );
}

describe('re-estimation sees the upstream media of the original estimate', () => {
  it('reports fewer-steps savings equal to the difference of two full analyses', () => {
    const before = profileWorkflow(img2img(50), { hardware: TEST_GPU });
    const after = profileWorkflow(img2img(25), { hardware: TEST_GPU, suggestions: false });
    const sd = before.nodes.find((n) => n.id === 'sd')!;
    // The estimate took its size from the image, not the model's native 512².
    expect(JSON.stringify(sd.details)).toContain('from the upstream input');
    const steps = before.suggestions.find((s) => s.kind === 'fewer-steps');
    expect(steps).toBeDefined();
    const expected = Math.round((before.summary.makespanMs - after.summary.makespanMs) * 10) / 10;
    expect(expected).toBeGreaterThan(0);
    expect(steps!.savingsMs).toBe(expected);
  });
});
