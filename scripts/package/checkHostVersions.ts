/**
 * The example host must install what the project tests with: every package examples/embed/package.json
 * shares with the root package.json must name the root's exact version.
 */
import type { Manifest } from './checkPackageImports';

const allOf = (manifest: Manifest): Record<string, string> => ({
  ...manifest.devDependencies,
  ...manifest.dependencies,
});

/** Sentences naming each package whose version differs; empty when they all agree. */
export function checkHostVersions(host: Manifest, root: Manifest): string[] {
  const rootVersions = allOf(root);
  return Object.entries(allOf(host)).flatMap(([name, version]) => {
    const expected = rootVersions[name];
    return expected !== undefined && expected !== version
      ? [
          `examples/embed/package.json has "${name}": "${version}"; the root installs ${expected}: use "${expected}".`,
        ]
      : [];
  });
}
