import fc from 'fast-check';
import { isPersistedEditorState } from '../store/persistence';
import { readPersistedEditorText, repairPersistedEditorState } from '../store/repairPersistedState';
import type { PersistedEditorState } from '../store/types';
import { REPAIRABLE, UNREADABLE, damagedValues } from './damagedFixtures';

function opened(text: string) {
  const result = readPersistedEditorText(text);
  if ('unreadable' in result) throw new Error(`expected it to open, got: ${result.unreadable}`);
  expect(isPersistedEditorState(result.state)).toBe(true);
  return result;
}

describe('readPersistedEditorText on the damaged fixtures', () => {
  it('covers every fixture file', () => {
    expect(Object.keys(damagedValues).sort()).toEqual([...REPAIRABLE, ...UNREADABLE].sort());
  });

  it.each(REPAIRABLE)('%s: keeps both of the user’s nodes and lists a repair', (name) => {
    const { state, repairs } = opened(damagedValues[name] ?? '');
    expect(state.workflowName).toBe('MY SAVED WORK');
    expect(state.nodes.map((n) => n.id)).toEqual(['mine1', 'mine2']);
    expect(state.nodes[0]?.data.properties).toEqual({ name: 'topic', value: 'MY PRECIOUS TEXT' });
    expect(state.edges.map((e) => e.id)).toEqual(['me1']);
    expect(repairs.length).toBeGreaterThan(0);
  });

  it('dangling-edge: drops edge bad and names its missing target', () => {
    const { repairs } = opened(damagedValues['dangling-edge'] ?? '');
    expect(repairs).toEqual([
      expect.objectContaining({
        code: 'edge.dangling',
        edgeId: 'bad',
        message: 'dropped edge bad (its target node gone is missing)',
      }),
    ]);
  });

  it('one-position-null: places mine1 right of the others, keeping its y', () => {
    const { state, repairs } = opened(damagedValues['one-position-null'] ?? '');
    expect(state.nodes[0]?.position).toEqual({ x: 720, y: 0 });
    expect(repairs).toEqual([expect.objectContaining({ code: 'node.position', nodeId: 'mine1' })]);
  });

  it('missing-workflowMeta: defaults it to {}', () => {
    const { state, repairs } = opened(damagedValues['missing-workflowMeta'] ?? '');
    expect(state.workflowMeta).toEqual({});
    expect(repairs.map((r) => r.code)).toEqual(['meta']);
  });

  it('future-version-2: opens it and asks to keep the original', () => {
    const result = opened(damagedValues['future-version-2'] ?? '');
    expect(result.keepOriginal).toMatch(/newer version of the app \(2/);
    expect(result.repairs.map((r) => r.code)).toEqual(['version.newer']);
  });

  it('version-0: migrates to the current version', () => {
    expect(opened(damagedValues['version-0'] ?? '').repairs.map((r) => r.code)).toEqual(['migrated']);
  });

  it('version-string: reads "1" as 1', () => {
    const { repairs } = opened(damagedValues['version-string'] ?? '');
    expect(repairs.map((r) => r.message)).toEqual(['read version "1" as 1']);
  });

  it('node-without-properties: gives mine2 empty parameters', () => {
    const { state, repairs } = opened(damagedValues['node-without-properties'] ?? '');
    expect(state.nodes[1]?.data).toEqual({ title: 'My agent', properties: {} });
    expect(repairs).toEqual([expect.objectContaining({ code: 'node.properties', nodeId: 'mine2' })]);
  });

  it.each([
    ['unparseable', /not valid JSON/],
    ['future-version-unreadable', /newer version of the app \(2/],
    ['no-node-list', /no list of nodes/],
  ])('%s: is unreadable, with the reason', (name, reason) => {
    const result = readPersistedEditorText(damagedValues[name] ?? '');
    expect(result).toEqual({ unreadable: expect.stringMatching(reason) });
  });
});

describe('repairPersistedEditorState', () => {
  const valid = (): PersistedEditorState => ({
    workflowName: 'W',
    workflowMeta: { id: 'w' },
    source: 'user',
    nodes: [
      { id: 'a', type: 't.A', position: { x: 10, y: 20 }, data: { properties: { k: 1 } } },
      { id: 'b', type: 't.B', position: { x: 300, y: 20 }, data: { properties: {} }, parentId: 'g' },
      { id: 'g', type: 't.Group', position: { x: 0, y: 200 }, data: { properties: {} } },
    ],
    edges: [{ id: 'e', source: 'a', target: 'b' }],
  });

  it('uses a valid current state as stored, with no repairs', () => {
    expect(repairPersistedEditorState(valid(), 1)).toEqual({ state: valid(), repairs: [] });
  });

  it.each([[-1], [1.5], ['x'], [null], ['1e3']])('rejects version %p', (version) => {
    expect(repairPersistedEditorState(valid(), version)).toEqual({
      unreadable: expect.stringContaining('not a version number'),
    });
  });

  it('renames a repeated node id, drops nodes without id or type, and fixes parent loops', () => {
    const state = valid() as unknown as { nodes: unknown[] };
    state.nodes.push(
      { id: 'a', type: 't.A', position: { x: 0, y: 0 }, data: { properties: {} } },
      { type: 't.C', position: { x: 0, y: 0 }, data: {} },
      { id: 'z', position: { x: 0, y: 0 }, data: {} },
    );
    (state.nodes[2] as { parentId?: string }).parentId = 'b';
    const result = repairPersistedEditorState(state, 1);
    if ('unreadable' in result) throw new Error(result.unreadable);
    expect(result.state.nodes.map((n) => n.id)).toEqual(['a', 'b', 'g', 'a_2']);
    expect(result.repairs.map((r) => r.message)).toEqual([
      'renamed a second node a to a_2',
      'dropped node #5 (it has no id)',
      'dropped node z (it has no type)',
      'took node b out of its group (its groups form a loop)',
    ]);
    expect(isPersistedEditorState(result.state)).toBe(true);
  });

  it('stacks several unplaced nodes in a column right of the placed ones', () => {
    const state = valid();
    const nodes = state.nodes as unknown as Array<{ position: unknown }>;
    nodes[1]!.position = undefined;
    nodes[2]!.position = { x: 'left', y: Infinity };
    const result = repairPersistedEditorState(state, 1);
    if ('unreadable' in result) throw new Error(result.unreadable);
    expect(result.state.nodes.map((n) => n.position)).toEqual([
      { x: 10, y: 20 },
      { x: 330, y: 20 },
      { x: 330, y: 180 },
    ]);
  });
});

/** A valid persisted state: unique node ids, edges between existing nodes. */
const validState = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), { minLength: 1, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      workflowName: fc.string(),
      workflowMeta: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }),
      source: fc.string(),
      nodes: fc.tuple(
        ...ids.map((id) =>
          fc.record({
            id: fc.constant(id),
            type: fc.constantFrom('nodetool.a.A', 'nodetool.b.B'),
            position: fc.record({ x: fc.integer(), y: fc.integer() }),
            data: fc.record({ properties: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }) }),
          }),
        ),
      ),
      edges: fc.array(
        fc.record({
          id: fc.string({ minLength: 1 }),
          source: fc.constantFrom(...ids),
          target: fc.constantFrom(...ids),
        }),
        { maxLength: 6 },
      ),
    }),
  )
  // Through JSON, as storage holds it (no -0).
  .map(
    (state) =>
      JSON.parse(
        JSON.stringify({
          ...state,
          edges: state.edges.map((edge, index) => ({ ...edge, id: `${edge.id}#${index}` })),
        }),
      ) as PersistedEditorState,
  );

/** Every path to a value inside `value` (as key lists). */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => paths((value as Record<string, unknown>)[key], [...prefix, key]))];
}

/** A copy of `value` with the value at `path` replaced, or removed when `replacement` is `undefined`. */
function mutate(value: unknown, path: Array<string | number>, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = JSON.parse(JSON.stringify(value)) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement !== undefined) at[last] = replacement;
  else if (Array.isArray(at)) at.splice(last as number, 1);
  else delete at[last];
  return copy;
}

describe('repairPersistedEditorState (property)', () => {
  it('any one mutation repairs to a valid state keeping every intact node, or is unreadable', () => {
    fc.assert(
      fc.property(
        validState,
        fc.nat(),
        fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })),
        fc.constantFrom<unknown>(1, 0, '1', 2, undefined),
        (state, pick, replacement, version) => {
          const all = paths(state);
          const path = all[pick % all.length]!;
          const damaged = mutate(state, path, replacement) as PersistedEditorState;
          const result = repairPersistedEditorState(damaged, version);
          if ('unreadable' in result) return; // the store keeps the original in the backup
          expect(isPersistedEditorState(result.state)).toBe(true);
          // A node the mutation did not touch is kept (a repeated id may be renamed, a group link dropped).
          const damagedNodes: unknown[] = Array.isArray(damaged.nodes) ? damaged.nodes : [];
          for (const node of state.nodes) {
            if (!damagedNodes.some((d) => JSON.stringify(d) === JSON.stringify(node))) continue;
            expect(result.state.nodes).toContainEqual(
              expect.objectContaining({ type: node.type, position: node.position, data: node.data }),
            );
          }
          // Nothing is lost silently: no repair and no kept original means it was used exactly as stored.
          if (result.repairs.length === 0 && !result.keepOriginal) expect(result.state).toEqual(damaged);
        },
      ),
      { numRuns: 400 },
    );
  });
});
