/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileWorkflow } from '../profileWorkflow';
import { COMMENT, fixedTable, TEST_GPU, workflow } from './fixedTable';
import { checkSchema } from './schemaCheck';

const schema = JSON.parse(
  readFileSync(resolve(__dirname, '../../../../../docs/profile.schema.json'), 'utf8'),
);
const examples = resolve(__dirname, '../../../examples');

describe('docs/profile.schema.json', () => {
  it('describes the profiles of the project examples', () => {
    for (const file of ['llm-agent-chain.json', 'sd-list-pipeline.json', 'speech-summary.json']) {
      const profile = profileWorkflow(JSON.parse(readFileSync(resolve(examples, file), 'utf8')));
      expect({ file, problems: checkSchema(JSON.parse(JSON.stringify(profile)), schema) }).toEqual({
        file,
        problems: [],
      });
    }
  });

  it('describes an empty profile (null score) and one with cycles and suggestions', () => {
    const empty = profileWorkflow(workflow([['c', COMMENT]], []), { hardware: TEST_GPU });
    expect(checkSchema(JSON.parse(JSON.stringify(empty)), schema)).toEqual([]);
    const table = fixedTable({ T: { runtimeMs: 1000, device: 'remote' } });
    const cyclic = profileWorkflow(
      workflow(
        [
          ['a', 'T'],
          ['b', 'T'],
          ['c', 'T'],
          ['d', 'T'],
          ['e', 'T'],
        ],
        [
          ['a', 'b'],
          ['b', 'a'],
        ],
      ),
      { metrics: table, hardware: TEST_GPU, workers: 1 },
    );
    expect(cyclic.suggestions.length).toBeGreaterThan(0);
    expect(checkSchema(JSON.parse(JSON.stringify(cyclic)), schema)).toEqual([]);
  });

  it('rejects profiles that break it (the checker can fail)', () => {
    const profile = JSON.parse(
      JSON.stringify(profileWorkflow(workflow([['c', COMMENT]], []), { hardware: TEST_GPU })),
    );
    profile.schemaVersion = 2;
    delete profile.summary.criticalPathMs;
    profile.nodes[0].complexity = 0;
    expect(checkSchema(profile, schema)).toEqual([
      '$.schemaVersion: expected 1',
      '$.summary: missing required "criticalPathMs"',
      '$.nodes[0].complexity: 0 < 1',
    ]);
  });
});
