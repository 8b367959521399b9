import {
  checkEmittedAssets,
  checkPackageImports,
  packageNameOf,
  type ChunkInfo,
  type Manifest,
} from '../checkPackageImports';

const chunk = (
  fileName: string,
  imports: string[],
  entry?: string,
  dynamicImports: string[] = [],
): ChunkInfo => ({
  fileName,
  isEntry: entry !== undefined,
  name: entry ?? fileName,
  imports,
  dynamicImports,
});

const root: Manifest = {
  dependencies: { react: '19.3.1', recharts: '3.10.1', idb: '8.0.4', zustand: '5.1.0' },
  devDependencies: { typescript: '6.0.3' },
};

const lib: Manifest = {
  peerDependencies: { react: '^19.3.1', zustand: '^5.1.0' },
  dependencies: { recharts: '^3.10.1' },
};

describe('packageNameOf', () => {
  it('keeps the scope of scoped packages and drops subpaths', () => {
    expect(packageNameOf('@mui/material/Box')).toBe('@mui/material');
    expect(packageNameOf('react/jsx-runtime')).toBe('react');
    expect(packageNameOf('zustand')).toBe('zustand');
  });
});

describe('checkPackageImports', () => {
  const chunks = [
    chunk('index.js', ['chunks/core.js', 'react/jsx-runtime'], 'index', ['chunks/panel.js']),
    chunk('chunks/panel.js', ['recharts', 'zustand']),
    chunk('chunks/core.js', []),
    chunk('engine.js', ['chunks/core.js'], 'engine'),
  ];

  it('accepts a build whose imports are all declared at the root versions', () => {
    const report = checkPackageImports(chunks, lib, root);
    expect(report.problems).toEqual([]);
    expect(report.packagesByEntry).toEqual({ index: ['react', 'recharts', 'zustand'], engine: [] });
  });

  it('names an undeclared import with the version to add', () => {
    const withIdb = [...chunks, chunk('stores.js', ['idb'], 'stores')];
    const { problems } = checkPackageImports(withIdb, lib, root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('"stores" entry imports "idb"');
    expect(problems[0]).toContain('"^8.0.4"');
  });

  it('fails when the engine reaches a UI package, even through a shared chunk', () => {
    const leaky = chunks.map((c) =>
      c.fileName === 'chunks/core.js' ? { ...c, imports: ['zustand/vanilla'] } : c,
    );
    const { problems } = checkPackageImports(leaky, lib, root);
    expect(problems).toEqual([expect.stringContaining('"engine" entry reaches "zustand"')]);
  });

  it('reports unused dependencies and versions that differ from the root', () => {
    const stale: Manifest = {
      peerDependencies: { react: '^19.0.0', zustand: '^5.1.0' },
      dependencies: { recharts: '^3.10.1', idb: '^8.0.4' },
    };
    const { problems } = checkPackageImports(chunks, stale, root);
    expect(problems).toEqual([
      expect.stringContaining('"idb" is in the library\'s "dependencies" but no built file imports it'),
      expect.stringContaining('"react": "^19.0.0" but the root installs 19.3.1'),
    ]);
  });

  it('fails without an engine entry', () => {
    const { problems } = checkPackageImports(chunks.slice(0, 3), lib, root);
    expect(problems).toEqual([expect.stringContaining('no "engine" entry')]);
  });
});

describe('checkEmittedAssets', () => {
  const manifest: Manifest = {
    exports: {
      '.': { types: './dist/types/index.d.ts', import: './dist/index.js' },
      './style.css': './dist/style.css',
    },
  };

  it('accepts exported assets and source maps', () => {
    expect(checkEmittedAssets(['style.css', 'index.js.map'], manifest)).toEqual([]);
  });

  it('names an emitted stylesheet no export reaches', () => {
    expect(checkEmittedAssets(['profiler.css'], manifest)).toEqual([
      expect.stringContaining('The build emitted dist/profiler.css, which no "exports" entry'),
    ]);
  });
});
