import { definePlanVitestConfig } from '@plan/vitest-config';

export default definePlanVitestConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Most tests wait on a `plan` process they spawned: run two files at once even on two cores.
    maxWorkers: 2,
  },
});
