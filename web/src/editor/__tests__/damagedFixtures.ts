/** The damaged `wpp-editor` values of ../store/__fixtures__/damaged, by name (e.g. `dangling-edge`). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', 'store', '__fixtures__', 'damaged');

/** Raw stored text of every fixture, keyed by the part of the file name after `wpp-editor.`. */
export const damagedValues: Record<string, string> = Object.fromEntries(
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/^wpp-editor\.|\.json$/g, ''), readFileSync(join(dir, file), 'utf8')]),
);

/** Fixtures the editor repairs and opens (the user's nodes mine1 and mine2 stay). */
export const REPAIRABLE = [
  'dangling-edge',
  'one-position-null',
  'missing-workflowMeta',
  'future-version-2',
  'version-0',
  'version-string',
  'node-without-properties',
];

/** Fixtures that cannot be opened: kept in the backup, the default example opens. */
export const UNREADABLE = ['unparseable', 'future-version-unreadable', 'no-node-list'];
