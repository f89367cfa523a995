import { ordosPlan, type Plan } from '@plan/indicators';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import type { Lang } from '../_lib/localize.js';
import { testRun } from '../assessment/testRun.js';
import { buildReport, type Report } from './buildReport.js';

/**
 * The report of the Ordos plan as of 2023-12-31 from its 2020 values, one
 * official figure and one demo figure (the demo one only when asked for).
 */
export function testReport(
  options: { lang?: Lang; includeIllustrative?: boolean; region?: string; plan?: Plan } = {},
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
  });
}
