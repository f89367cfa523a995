import { definePlanVitestConfig } from './index.js';

// The helpers' own tests sit beside them (no src/ here); the fixtures are run on purpose by
// tooling/scripts/check-packages.mjs, not by this config.
export default definePlanVitestConfig({ test: { include: ['*.test.js'] } });
