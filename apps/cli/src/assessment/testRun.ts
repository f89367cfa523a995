import { ordosPlan } from '@plan/indicators';
import {
  DEMO_SOURCE,
  type NewObservation,
  type Observation,
  planBaselineObservations,
} from '@plan/observations';
import { Method } from '@plan/scoring';
import { type AssessmentRun, runAssessment } from './runAssessment.js';

/** An observation as the store keeps it, for tests that need no database. */
export function stored(observation: NewObservation, index = 0): Observation {
  // Cast: the review fields are the store's (approval and who reviewed it when).
  return {
    ...observation,
    approval: 'approved',
    approvalReason: null,
    reviewedBy: null,
    reviewedAt: null,
    id: `test-${index}`,
    note: observation.note ?? null,
    illustrative: observation.source === DEMO_SOURCE,
    createdReason: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    createdBy: 'test',
    updatedAt: '2024-01-01T00:00:00Z',
    updatedBy: 'test',
  } as Observation;
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
 * The Ordos plan assessed by every method as of 2023-12-31 from its 2020
 * values, one official figure and one demo figure (used only when asked for).
 */
export function testRun(
  options: { includeIllustrative?: boolean; regions?: string[]; methods?: Method[] } = {},
): AssessmentRun {
  const observations = [
    ...planBaselineObservations(ordosPlan),
    figure('regular-exercise-share', 2023, 44.1, 'statistics-bureau'),
    figure('student-myopia-rate', 2022, 57.2, DEMO_SOURCE),
  ].map(stored);
  return runAssessment(ordosPlan, observations, {
    asOf: '2023-12-31',
    regions: options.regions ?? [ordosPlan.subjectRegion],
    methods: options.methods ?? Method.options,
    includeIllustrative: options.includeIllustrative ?? true,
  });
}
