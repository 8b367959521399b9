/**
 * Checks a library build against its package.json: every package the built files import is declared (as a
 * dependency or a peer), every dependency is used, declared versions follow the root app's (the versions the
 * tests ran with), and the framework-free entry (`engine`) reaches no UI package. Pure: takes the build's
 * chunk graph and the two manifests, returns the problems as sentences that say what to change where.
 */

/** What the check needs of one output chunk (a subset of Rolldown's OutputChunk). */
export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  name: string;
  imports: string[];
  dynamicImports: string[];
}

export interface Manifest {
  name?: string;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface PackageImportReport {
  problems: string[];
  /** Packages each entry reaches (statically or through dynamic imports), sorted. */
  packagesByEntry: Record<string, string[]>;
}

/** Packages the engine entry must never reach: it runs in plain Node and Web Workers. */
export const UI_PACKAGES: readonly string[] = [
  'react',
  'react-dom',
  '@mui/material',
  '@emotion/react',
  '@emotion/styled',
  'zustand',
  'recharts',
  '@xyflow/react',
];

/** The entry that must stay framework-free. */
export const ENGINE_ENTRY = 'engine';

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function reachablePackages(entry: ChunkInfo, byFile: Map<string, ChunkInfo>): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const chunk = stack.pop() as ChunkInfo;
    if (seen.has(chunk.fileName)) continue;
    seen.add(chunk.fileName);
    for (const target of [...chunk.imports, ...chunk.dynamicImports]) {
      const inner = byFile.get(target);
      if (inner) stack.push(inner);
      else packages.add(packageNameOf(target));
    }
  }
  return packages;
}

function rootVersionOf(root: Manifest, name: string): string | undefined {
  return root.dependencies?.[name] ?? root.devDependencies?.[name];
}

/**
 * @param chunks the library build's output chunks
 * @param lib the library's package.json
 * @param root the app's package.json (its exact versions are what the tests ran with)
 */
export function checkPackageImports(chunks: ChunkInfo[], lib: Manifest, root: Manifest): PackageImportReport {
  const problems: string[] = [];
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const dependencies = lib.dependencies ?? {};
  const peers = lib.peerDependencies ?? {};
  const packagesByEntry: Record<string, string[]> = {};
  const used = new Set<string>();

  for (const entry of chunks.filter((chunk) => chunk.isEntry)) {
    const reached = [...reachablePackages(entry, byFile)].sort();
    packagesByEntry[entry.name] = reached;
    for (const name of reached) {
      used.add(name);
      if (!(name in dependencies) && !(name in peers)) {
        const version = rootVersionOf(root, name);
        problems.push(
          `The "${entry.name}" entry imports "${name}", which packages/profiler/package.json does not declare: ` +
            `add it to "dependencies"${version ? ` as "^${version}" (the root's version)` : ''}, ` +
            'or to "peerDependencies" if the host must share one copy.',
        );
      }
    }
  }

  const engine = packagesByEntry[ENGINE_ENTRY];
  if (engine === undefined) {
    problems.push(`The build has no "${ENGINE_ENTRY}" entry (see LIBRARY_ENTRIES in vite.lib.config.ts).`);
  } else {
    for (const name of engine.filter((pkg) => UI_PACKAGES.includes(pkg))) {
      problems.push(
        `The "${ENGINE_ENTRY}" entry reaches "${name}": it must stay framework-free (plain Node, Web Workers). ` +
          'Find the import chain from web/src/lib/engine.ts to that package and move the UI code out of it.',
      );
    }
  }

  for (const name of Object.keys(dependencies)) {
    if (!used.has(name)) {
      problems.push(`"${name}" is in the library's "dependencies" but no built file imports it: remove it.`);
    }
  }
  for (const [name, range] of [...Object.entries(dependencies), ...Object.entries(peers)]) {
    const version = rootVersionOf(root, name);
    if (version === undefined) {
      problems.push(`"${name}" is declared by the library but not installed by the root package.json.`);
    } else if (range !== `^${version}`) {
      problems.push(
        `The library declares "${name}": "${range}" but the root installs ${version} (what the tests ran ` +
          `with): declare "^${version}".`,
      );
    }
  }
  return { problems, packagesByEntry };
}

/**
 * Files other than JavaScript the build emitted (e.g. a stylesheet from a `.css` import): each must be
 * reachable through the manifest's `exports`, or hosts cannot load it.
 */
export function checkEmittedAssets(assetFileNames: string[], lib: Manifest): string[] {
  const exported = new Set(
    Object.values(lib.exports ?? {})
      .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target as object)))
      .map((target) => String(target).replace(/^\.\/dist\//, '')),
  );
  return assetFileNames
    .filter((file) => !file.endsWith('.map') && !exported.has(file))
    .map(
      (file) =>
        `The build emitted dist/${file}, which no "exports" entry of packages/profiler/package.json reaches: ` +
        `export it (e.g. "./${file}": "./dist/${file}") and document the import, or style with MUI (sx) instead.`,
    );
}
