import { definePlanVitestConfig } from '@plan/vitest-config';

export default definePlanVitestConfig({
  // The import-limit tests build real hostile files (a 296 MB zip bomb deflated in memory):
  // seconds of CPU on a busy two-core machine, more than Vitest's default 5 s.
  test: { testTimeout: 60_000 },
});
