/**
 * Test helper: makes fake-indexeddb usable under jsdom (which has no IndexedDB and no `structuredClone`,
 * which fake-indexeddb needs to store values). Import it first in a test file; never from product code.
 */
import { deserialize, serialize } from 'node:v8';
import 'fake-indexeddb/auto';

if (typeof globalThis.structuredClone !== 'function') {
  // The v8 serializer implements the same structured-clone algorithm browsers use.
  globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
