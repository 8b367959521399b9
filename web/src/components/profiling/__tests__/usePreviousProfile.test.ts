/** @jest-environment node */
import { profileWorkflow } from '../../../profiling';
import { track } from '../usePreviousProfile';

const workflow = {
  nodes: [
    { id: 'a', type: 'huggingface.text_to_image.StableDiffusionXL', position: { x: 0, y: 0 }, data: {} },
  ],
  edges: [],
};
const on = (hardware: string) => profileWorkflow(workflow, { hardware, suggestions: false });

describe('usePreviousProfile: which earlier profile explains a change of device', () => {
  it('remembers the profile of the device before a switch and keeps it across re-analyses', () => {
    const m3 = on('apple-m3-pro');
    const rtx = on('rtx-4090');
    let tracked = track({ workflowId: 'wf', current: null, previous: null }, 'wf', m3);
    expect(tracked.previous).toBeNull();
    expect(track(tracked, 'wf', m3)).toBe(tracked); // the same profile: nothing changes
    tracked = track(tracked, 'wf', rtx);
    expect(tracked.previous).toBe(m3);
    const rtxAgain = on('rtx-4090');
    tracked = track(tracked, 'wf', rtxAgain); // re-analysed on the same device
    expect(tracked.previous).toBe(m3);
    tracked = track(tracked, 'wf', on('apple-m3-pro')); // back: the change is explained against the RTX
    expect(tracked.previous).toBe(rtxAgain);
  });

  it('forgets everything for another workflow', () => {
    const tracked = track(
      { workflowId: 'wf', current: on('rtx-4090'), previous: on('apple-m3-pro') },
      'other',
      null,
    );
    expect(tracked).toEqual({ workflowId: 'other', current: null, previous: null });
  });
});
