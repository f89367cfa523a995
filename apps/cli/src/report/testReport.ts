import { ordosPlan, type Plan } from '@plan/indicators';
import {
  DEMO_SOURCE,
  type NewObservation,
  type Observation,
  planBaselineObservations,
} from '@plan/observations';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import { Method } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';
import { runAssessment } from '../assessment/runAssessment.js';
import { buildReport, type Report } from './buildReport.js';

/** An observation as the store keeps it, for tests that need no database. */
export function stored(observation: NewObservation, index = 0): Observation {
  return {
    ...observation,
    id: `test-${index}`,
    note: observation.note ?? null,
    illustrative: observation.source === DEMO_SOURCE,
    createdReason: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    createdBy: 'test',
    updatedAt: '2024-01-01T00:00:00Z',
    updatedBy: 'test',
  };
}

/** A yearly figure of one indicator. */
export const figure = (
  indicatorId: string,
  year: number,
  value: number,
  source: string,
  region = ordosPlan.subjectRegion,
): NewObservation => ({
  indicatorId,
  region,
  year,
  date: `${year}-12-31`,
  period: 'year',
  value,
  source,
  note: null,
});

/**
 * The report of the Ordos plan as of 2023-12-31 from its 2020 values, one
 * official figure and one demo figure (the demo one only when asked for).
 */
export function testReport(
  options: { lang?: Lang; includeIllustrative?: boolean; region?: string; plan?: Plan } = {},
): Report {
  const includeIllustrative = options.includeIllustrative ?? true;
  const observations = [
    ...planBaselineObservations(ordosPlan),
    figure('regular-exercise-share', 2023, 44.1, 'statistics-bureau'),
    figure('student-myopia-rate', 2022, 57.2, DEMO_SOURCE),
  ].map(stored);
  const run = runAssessment(ordosPlan, observations, {
    asOf: '2023-12-31',
    regions: [options.region ?? ordosPlan.subjectRegion],
    methods: Method.options,
    includeIllustrative,
  });
  return buildReport({
    plan: options.plan ?? ordosPlan,
    projects: ordosProjects,
    targets: ordosTargets,
    consistency: ordosConsistencyReport,
    run,
    lang: options.lang ?? 'zh',
  });
}
