/** @jest-environment node */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanTerminalText } from '../cli/cleanTerminalText';
import { runCliCapture } from './runCliCapture';

const dir = mkdtempSync(join(tmpdir(), 'profile-cli-limits-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const fixture = join(__dirname, '../../web/src/workflow/__tests__/fixtures/robustness/ansi-escape.json');
const SDXL = 'huggingface.text_to_image.StableDiffusionXL';
const small = write('small.json', { graph: { nodes: [{ id: 'a', type: SDXL, data: {} }], edges: [] } });

const cli = (...argv: string[]) => runCliCapture(argv, dir);

// ESC, BEL, CR, C1 controls: what a terminal would act on.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('profile CLI — terminal output carries no escape sequences', () => {
  it.each(['text', 'csv'])(
    'strips them from names, titles, ids and warnings (--format %s)',
    async (format) => {
      const r = await cli(fixture, '--format', format, '--no-suggestions');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('PWNED');
      // CSV ends its lines with CRLF (RFC 4180): a CR right before LF rewrites nothing. Any other CR would.
      expect(r.stdout.replace(/\r\n/g, '\n')).not.toMatch(TERMINAL_CONTROL);
      // Names show as themselves, not with the sequences' leftovers ("[31m", "]0;title").
      if (format === 'text') {
        expect(r.stdout).toContain('Workflow profile — PWNED (all figures');
        expect(r.stdout).toContain('1. "PWNED" (huggingface');
      } else expect(r.stdout.split('\r\n')[1]).toMatch(/^PWNED,huggingface/);
    },
  );

  it('keeps JSON output exact (escapes are JSON-escaped there)', async () => {
    const r = await cli(fixture, '--format', 'json', '--no-suggestions');
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    const profile = JSON.parse(r.stdout) as { name: string };
    expect(profile.name).toBe('\u001b[2J\u001b[31mPWNED\u001b]0;title\u0007');
  });

  it('strips them from error messages and keeps a user newline from starting a line', async () => {
    const evil = '\u001b]0;owned\u0007x\n  fake: line';
    const r = await cli(
      write('dup.json', {
        graph: {
          nodes: [
            { id: evil, type: 'x.A' },
            { id: evil, type: 'x.B' },
          ],
          edges: [],
        },
      }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/node\.duplicate-id/);
    expect(r.stderr).not.toMatch(TERMINAL_CONTROL);
    const text = await cli(
      write('title.json', { graph: { nodes: [{ id: 'a', type: SDXL, ui_properties: { title: evil } }] } }),
    );
    expect(text.stdout).not.toMatch(/^\s+fake: line/m);
  });
});

describe('profile CLI — size limits', () => {
  it('stops reading a workflow file at --max-input-mb and names the argument', async () => {
    const big = write('big.json', {
      graph: { nodes: [{ id: 'a', type: SDXL, data: { pad: 'x'.repeat(5000) } }] },
    });
    const r = await cli(big, '--max-input-mb', '0.001');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /workflow file \S*big\.json is larger than the input limit of 0\.001 MB; raise it with --max-input-mb/,
    );
    expect((await cli(big, '--max-input-mb=1')).code).toBe(0);
  });

  it('stops at the limit on an endless file (/dev/zero) as the workflow or as --hardware', async () => {
    const workflow = await cli('/dev/zero', '--max-input-mb', '2');
    expect(workflow.code).toBe(2);
    expect(workflow.stderr).toMatch(/workflow file \/dev\/zero is larger than the input limit of 2 MB/);
    const hardware = await cli(small, '--hardware', '/dev/zero', '--max-input-mb', '2');
    expect(hardware.code).toBe(2);
    expect(hardware.stderr).toMatch(/--hardware file \/dev\/zero is larger than the input limit of 2 MB/);
  });

  it.each([['0'], ['-1'], ['lots'], ['501'], ['']])('rejects --max-input-mb %j', async (value) => {
    const r = await cli(small, `--max-input-mb=${value}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-input-mb must be a number of megabytes/);
  });

  it('lists --max-input-mb in --help', async () => {
    expect((await cli('--help')).stdout).toMatch(/--max-input-mb <n>/);
  });
});

describe('profile CLI — messages name the right argument and quote no file content', () => {
  it('says so about --hardware for an empty value or a directory', async () => {
    mkdirSync(join(dir, 'specs'), { recursive: true });
    const empty = await cli(small, '--hardware', '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--hardware is empty/);
    const folder = await cli(small, '--hardware', 'specs');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/--hardware file specs is a directory/);
    expect(folder.stderr).not.toMatch(/workflow/);
    const workflowFolder = await cli('specs');
    expect(workflowFolder.stderr).toMatch(/workflow file specs is a directory/);
  });

  it('gives line and column of a JSON error without echoing the file', async () => {
    const secret = write('secret.txt', 'password=hunter2 and more secrets');
    for (const argv of [
      [secret],
      [small, '--hardware', secret],
      [small, '--hardware', '{"name": hunter2}'],
    ]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is not valid JSON at line 1, column \d+/);
      expect(r.stderr).not.toMatch(/hunter2|password/);
    }
  });

  it('quotes at most a short prefix of a non-numeric parameter in its warning', async () => {
    const huge = 'A'.repeat(1_000_000);
    const file = write('huge-param.json', {
      graph: { nodes: [{ id: 's', type: SDXL, data: { num_inference_steps: huge } }] },
    });
    const r = await cli(file, '--format', 'json', '--no-suggestions');
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout) as { summary: { warnings: { code: string; message: string }[] } };
    const warning = profile.summary.warnings.find((w) => w.code === 'param.not-a-number')!;
    expect(warning.message).toMatch(/"A{40}…" \(1,000,000 characters\), not a number/);
    expect(warning.message.length).toBeLessThan(300);
    expect(r.stdout.length).toBeLessThan(100_000);
  });
});

describe('cleanTerminalText', () => {
  it.each([
    ['\u001b[2J\u001b[31mred\u001b[0m', 'red'],
    ['a\u001b]0;title\u0007b', 'ab'],
    ['a\u001b]8;;http://x\u001b\\link', 'alink'],
    ['unterminated \u001b]0;rest stays', 'unterminated 0;rest stays'],
    ['c1 \u009b31mcsi', 'c1 csi'],
    ['bell\u0007 cr\r del\u007f', 'bell\uFFFD cr\uFFFD del\uFFFD'],
    ['bidi \u202egnp.exe', 'bidi \uFFFDgnp.exe'],
    ['plain — ünïcode ✓', 'plain — ünïcode ✓'],
  ])('cleans %j', (input, expected) => {
    expect(cleanTerminalText(input)).toBe(expected);
  });

  it('keeps newlines and tabs unless asked for one line', async () => {
    expect(cleanTerminalText('a\n\tb')).toBe('a\n\tb');
    expect(cleanTerminalText('a\n\tb', false)).toBe('a  b');
  });
});
