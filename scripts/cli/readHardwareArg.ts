/** `--hardware`: a preset id, inline JSON, or a path to a JSON spec (the engine validates the spec). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { HARDWARE_PRESETS, type HardwareSpec } from '../../web/src/profiling';
import { parseJsonText } from '../../web/src/workflow/parseJsonText';
import { InputError } from './inputError';
import { UsageError } from './parseArgs';
import { readJsonFile } from './readInputFile';

/**
 * The hardware option from the `--hardware` value: a preset id as it is, a spec object from inline JSON or
 * from a file (read with the input size limit). Every message names `--hardware`.
 * @throws UsageError for an empty value; InputError for invalid JSON or a file that cannot be read.
 */
export function readHardwareArg(value: string, cwd: string, maxInputMb: number): string | HardwareSpec {
  const trimmed = value.trim();
  if (trimmed === '') {
    throw new UsageError(
      '--hardware is empty: give a preset id (see --list-hardware), a path to a JSON spec, or the spec as inline JSON.',
    );
  }
  if (trimmed.startsWith('{')) {
    const parsed = parseJsonText(trimmed, '--hardware (inline JSON)');
    if (!parsed.ok) throw new InputError(parsed.issue.message);
    return parsed.value as HardwareSpec;
  }
  if (HARDWARE_PRESETS.some((preset) => preset.id === trimmed.toLowerCase())) return trimmed;
  const path = resolve(cwd, trimmed);
  if (trimmed.endsWith('.json') || existsSync(path)) {
    return readJsonFile(path, { shown: trimmed, role: '--hardware file' }, maxInputMb) as HardwareSpec;
  }
  return trimmed;
}
