import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web interface's unit tests render React components (see web/vite.config.ts for the same setting).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: {
    include: [
      'core/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'server/test/**/*.test.ts',
      'web/src/**/*.test.{ts,tsx}',
      'e2e/**/*.e2e.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
