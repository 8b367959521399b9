import { resolveHardware } from '../../hardware';
import type { HardwareSpec } from '../../types';
import type { EstimateContext, NormalizedNode } from '../types';

/** A node with the given type and parameters. */
export function makeNode(type: string, params: Record<string, unknown> = {}, id = 'n1'): NormalizedNode {
  return { id, type, title: type.split('.').pop() ?? type, params };
}

/** An estimate context on a preset (default RTX 4090). */
export function makeCtx(
  hardware: string | HardwareSpec = 'rtx-4090',
  extra: Partial<EstimateContext> = {},
): EstimateContext {
  return { hardware: resolveHardware(hardware), upstreamTextChars: 0, assumptions: {}, ...extra };
}
