import { definePlanVitestConfig } from '@plan/vitest-config';

export default definePlanVitestConfig({ test: { testTimeout: 60_000 } });
