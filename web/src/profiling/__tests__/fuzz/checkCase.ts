/**
 * Run one fuzz case and check what must hold for every input: validateWorkflow never throws; the engine returns
 * a profile or throws a coded ProfileError (nothing else), the profile keeps its invariants, the input is not mutated, nothing lands on
 * Object.prototype, and a second run gives the same result (ignoring `generatedAt`).
 */
import { isProfileError } from '../../errors';
import { profileWorkflow } from '../../profile/profileWorkflow';
import { validateWorkflow } from '../../validate/validateWorkflow';
import type { Profile } from '../../types';
import { assertProfileInvariants } from '../assertProfileInvariants';
import { deepEqual } from './deepEqual';
import type { FuzzCase } from './generateCase';

/** What one run gave: a profile, or the code of the ProfileError thrown. */
export type Outcome = { profile: Profile } | { code: string; message: string };

const prototypeKeys = () => [
  Object.getOwnPropertyNames(Object.prototype).length,
  Object.getOwnPropertyNames(Array.prototype).length,
];

/** Check one case; returns a description of the first failure, or undefined when all holds. */
export function checkCase(fuzzCase: FuzzCase): string | undefined {
  const before = prototypeKeys();
  let copy: unknown;
  try {
    copy = structuredClone(fuzzCase.input);
  } catch {
    copy = undefined; // Not cloneable (cannot happen for generated cases): skip the mutation check.
  }
  try {
    validateWorkflow(fuzzCase.input);
  } catch (error) {
    return `validateWorkflow threw (it must not): ${String((error as Error)?.message).slice(0, 300)}`;
  }
  const first = run(fuzzCase);
  if ('failure' in first) return first.failure;
  if ('profile' in first) {
    try {
      assertProfileInvariants(first.profile);
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (copy !== undefined && !deepEqual(copy, fuzzCase.input)) return 'the input was mutated';
  const polluted =
    ({} as Record<string, unknown>).polluted !== undefined || !deepEqual(before, prototypeKeys());
  if (polluted) return 'Object.prototype or Array.prototype was changed';
  const second = run(fuzzCase);
  if ('failure' in second) return second.failure;
  if (!sameOutcome(first, second)) return 'two runs gave different results';
  return undefined;
}

function run(fuzzCase: FuzzCase): Outcome | { failure: string } {
  try {
    return { profile: profileWorkflow(fuzzCase.input, fuzzCase.options) };
  } catch (error) {
    if (!isProfileError(error)) {
      const e = error as Error;
      return {
        failure: `uncoded throw: ${e?.name}: ${String(e?.message).slice(0, 300)}\n${String(e?.stack).slice(0, 1500)}`,
      };
    }
    if (typeof error.code !== 'string' || error.code === '')
      return { failure: 'a ProfileError without a code' };
    return { code: error.code, message: error.message };
  }
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  if ('profile' in a && 'profile' in b)
    return deepEqual({ ...a.profile, generatedAt: '' }, { ...b.profile, generatedAt: '' });
  return deepEqual(a, b);
}
