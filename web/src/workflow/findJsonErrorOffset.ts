/**
 * Finds where JSON text first goes wrong, for engines whose `JSON.parse` message has no position (V8 says
 * "Unexpected token '}', …" for many errors). A small recursive-descent scan of the JSON grammar (RFC 8259);
 * used only after `JSON.parse` has already failed.
 */

/** Offset of the first syntax error, or `undefined` when the text is valid JSON. */
export function findJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text.charAt(i) !== ch) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1; // opening quote
    while (i < text.length) {
      const ch = text.charAt(i);
      if (ch === '"') {
        i += 1;
        return;
      }
      if (ch === '\\') {
        const next = text.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') {
          i += 2;
        } else {
          i += 1;
          fail();
        }
      } else if (ch < ' ') {
        fail();
      } else {
        i += 1;
      }
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match || match[0] === '-' || match[0] === '') fail();
    i += match![0].length;
  };
  const value = (depth: number): void => {
    if (depth > 10000) fail();
    ws();
    const ch = text.charAt(i);
    if (ch === '{') {
      i += 1;
      ws();
      if (text.charAt(i) === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        string();
        ws();
        if (text.charAt(i) !== ':') fail();
        i += 1;
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') {
          i += 1;
          continue;
        }
        if (text.charAt(i) === '}') {
          i += 1;
          return;
        }
        fail();
      }
    } else if (ch === '[') {
      i += 1;
      ws();
      if (text.charAt(i) === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text.charAt(i) === ',') {
          i += 1;
          continue;
        }
        if (text.charAt(i) === ']') {
          i += 1;
          return;
        }
        fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (offset) {
    if (typeof offset === 'number') return offset;
    // Stack overflow on absurdly deep input: no position to report.
    return undefined;
  }
}
