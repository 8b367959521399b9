/** The warning for a model id whose size was clamped to MAX_MODEL_PARAMS_B (LLM and encoder estimators). */
import { describeValue } from '../../bounds/describeValue';
import { MAX_MODEL_PARAMS_B } from '../../bounds/limits';
import type { ParsedParams } from '../parse/modelId';
import type { ParamReader } from '../parse/paramReader';

/** Warn (`estimate.model-size-clamped`, field `model`) when the parsed size of `id` was clamped. */
export function warnIfModelSizeClamped(
  reader: ParamReader,
  parsed: ParsedParams | undefined,
  id: string | undefined,
): void {
  if (!parsed?.clamped) return;
  reader.warn(
    'estimate.model-size-clamped',
    'model',
    `Node "${reader.node.id}": model id ${describeValue(id)} names more than ${MAX_MODEL_PARAMS_B} B parameters; estimated as ${MAX_MODEL_PARAMS_B} B. Check the id.`,
  );
}
