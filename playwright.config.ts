import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/support/chromium';

/**
 * End-to-end suite: the real renderer (dist/renderer) served by the real
 * moon:// handler through web mode, driven in Debian's Chromium with
 * SwiftShader WebGL. No browser is downloaded. See test/e2e/global-setup.ts
 * for how the pack is built (real kit from MOON_KIT_DIR, else synthetic).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1100, height: 760 },
    deviceScaleFactor: 1,
    // The app follows the browser's language; tests that want another set their own.
    locale: 'en-US',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
});
