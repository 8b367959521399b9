/** Launches Debian's Chromium through playwright-core with a fresh profile directory. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags known to work headless in containers (see TOOLCHAIN.md). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails loudly (never skips) when Chromium is missing. */
export function assertChromiumInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install it with:\n\n  apt-get update && apt-get install -y chromium\n\n` +
        '(or set CHROMIUM_PATH to a Chromium/Chrome binary). The browser tests never download a browser.',
    );
  }
}

export interface LaunchedBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A persistent context in a new temp profile (so every scenario starts with empty storage). */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  assertChromiumInstalled();
  const profileDir = mkdtempSync(join(tmpdir(), 'wpp-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
