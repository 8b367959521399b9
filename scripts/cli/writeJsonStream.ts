/**
 * `JSON.stringify(value, null, 2)` written piece by piece: large arrays and objects are walked here and
 * each small member (a profile node, a schedule entry) is serialised by `JSON.stringify` on its own, so no
 * string ever holds the whole document (a million-node profile is over a gigabyte of JSON, more than a
 * V8 string can hold). The output is byte-identical to `JSON.stringify(value, null, 2)`.
 */

/** Options of `writeJsonStream`. */
export interface JsonStreamOptions {
  /**
   * Members with at most this many values inside are serialised in one `JSON.stringify` call.
   * @default 2000
   */
  smallValues?: number;
  /**
   * Characters gathered before `write` is called.
   * @default 65536
   */
  chunkChars?: number;
}

/**
 * Write `value` as `JSON.stringify(value, null, 2)` would, in chunks of about `chunkChars` characters.
 * Throws as `JSON.stringify` does for a circular structure or a BigInt. A value `JSON.stringify` gives
 * no text for (undefined, a function) writes nothing.
 *
 * @example writeJsonStream(profile, (chunk) => process.stdout.write(chunk));
 */
export function writeJsonStream(
  value: unknown,
  write: (chunk: string) => void,
  options: JsonStreamOptions = {},
): void {
  const out = new ChunkWriter(write, options.chunkChars ?? 65_536);
  const walker = new Walker(out, options.smallValues ?? 2000);
  walker.emit(value, '', '');
  out.flush();
}

class ChunkWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly write: (chunk: string) => void,
    private readonly limit: number,
  ) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
}

class Walker {
  /** Containers being walked (a value met again inside itself is a cycle). */
  private readonly open = new Set<object>();

  constructor(
    private readonly out: ChunkWriter,
    private readonly smallValues: number,
  ) {}

  /** Writes the JSON text of `value` (held under `key`) at indentation `indent`; false when it has none. */
  emit(value: unknown, key: string, indent: string): boolean {
    if (this.isWalked(value)) {
      this.walk(value, indent);
      return true;
    }
    const text = serializeMember(value, key, indent);
    if (text === undefined) return false;
    this.out.push(text);
    return true;
  }

  private isWalked(value: unknown): value is object {
    return typeof value === 'object' && value !== null && !hasOwnSerialisation(value) && !this.isSmall(value);
  }

  private walk(value: object, indent: string): void {
    if (this.open.has(value)) throw new TypeError('Converting circular structure to JSON');
    this.open.add(value);
    if (Array.isArray(value)) this.walkArray(value, indent);
    else this.walkObject(value as Record<string, unknown>, indent);
    this.open.delete(value);
  }

  private walkArray(items: readonly unknown[], indent: string): void {
    if (items.length === 0) return this.out.push('[]');
    const inner = `${indent}  `;
    this.out.push('[');
    for (let i = 0; i < items.length; i++) {
      this.out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
      if (!this.emit(items[i], String(i), inner)) this.out.push('null');
    }
    this.out.push(`\n${indent}]`);
  }

  private walkObject(object: Record<string, unknown>, indent: string): void {
    const inner = `${indent}  `;
    let first = true;
    for (const key of Object.keys(object)) {
      const member = object[key];
      const walked = this.isWalked(member);
      // A member JSON.stringify leaves out (undefined, a function, a toJSON giving undefined) is left out.
      const text = walked ? undefined : serializeMember(member, key, inner);
      if (!walked && text === undefined) continue;
      this.out.push(`${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
      first = false;
      if (walked) this.walk(member, inner);
      else this.out.push(text!);
    }
    this.out.push(first ? '{}' : `\n${indent}}`);
  }

  /** True when `value` holds at most `smallValues` values (counting stops there, so this is cheap). */
  private isSmall(value: object): boolean {
    let budget = this.smallValues;
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const item = stack.pop();
      if (--budget < 0) return false;
      if (typeof item !== 'object' || item === null) continue;
      if (Array.isArray(item)) {
        if (item.length > budget) return false;
        for (const member of item) stack.push(member);
      } else {
        for (const key in item) {
          if (Object.prototype.hasOwnProperty.call(item, key))
            stack.push((item as Record<string, unknown>)[key]);
        }
      }
    }
    return true;
  }
}

/**
 * `value`'s JSON text at indentation `indent`, or undefined when JSON.stringify gives none. Serialised as the
 * member `key` of an object, so a `toJSON` method receives its real key, as in JSON.stringify.
 */
function serializeMember(value: unknown, key: string, indent: string): string | undefined {
  const text = JSON.stringify({ [key]: value }, null, 2);
  if (text === '{}') return undefined;
  // `{\n  "key": <value>\n}`: keep <value>, moved from indentation "  " to `indent` (JSON text has no raw
  // newline inside a string, so every newline is layout).
  const inner = text.slice(6 + JSON.stringify(key).length, -2);
  return inner.replace(/\n {2}/g, `\n${indent}`);
}

/** Values JSON.stringify turns into something other than their own members: toJSON, boxed primitives. */
function hasOwnSerialisation(value: object): boolean {
  return (
    typeof (value as { toJSON?: unknown }).toJSON === 'function' ||
    value instanceof String ||
    value instanceof Number ||
    value instanceof Boolean
  );
}
