/** What every e2e scenario receives. */
import type { Page } from 'playwright-core';

export interface ScenarioContext {
  /** A fresh page in a fresh browser profile (empty localStorage). */
  page: Page;
  /** Base URL of the served production build, e.g. `http://127.0.0.1:41234/`. */
  baseUrl: string;
  /** Saves a PNG to e2e/screenshots/<name>.png and returns its path. */
  screenshot: (name: string) => Promise<string>;
  /** Absolute path of the repository root (to read example files and fixtures). */
  rootDir: string;
  /** Prints a progress line under the scenario's name. */
  log: (message: string) => void;
}

/**
 * A scenario file in e2e/scenarios/ exports `name` and a default async function. Throw (or fail an
 * assertion from e2e/lib/assert.ts) to fail the run.
 */
export type Scenario = (context: ScenarioContext) => Promise<void>;
