import { ordosPlan, type Plan } from '@plan/indicators';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import type { Lang } from '../_lib/localize.js';
import { testRun } from '../assessment/testRun.js';
import { TEST_UNITS, testTracking } from '../tracking/testTracking.js';
import { buildReport, type Report } from './buildReport.js';

/**
 * The report of the Ordos plan as of 2023-12-31 from its 2020 values, one
 * official figure and one demo figure (the demo one only when asked for);
 * with `tracking`, the hand-made tracking of testTracking.
 */
export function testReport(
  options: {
    lang?: Lang;
    includeIllustrative?: boolean;
    region?: string;
    plan?: Plan;
    /** With the hand-made tracking of testTracking (and its two units). */
    tracking?: boolean;
  } = {},
): Report {
  return buildReport({
    plan: options.plan ?? ordosPlan,
    projects: ordosProjects,
    targets: ordosTargets,
    consistency: ordosConsistencyReport,
    run: testRun({
      includeIllustrative: options.includeIllustrative ?? true,
      regions: [options.region ?? ordosPlan.subjectRegion],
    }),
    lang: options.lang ?? 'zh',
    ...(options.tracking ? { tracking: { tracking: testTracking(), units: TEST_UNITS } } : {}),
  });
}
