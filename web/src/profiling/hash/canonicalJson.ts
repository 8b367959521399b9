/**
 * JSON text with object keys in sorted order at every depth: equal data gives equal text.
 *
 * Written without recursion: parameters are user data and may nest thousands deep (a 5,000-deep model field
 * overflowed the stack of the recursive version). A value met again on its own path (a cycle) is written
 * as `"[circular]"`, a BigInt as its decimal string, so the function never throws.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // Work items: a value to write, or a literal piece of text.
  const stack: ({ text: string } | { value: unknown; leave?: object })[] = [{ value }];
  const onPath = new Set<object>();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    if (item.leave) {
      onPath.delete(item.leave);
      continue;
    }
    const current = item.value;
    if (typeof current === 'bigint') {
      out.push(JSON.stringify(current.toString()));
      continue;
    }
    if (current === null || typeof current !== 'object') {
      // JSON has no undefined / NaN / Infinity: they read as null, as JSON.stringify does inside arrays.
      out.push(JSON.stringify(current) ?? 'null');
      continue;
    }
    if (onPath.has(current)) {
      out.push('"[circular]"');
      continue;
    }
    onPath.add(current);
    // Pushed in reverse: the stack pops the first piece first.
    const pieces: ({ text: string } | { value: unknown; leave?: object })[] = [];
    if (Array.isArray(current)) {
      pieces.push({ text: '[' });
      current.forEach((element, index) => {
        if (index > 0) pieces.push({ text: ',' });
        pieces.push({ value: element });
      });
      pieces.push({ text: ']' });
    } else {
      const record = current as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      pieces.push({ text: '{' });
      keys.forEach((key, index) => {
        pieces.push({ text: `${index > 0 ? ',' : ''}${JSON.stringify(key)}:` });
        pieces.push({ value: record[key] });
      });
      pieces.push({ text: '}' });
    }
    pieces.push({ value: undefined, leave: current });
    for (let i = pieces.length - 1; i >= 0; i--) stack.push(pieces[i]!);
  }
  return out.join('');
}
