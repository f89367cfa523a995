import { definePlanVitestConfig } from '@plan/vitest-config';

export default definePlanVitestConfig();
