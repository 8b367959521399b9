/**
 * `npm run test:e2e`: builds the app, serves it with `vite preview` on a free 127.0.0.1 port, and runs every
 * scenario in e2e/scenarios/*.ts in headless Chromium (each in a fresh profile). Screenshots go to
 * e2e/screenshots/. Exits non-zero on any failure, including console errors of the page.
 *
 * Run one scenario: `npm run test:e2e -- editor` (matches file names).
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assertChromiumInstalled, launchBrowser } from './lib/browser';
import { buildApp, findFreePort, startPreview, type PreviewServer } from './lib/server';
import type { Scenario } from './lib/types';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const rootDir = resolve(e2eDir, '..');
const screenshotDir = join(e2eDir, 'screenshots');

async function main(): Promise<number> {
  assertChromiumInstalled();
  const filter = process.argv.slice(2);
  const files = readdirSync(join(e2eDir, 'scenarios'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .filter((file) => filter.length === 0 || filter.some((f) => file.includes(f)))
    .sort();
  if (files.length === 0)
    throw new Error(`No scenario matched ${filter.join(', ') || '(all)'} in e2e/scenarios/.`);

  mkdirSync(screenshotDir, { recursive: true });
  const started = Date.now();
  console.log('e2e: vite build …');
  buildApp(rootDir);
  console.log(`e2e: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  let server: PreviewServer | undefined;
  let failures = 0;
  try {
    server = await startPreview(rootDir, await findFreePort());
    console.log(`e2e: serving ${server.url} (vite preview, pid ${server.pid})`);
    for (const file of files) {
      const module = (await import(pathToFileURL(join(e2eDir, 'scenarios', file)).href)) as {
        default: Scenario;
        name?: string;
      };
      const name = module.name ?? file.replace(/\.ts$/, '');
      const browser = await launchBrowser();
      const page = await browser.context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`console.error: ${message.text()}`);
      });
      const t0 = Date.now();
      try {
        await module.default({
          page,
          baseUrl: server.url,
          rootDir,
          log: (message) => console.log(`  · ${message}`),
          screenshot: async (shot) => {
            const path = join(screenshotDir, `${shot}.png`);
            await page.screenshot({ path });
            console.log(`  · screenshot ${path}`);
            return path;
          },
        });
        if (pageErrors.length > 0)
          throw new Error(`the page reported errors:\n    ${pageErrors.join('\n    ')}`);
        console.log(`✓ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failures += 1;
        console.error(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
        await page.screenshot({ path: join(screenshotDir, `FAILED-${name}.png`) }).catch(() => undefined);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server?.stop();
  }
  const total = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`e2e: ${files.length - failures}/${files.length} scenario(s) passed in ${total} s`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
