import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCalibration } from '../scoreCalibration';

const CALIBRATION = join(__dirname, '..', '..', '..', '..', 'shared', 'calibration');
const present = existsSync(CALIBRATION);
if (!present) console.warn(`targets.test: ${CALIBRATION} not found — skipping the calibration targets test.`);

(present ? describe : describe.skip)('accuracy targets on ../shared/calibration', () => {
  const { summaries } = present ? scoreCalibration(CALIBRATION) : { summaries: [] };

  it.each(summaries.map((s) => [s.quantity, s] as const))('%s meets its target', (_name, s) => {
    expect(s.n).toBeGreaterThan(0);
    expect({ quantity: s.quantity, target: s.target, met: s.met }).toEqual({
      quantity: s.quantity,
      target: s.target,
      met: true,
    });
  });
});
