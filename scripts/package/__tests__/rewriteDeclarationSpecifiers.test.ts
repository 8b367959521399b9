import { resolveDeclarationSpecifier, rewriteDeclarationText } from '../rewriteDeclarationSpecifiers';

const files = new Set(['/d/lib/types.d.ts', '/d/profiling/index.d.ts', '/d/lib/panel.d.ts']);
const exists = (path: string) => files.has(path);

describe('rewriteDeclarationSpecifiers', () => {
  it('points a specifier at the declaration file or folder index it names', () => {
    expect(resolveDeclarationSpecifier('./types', '/d/lib/index.d.ts', exists)).toBe('./types.js');
    expect(resolveDeclarationSpecifier('../profiling', '/d/lib/index.d.ts', exists)).toBe(
      '../profiling/index.js',
    );
    expect(resolveDeclarationSpecifier('./already.js', '/d/lib/index.d.ts', exists)).toBe('./already.js');
  });

  it('throws with the file and the paths it tried when a specifier resolves to nothing', () => {
    expect(() => resolveDeclarationSpecifier('./missing', '/d/lib/index.d.ts', exists)).toThrow(
      '/d/lib/index.d.ts: "./missing" names neither /d/lib/missing.d.ts nor /d/lib/missing/index.d.ts.',
    );
  });

  it('rewrites from-clauses and import types, keeps packages and comments as written', () => {
    const text = [
      '/**',
      " * import { x } from '../missing';",
      ' */',
      "export { a, type B } from './types';",
      "import type { P } from '../profiling';",
      'export declare const p: import("./panel").Panel;',
      "import { useStore } from 'zustand';",
    ].join('\n');
    expect(rewriteDeclarationText(text, '/d/lib/index.d.ts', exists)).toBe(
      [
        '/**',
        " * import { x } from '../missing';",
        ' */',
        "export { a, type B } from './types.js';",
        "import type { P } from '../profiling/index.js';",
        'export declare const p: import("./panel.js").Panel;',
        "import { useStore } from 'zustand';",
      ].join('\n'),
    );
  });
});
