/**
 * Makes emitted .d.ts files resolvable under every TypeScript module resolution a host may use. tsc keeps
 * the source's extensionless relative imports (`from './types'`), which `moduleResolution: "bundler"` accepts
 * but `node16`/`nodenext` reject inside an ES module package; this rewrites them to the files they name
 * (`./types.js`, `./profile/index.js`).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const RELATIVE_SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/**
 * The specifier with an explicit file: `./x` → `./x.js` when `x.d.ts` exists beside `fromFile`, `./x/index.js`
 * when `x/index.d.ts` does. Specifiers that already name a file are kept. Throws when neither exists.
 */
export function resolveDeclarationSpecifier(
  specifier: string,
  fromFile: string,
  fileExists: (path: string) => boolean,
): string {
  if (/\.(js|mjs|cjs|json)$/.test(specifier)) return specifier;
  const base = join(dirname(fromFile), specifier);
  if (fileExists(`${base}.d.ts`)) return `${specifier}.js`;
  if (fileExists(join(base, 'index.d.ts'))) return `${specifier.replace(/\/$/, '')}/index.js`;
  throw new Error(`${fromFile}: "${specifier}" names neither ${base}.d.ts nor ${join(base, 'index.d.ts')}.`);
}

/** Lines of documentation (TSDoc examples quote imports that are not the file's own). */
const isCommentLine = (line: string) => /^\s*(\*|\/\*|\/\/)/.test(line);

/** Rewrites one declaration file's text (code lines only; comments are kept as written). */
export function rewriteDeclarationText(
  text: string,
  fromFile: string,
  fileExists: (path: string) => boolean,
): string {
  return text
    .split('\n')
    .map((line) =>
      isCommentLine(line)
        ? line
        : line.replace(
            RELATIVE_SPECIFIER,
            (_match, lead: string, quote: string, specifier: string) =>
              `${lead}${quote}${resolveDeclarationSpecifier(specifier, fromFile, fileExists)}${quote}`,
          ),
    )
    .join('\n');
}

function listDeclarations(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return listDeclarations(path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Rewrites every .d.ts under `dir`; returns how many files changed. */
export function rewriteDeclarationTree(dir: string): number {
  let changed = 0;
  for (const file of listDeclarations(dir)) {
    const text = readFileSync(file, 'utf8');
    let next: string;
    try {
      next = rewriteDeclarationText(text, file, existsSync);
    } catch (error) {
      throw new Error(`In ${relative(process.cwd(), file)}: ${(error as Error).message}`, { cause: error });
    }
    if (next !== text) {
      writeFileSync(file, next);
      changed += 1;
    }
  }
  return changed;
}
