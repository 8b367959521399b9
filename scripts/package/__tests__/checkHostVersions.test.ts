import { checkHostVersions } from '../checkHostVersions';

describe('checkHostVersions', () => {
  const root = { dependencies: { react: '19.3.1' }, devDependencies: { vite: '8.3.8' } };

  it('accepts the root versions and ignores packages only the host has', () => {
    const host = { dependencies: { react: '19.3.1', 'workflow-performance-profiler': 'file:x.tgz' } };
    expect(checkHostVersions({ ...host, devDependencies: { vite: '8.3.8' } }, root)).toEqual([]);
  });

  it('names a dependency or devDependency whose version differs', () => {
    const host = { dependencies: { react: '19.2.0' }, devDependencies: { vite: '^8.3.8' } };
    expect(checkHostVersions(host, root)).toEqual([
      'examples/embed/package.json has "vite": "^8.3.8"; the root installs 8.3.8: use "8.3.8".',
      'examples/embed/package.json has "react": "19.2.0"; the root installs 19.3.1: use "19.3.1".',
    ]);
  });
});
