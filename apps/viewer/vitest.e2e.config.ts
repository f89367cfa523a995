import { definePlanVitestConfig } from '@plan/vitest-config';

// End-to-end: the built viewer served by the real API, driven in Debian's Chromium.
export default definePlanVitestConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
