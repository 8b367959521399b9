/**
 * Library build of the profiler (`npm run build:lib`, which also writes the .d.ts files): ES modules for
 * the package in packages/profiler. Every bare import stays external — peers (React, MUI, Zustand, …) and
 * dependencies (recharts, idb, …) are resolved by the host's installation, never bundled twice.
 */
import { isAbsolute } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The package's entry points (see `exports` in packages/profiler/package.json). */
export const LIBRARY_ENTRIES = {
  index: 'web/src/lib/index.ts',
  hooks: 'web/src/lib/hooks.ts',
  stores: 'web/src/lib/stores.ts',
  engine: 'web/src/lib/engine.ts',
};

const isBareImport = (id: string) => !id.startsWith('.') && !id.startsWith('\0') && !isAbsolute(id);

export default defineConfig({
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: 'packages/profiler/dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: { entry: LIBRARY_ENTRIES, formats: ['es'] },
    rolldownOptions: {
      external: isBareImport,
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
