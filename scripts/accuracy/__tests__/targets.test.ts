import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCalibration } from '../scoreCalibration';

// The project's copy (data/calibration) always; ../shared/calibration as an extra check when present.
const CALIBRATION = join(__dirname, '..', '..', '..', 'data', 'calibration');
const present = existsSync(CALIBRATION);
if (!present) throw new Error(`targets.test: ${CALIBRATION} is missing from the repository.`);

describe('accuracy targets on data/calibration', () => {
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
