import { readFileSync } from 'node:fs';
import { DEFAULT_HARDWARE_ID, HARDWARE_PRESETS, describeDeviceClass, resolveHardware } from '..';
import type { HardwareSpec } from '../../types';
import { itWithSharedData, sharedDataPath } from '../../../test/sharedData';

const custom: HardwareSpec = {
  name: 'My box',
  vendor: 'nvidia',
  memoryBandwidthGBs: 500,
  fp16Tflops: 50,
  memoryGb: 16,
};

describe('resolveHardware', () => {
  it('defaults to the documented preset', () => {
    expect(resolveHardware()).toMatchObject({ id: DEFAULT_HARDWARE_ID, name: 'NVIDIA RTX 4090 24GB' });
  });

  it('finds presets by id, case-insensitively', () => {
    expect(resolveHardware('APPLE-M2-MAX').memoryBandwidthGBs).toBe(400);
  });

  it('lists the valid ids for an unknown preset', () => {
    expect(() => resolveHardware('gtx-1080')).toThrow(
      expect.objectContaining({ code: 'hardware.unknown-preset' }),
    );
    expect(() => resolveHardware('gtx-1080')).toThrow(/rtx-4090.*apple-m1|apple-m1.*rtx-4090/);
  });

  it('accepts a valid custom spec', () => {
    expect(resolveHardware(custom)).toEqual(custom);
    expect(resolveHardware({ ...custom, vendor: 'apple' }).unifiedMemory).toBe(true);
  });

  it.each([
    ['name', { ...custom, name: '' }],
    ['vendor', { ...custom, vendor: 'ibm' }],
    ['memoryBandwidthGBs', { ...custom, memoryBandwidthGBs: Number.NaN }],
    ['fp16Tflops', { ...custom, fp16Tflops: -1 }],
    ['memoryGb', { ...custom, memoryGb: '24' }],
    ['unifiedMemory', { ...custom, unifiedMemory: 'yes' }],
  ])('names the bad field %s', (field, spec) => {
    expect(() => resolveHardware(spec as unknown as HardwareSpec)).toThrow(
      expect.objectContaining({ code: 'hardware.invalid-spec', field }),
    );
  });

  it('rejects non-objects', () => {
    expect(() => resolveHardware(null as unknown as HardwareSpec)).toThrow(
      expect.objectContaining({ code: 'hardware.invalid-spec' }),
    );
  });
});

describe('presets', () => {
  it('have unique ids and sane numbers', () => {
    const ids = HARDWARE_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of HARDWARE_PRESETS) {
      expect(p.memoryBandwidthGBs).toBeGreaterThan(10);
      expect(p.fp16Tflops).toBeGreaterThan(0.5);
      expect(p.memoryGb).toBeGreaterThanOrEqual(8);
    }
  });

  it('classify devices for the efficiency constants', () => {
    expect(describeDeviceClass(resolveHardware('rtx-4090'))).toBe('nvidia-consumer');
    expect(describeDeviceClass(resolveHardware('rtx-a6000'))).toBe('nvidia-pro');
    expect(describeDeviceClass(resolveHardware('h100-sxm'))).toBe('nvidia-datacenter');
    expect(describeDeviceClass(resolveHardware('t4'))).toBe('nvidia-lowpower');
    expect(describeDeviceClass(resolveHardware('l40'))).toBe('nvidia-pro');
    expect(describeDeviceClass(resolveHardware('apple-m4-max-40'))).toBe('apple');
    expect(describeDeviceClass(resolveHardware('cpu-ddr5-6400'))).toBe('cpu');
  });

  const csv = sharedDataPath('calibration', 'hardware_specs.csv');
  itWithSharedData(
    ['calibration', 'hardware_specs.csv'],
    'cover every device of ../shared/calibration/hardware_specs.csv with its bandwidth',
    () => {
      const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1);
      for (const row of rows) {
        const [device, , bw] = row.split(',');
        const wanted = Number(bw);
        const core = (device ?? '')
          .replace(/\(.*?\)/g, '')
          .replace(/NVIDIA|Typical|desktop|dual-channel|Intel Core/gi, '')
          .trim()
          .toLowerCase();
        const match = HARDWARE_PRESETS.find(
          (p) => p.memoryBandwidthGBs === wanted && p.name.toLowerCase().includes(core.split(' ')[0] ?? ''),
        );
        expect({ device, found: Boolean(match) }).toEqual({ device, found: true });
      }
    },
  );
});
