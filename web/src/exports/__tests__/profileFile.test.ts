/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import llmAgentChain from '../../examples/llm-agent-chain.json';
import { profileWorkflow } from '../../profiling';
import { attachMeasurements, importRunText } from '../../runs';
import { toProfileFile, serializeProfileFile } from '../profileFile';
import { isProfileDocument, readProfileFile } from '../readProfileFile';
import { parseProfileFileText } from '../parseProfileFileText';
import { ProfileFileError } from '../profileFileError';
import { checkSchema } from '../../profiling/profile/__tests__/schemaCheck';

const schema = JSON.parse(
  readFileSync(join(__dirname, '../../../../docs/profile.schema.json'), 'utf8'),
) as Record<string, unknown>;

const RUNS = join(__dirname, '../../runs/__fixtures__/nodetool-runs');
const NO_RUNS = { nodes: {}, summary: null };

function errorOf(value: unknown): ProfileFileError {
  try {
    readProfileFile(value, 'saved.json');
  } catch (error) {
    if (error instanceof ProfileFileError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('saved-profile file', () => {
  const profile = profileWorkflow(llmAgentChain);

  it('round-trips: export → JSON → import gives back an equal document', () => {
    const file = toProfileFile(profile, [], NO_RUNS);
    expect(readProfileFile(JSON.parse(serializeProfileFile(file)), 'saved.json')).toEqual(file);
    expect(file.runs).toEqual([]);
    expect(file.summary.actual).toBeNull();
    expect(file.nodes.every((node) => node.actual === null)).toBe(true);
    // The store's profile is not touched.
    expect('actual' in profile.nodes[0]!).toBe(false);
  });

  it('round-trips with measured runs (02-diamond recording)', () => {
    const workflow = JSON.parse(readFileSync(join(RUNS, '02-diamond.workflow.json'), 'utf8')) as unknown;
    const { record } = importRunText(readFileSync(join(RUNS, '02-diamond.jsonl'), 'utf8'));
    const diamond = profileWorkflow(workflow);
    const file = toProfileFile(
      diamond,
      [{ record, origin: '02-diamond.jsonl' }],
      attachMeasurements(diamond, [record]),
    );
    expect(file.runs[0]).toMatchObject({ id: record.id, origin: '02-diamond.jsonl', status: 'completed' });
    expect(file.summary.actual).toMatchObject({ runs: 1, status: 'completed' });
    expect(file.nodes.some((node) => node.actual !== null && node.actual.ms !== null)).toBe(true);
    // The published schema holds for the file with its runs.
    expect(checkSchema(JSON.parse(serializeProfileFile(file)), schema)).toEqual([]);
    expect(readProfileFile(JSON.parse(serializeProfileFile(file)), 'saved.json')).toEqual(file);
  });

  it('reads a profile exported before measurements existed (no runs, no actual)', () => {
    const old = JSON.parse(JSON.stringify(profile)) as unknown;
    const read = readProfileFile(old, 'old.json');
    expect(read.runs).toEqual([]);
    expect(read.summary.actual).toBeNull();
    expect(read.nodes[0]!.actual).toBeNull();
    expect(read.summary.makespanMs).toBe(profile.summary.makespanMs);
  });

  it('tells a saved profile from a workflow', () => {
    expect(isProfileDocument(profile)).toBe(true);
    expect(isProfileDocument(llmAgentChain)).toBe(false);
    expect(isProfileDocument([profile])).toBe(false);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document to damage freely
  const valid = () => JSON.parse(JSON.stringify(toProfileFile(profile, [], NO_RUNS))) as Record<string, any>;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- damaged documents of any shape
  it.each<[string, (doc: Record<string, any>) => unknown, string, string | null, RegExp]>([
    ['not an object', () => [1, 2], 'profile-file.not-object', null, /a saved profile is a JSON object/],
    [
      'a newer version',
      (d) => ({ ...d, schemaVersion: 2 }),
      'profile-file.version',
      'schemaVersion',
      /version 2 was written by a newer profiler; this one reads version 1/,
    ],
    [
      'a version as text',
      (d) => ({ ...d, schemaVersion: '1' }),
      'profile-file.version',
      'schemaVersion',
      /expected 1 \(got "1"\)/,
    ],
    [
      'not estimated',
      (d) => ({ ...d, estimated: false }),
      'profile-file.field',
      'estimated',
      /expected true/,
    ],
    [
      'no summary',
      (d) => ({ ...d, summary: undefined }),
      'profile-file.field',
      'summary',
      /missing \(expected an object\)/,
    ],
    [
      'makespan as text',
      (d) => ({ ...d, summary: { ...d.summary, makespanMs: '12 s' } }),
      'profile-file.field',
      'summary.makespanMs',
      /expected a number \(got "12 s"\)/,
    ],
    [
      'a bad grade',
      (d) => ({ ...d, summary: { ...d.summary, grade: 'E' } }),
      'profile-file.field',
      'summary.grade',
      /a grade A, B, C, D, F or null/,
    ],
    [
      'a node without id',
      (d) => ({ ...d, nodes: [{ ...d.nodes[0], id: 7 }] }),
      'profile-file.field',
      'nodes[0].id',
      /expected a string \(got 7\)/,
    ],
    [
      'a node that is not an object',
      (d) => ({ ...d, nodes: [null] }),
      'profile-file.field',
      'nodes[0]',
      /expected an object \(got null\)/,
    ],
    [
      'a duplicate node',
      (d) => ({ ...d, nodes: [d.nodes[0], d.nodes[0]] }),
      'profile-file.duplicate-node',
      'nodes[1].id',
      /appears twice/,
    ],
    [
      'a bad schedule entry',
      (d) => ({ ...d, schedule: [{ ...d.schedule[0], lane: 3 }] }),
      'profile-file.field',
      'schedule[0].lane',
      /expected a string/,
    ],
    ['runs not a list', (d) => ({ ...d, runs: {} }), 'profile-file.field', 'runs', /expected an array/],
    [
      'infinite runtime',
      (d) => ({ ...d, nodes: [{ ...d.nodes[0], runtimeMs: null }] }),
      'profile-file.field',
      'nodes[0].runtimeMs',
      /expected a number \(got null\)/,
    ],
  ])('refuses %s with a coded error naming the file and field', (_, damage, code, field, message) => {
    const error = errorOf(damage(valid()));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/^saved\.json: \[profile-file\./);
    expect(error.message).toMatch(message);
  });
});

describe('parseProfileFileText', () => {
  const profile = profileWorkflow(llmAgentChain, { suggestions: false });
  const codeOf = (text: string) => {
    try {
      parseProfileFileText(text, 'up.json');
    } catch (error) {
      return (error as ProfileFileError).message;
    }
    return 'no error';
  };

  it('reads an exported file', () => {
    const text = serializeProfileFile(toProfileFile(profile, [], NO_RUNS));
    expect(parseProfileFileText(text, 'up.json').summary.grade).toBe(profile.summary.grade);
  });

  it('says where the JSON breaks, that a workflow is not a saved profile, and what is empty', () => {
    expect(codeOf('{\n  "schemaVersion": 1,\n  oops\n}')).toMatch(
      /^up\.json: \[profile-file\.not-json\] not valid JSON at line 3, column 3/,
    );
    expect(codeOf(JSON.stringify(llmAgentChain))).toMatch(
      /^up\.json: \[profile-file\.not-a-profile\] not a saved profile \(it has no schemaVersion\)/,
    );
    expect(codeOf('  ')).toBe('up.json: [profile-file.not-json] the file is empty.');
  });
});
