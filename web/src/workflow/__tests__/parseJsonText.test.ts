import { locateOffset, parseJsonText } from '../parseJsonText';

describe('parseJsonText', () => {
  it('parses valid JSON (with a byte-order mark)', () => {
    expect(parseJsonText('\uFEFF{"graph": {"nodes": [], "edges": []}}')).toEqual({
      ok: true,
      value: { graph: { nodes: [], edges: [] } },
    });
  });

  it('reports empty input as import.empty', () => {
    const result = parseJsonText('   \n', 'my.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe('import.empty');
      expect(result.issue.message).toContain('my.json');
    }
  });

  it('reports the line and column of a syntax error', () => {
    const text = '{\n  "graph": {\n    "nodes": []\n    "edges": []\n  }\n}';
    const result = parseJsonText(text, 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe('import.not-json');
      expect(result.issue.message).toContain('broken.json');
      expect(result.issue.message).toContain('line 4, column 5');
    }
  });

  it('locates truncated input at its end', () => {
    const result = parseJsonText('{"graph": ');
    expect(!result.ok && result.issue.message).toContain('line 1, column 11');
  });
});

describe('findJsonErrorOffset (via parseJsonText)', () => {
  it.each([
    ['{"a": [}', 'line 1, column 8'],
    ['{"a": 1,}', 'line 1, column 9'],
    ['{\n  "a": tru\n}', 'line 2, column 11'],
    ['{"a": "x\\q"}', 'line 1, column 10'],
    ['{"a": 01}', 'line 1, column 8'],
    ['{} extra', 'line 1, column 4'],
  ])('locates the error in %j at %s', (text, where) => {
    const result = parseJsonText(text);
    expect(!result.ok && result.issue.message).toContain(where);
  });
});

describe('locateOffset', () => {
  it('counts lines and columns from 1', () => {
    expect(locateOffset('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(locateOffset('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(locateOffset('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('parseJsonText — messages quote nothing from the text', () => {
  it.each(['password=hunter2', '{"a": hunter2}', '{"a": "hunter2', '["hunter2" "x"]'])(
    'locates the error in %j without echoing it',
    (text) => {
      const result = parseJsonText(text, 'secret.txt');
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.issue.message).toMatch(/secret\.txt is not valid JSON at line 1, column \d+/);
        expect(result.issue.message).not.toMatch(/hunter2|password/);
      }
    },
  );

  it('survives a very deeply nested error (the fallback scan recurses)', () => {
    const result = parseJsonText(`${'['.repeat(200_000)}x`);
    expect(!result.ok && result.issue.code).toBe('import.not-json');
  });
});
