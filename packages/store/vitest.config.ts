import { definePlanVitestConfig } from '@plan/vitest-config';

export default definePlanVitestConfig({
  test: {
    globalSetup: ['./src/testing/postgresGlobalSetup.ts'],
    // Store tests run against real databases; give a slow disk time.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
