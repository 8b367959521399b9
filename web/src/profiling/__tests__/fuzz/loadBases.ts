/** Real workflows for the fuzzer: the project's examples, and NodeTool's when ../shared holds them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Parsed `*.json` workflows of each existing directory, in name order. */
export function loadBases(dirs: readonly string[]): unknown[] {
  const out: unknown[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      out.push(JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown);
    }
  }
  return out;
}
