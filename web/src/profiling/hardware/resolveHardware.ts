/**
 * Resolve the `hardware` option (a preset id, a custom spec, or nothing) into a validated spec.
 */
import { describeValue } from '../bounds/describeValue';
import { ProfileError } from '../errors';
import type { HardwareSpec, HardwareVendor } from '../types';
import { DEFAULT_HARDWARE_ID, HARDWARE_PRESETS, type HardwarePreset } from './presets';

const VENDORS: ReadonlyArray<HardwareVendor> = ['apple', 'nvidia', 'amd', 'intel', 'cpu'];

/** Sanity bounds for custom specs (beyond them a number is almost certainly a unit mistake). */
const LIMITS = {
  memoryBandwidthGBs: { min: 1, max: 100_000 },
  fp16Tflops: { min: 0.01, max: 100_000 },
  memoryGb: { min: 0.25, max: 100_000 },
} as const;

/** Find a preset by id (case-insensitive), or undefined. */
export function findHardwarePreset(id: string): HardwarePreset | undefined {
  const wanted = id.trim().toLowerCase();
  return HARDWARE_PRESETS.find((p) => p.id === wanted);
}

function invalid(field: string, message: string): ProfileError {
  return new ProfileError('hardware.invalid-spec', `Custom hardware field "${field}" ${message}.`, { field });
}

function checkNumber(spec: Record<string, unknown>, field: keyof typeof LIMITS): number {
  const value = spec[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(field, `must be a finite number (got ${describeValue(value)})`);
  }
  const { min, max } = LIMITS[field];
  if (value < min || value > max) throw invalid(field, `must be between ${min} and ${max} (got ${value})`);
  return value;
}

/** Validate a custom spec object; throws `hardware.invalid-spec` naming the first bad field. */
export function validateHardwareSpec(input: unknown): HardwareSpec {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ProfileError(
      'hardware.invalid-spec',
      'Custom hardware must be an object with name, vendor, memoryBandwidthGBs, fp16Tflops and memoryGb.',
    );
  }
  const spec = input as Record<string, unknown>;
  if (typeof spec.name !== 'string' || spec.name.trim() === '')
    throw invalid('name', 'must be a non-empty string');
  if (typeof spec.vendor !== 'string' || !VENDORS.includes(spec.vendor as HardwareVendor)) {
    throw invalid('vendor', `must be one of ${VENDORS.join(', ')} (got ${describeValue(spec.vendor)})`);
  }
  const vendor = spec.vendor as HardwareVendor;
  const out: HardwareSpec = {
    name: spec.name.trim(),
    vendor,
    memoryBandwidthGBs: checkNumber(spec, 'memoryBandwidthGBs'),
    fp16Tflops: checkNumber(spec, 'fp16Tflops'),
    memoryGb: checkNumber(spec, 'memoryGb'),
  };
  if (spec.unifiedMemory !== undefined) {
    if (typeof spec.unifiedMemory !== 'boolean') throw invalid('unifiedMemory', 'must be true or false');
    out.unifiedMemory = spec.unifiedMemory;
  } else if (vendor === 'apple' || vendor === 'cpu') {
    out.unifiedMemory = true;
  }
  return out;
}

/**
 * Resolve a preset id or custom spec; no input gives the default preset.
 * @throws ProfileError `hardware.unknown-preset` (listing valid ids) or `hardware.invalid-spec` (naming the field).
 * @example resolveHardware('apple-m2-max').memoryBandwidthGBs // 400
 */
export function resolveHardware(input?: string | HardwareSpec): HardwareSpec & { id?: string } {
  if (input === undefined) return findHardwarePreset(DEFAULT_HARDWARE_ID) as HardwarePreset;
  if (typeof input === 'string') {
    const preset = findHardwarePreset(input);
    if (!preset) {
      const ids = HARDWARE_PRESETS.map((p) => p.id).join(', ');
      throw new ProfileError(
        'hardware.unknown-preset',
        `Unknown hardware preset "${input}". Valid ids: ${ids}. Or pass a custom spec { name, vendor, memoryBandwidthGBs, fp16Tflops, memoryGb }.`,
        { field: 'hardware' },
      );
    }
    return preset;
  }
  return validateHardwareSpec(input);
}
