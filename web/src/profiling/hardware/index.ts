/**
 * Hardware profiles: presets for every calibrated device and validation of custom specs.
 */
export { HARDWARE_PRESETS, DEFAULT_HARDWARE_ID, type HardwarePreset } from './presets';
export { resolveHardware, validateHardwareSpec, findHardwarePreset } from './resolveHardware';
export { describeDeviceClass, type DeviceClass } from './deviceClass';
