/** @jest-environment node */
import fc from 'fast-check';
import Papa from 'papaparse';
import llmAgentChain from '../../examples/llm-agent-chain.json';
import { profileWorkflow } from '../../profiling';
import type { Profile } from '../../profiling/types';
import { CSV_COLUMNS, FORMULA_START, toCsv } from '../toCsv';

const base = profileWorkflow(llmAgentChain, { suggestions: false });

/** The profile with the first node's title replaced. */
function withTitle(title: string): Profile {
  const [first, ...rest] = base.nodes;
  return { ...base, nodes: [{ ...first!, title }, ...rest] };
}

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('toCsv', () => {
  it('writes a header and one row per node, CRLF line ends, RFC 4180 quoting', () => {
    const text = toCsv(withTitle('Say "hi", then\r\nleave'));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(text).toContain('"Say ""hi"", then\r\nleave"');
    const rows = parse(text);
    expect(rows).toHaveLength(base.nodes.length + 1);
    expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe('Say "hi", then\r\nleave');
    expect(rows.slice(1).map((row) => row[0])).toEqual(base.nodes.map((n) => n.id));
    const runtime = rows[1]![CSV_COLUMNS.indexOf('runtimeMs')]!;
    expect(Number(runtime)).toBeCloseTo(base.nodes[0]!.runtimeMs, 3);
  });

  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+cmd|calc', `"'+1+cmd|calc"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    // papaparse's own escapeFormulae pattern misses this one (its `.` stops at the line break).
    ['=1+1\nmore', `"'=1+1\nmore"`],
  ])('neutralises the formula cell %j', (title, cell) => {
    const text = toCsv(withTitle(title));
    expect(text).toContain(`,${cell},`);
    expect(parse(text)[1]![CSV_COLUMNS.indexOf('title')]).toBe(`'${title}`);
  });

  it('needs its own pattern: papaparse escapeFormulae: true misses a formula followed by a line break', () => {
    expect(Papa.unparse([['=1+1\nmore']], { escapeFormulae: true })).toBe('"=1+1\nmore"');
    expect(Papa.unparse([['=1+1\nmore']], { escapeFormulae: FORMULA_START })).toBe(`"'=1+1\nmore"`);
  });

  it('leaves harmless text and numbers alone (a negative number is not a formula)', () => {
    const profile = withTitle('a = b');
    profile.nodes[0] = { ...profile.nodes[0]!, slackMs: -0.5 };
    const row = parse(toCsv(profile))[1]!;
    expect(row[CSV_COLUMNS.indexOf('title')]).toBe('a = b');
    expect(row[CSV_COLUMNS.indexOf('slackMs')]).toBe('-0.5');
  });

  it('reads back every title exactly, with a quote mark exactly before formula starts (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (title) => {
        const rows = parse(toCsv(withTitle(title)));
        expect(rows).toHaveLength(base.nodes.length + 1);
        const cell = rows[1]![CSV_COLUMNS.indexOf('title')];
        expect(cell).toBe(FORMULA_START.test(title) ? `'${title}` : title);
        for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
      }),
      { numRuns: 300 },
    );
  });
});
