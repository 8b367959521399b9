/** Values that have broken parsers before: extremes, wrong types, deep and circular structures, odd keys. */
import type { Random } from './random';

/** Nested arrays `depth` deep, built without recursion. */
export function nestArrays(depth: number, leaf: unknown = 1): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** An object that contains itself. */
export function circular(): Record<string, unknown> {
  const o: Record<string, unknown> = { id: 'qwen3:4b' };
  o.self = o;
  return o;
}

/** Own `__proto__` / `constructor` keys, as JSON.parse makes them (an object literal would set the prototype). */
export const pollutingObject = (): unknown =>
  JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "id": "x"}');

const NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1,
  1e-300,
  5e-324,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  4096,
  1_000_000_000,
];

/** Model ids whose sizes are extreme, malformed or absent. */
export const ODD_MODEL_IDS = [
  `${'9'.repeat(400)}x1b`,
  '999999999999x99999b',
  '0x7b',
  '8x0b',
  `e${'9'.repeat(400)}b`,
  'e99999b',
  `${'9'.repeat(400)}b`,
  'llama:0b',
  '4999.99b',
  '5000b',
  'qwen3-30b-a99999b',
  'x'.repeat(5000),
  '',
  '__proto__',
  'constructor',
  'toString',
];

/** Node ids and type names that are odd as object keys or as text. */
export const ODD_IDS = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '',
  ' ',
  'a\u0000b',
  '\u001b[31mred',
  'x'.repeat(20_000),
  '0',
  '1e3',
];

/** One odd value; `depth` bounds the nesting of deep structures. */
export function oddValue(r: Random, jsOnly: boolean): unknown {
  switch (r.int(jsOnly ? 12 : 10)) {
    case 0:
    case 1:
    case 2:
      return r.pick(NUMBERS);
    case 3:
      return r.pick(['', 'abc', '1e400', '-5', ' 12 ', 'NaN', 'Infinity', '0x10', 'x'.repeat(100_000)]);
    case 4:
      return r.pick([true, false, null, [], {}, [1, 2, 3]]);
    case 5:
      return nestArrays(r.pick([10, 100, 1000, 5000]));
    case 6:
      return pollutingObject();
    case 7:
      return {
        type: 'language_model',
        id: r.pick(ODD_MODEL_IDS),
        provider: r.pick(['ollama', 'openai', '', 7]),
      };
    case 8:
      return { type: 'language_model', id: 'qwen2.5:7b', provider: 'ollama', extra: nestArrays(5000) };
    case 9:
      return Array.from({ length: r.int(2000) }, (_, i) => i);
    case 10:
      return circular();
    default:
      return BigInt(r.int(100));
  }
}
