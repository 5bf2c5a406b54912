/**
 * The Workers suite: runs src/worker.ts and its tests inside workerd with the bindings of
 * wrangler.toml, against a libSQL (Hrana v2) server that globalSetup starts and migrates.
 */
import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { DATABASE_URL, SLACK_SECRET } from './constants.ts';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [
    cloudflareTest({
      main: './src/worker.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: { bindings: { DATABASE_URL, SLACK_SIGNING_SECRET: SLACK_SECRET } },
    }),
  ],
  test: {
    include: ['test/workers/**/*.test.ts'],
    globalSetup: ['test/workers/global-setup.ts'],
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
