import posterSeries from '../../../examples/sd-list-pipeline.json';
import { profileWorkflow } from '../../../profiling';
import { describeGradeChange } from '../report/TrustSummary';

describe('describeGradeChange', () => {
  const fast = profileWorkflow(posterSeries, { hardware: 'rtx-4090', suggestions: false });
  const slow = profileWorkflow(posterSeries, { hardware: 'apple-m3', suggestions: false });

  it('says which verdict moved the grade when the hardware changed', () => {
    expect(fast.summary.grade).not.toBe(slow.summary.grade);
    const text = describeGradeChange(fast, slow);
    expect(text).toBe(
      `Grade ${fast.summary.grade} on ${fast.hardware.name} → ${slow.summary.grade} on ${slow.hardware.name}: fit to the device ${fast.summary.verdicts!.deviceFit.score} → ${slow.summary.verdicts!.deviceFit.score}, ` +
        (fast.summary.verdicts!.structure.score === slow.summary.verdicts!.structure.score
          ? `how it is built unchanged (${slow.summary.verdicts!.structure.score}).`
          : `how it is built ${fast.summary.verdicts!.structure.score} → ${slow.summary.verdicts!.structure.score}.`),
    );
  });

  it('says nothing for the same hardware, the same grade or no previous profile', () => {
    expect(describeGradeChange(null, slow)).toBeNull();
    expect(describeGradeChange(fast, fast)).toBeNull();
  });
});
