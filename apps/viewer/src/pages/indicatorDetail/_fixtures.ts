import { ordosPlan } from '@plan/indicators';
import { assessIndicator, type Method } from '@plan/scoring';
import { type AssessmentItem, toAssessmentItem } from '../../api/assessments.js';
import type { Observation } from '../../api/types.js';
import { indicatorOf } from '../../test/fakeApi.js';

/** An indicator assessed by one method as the API would answer, read as the page reads it. */
export function assessed(
  id: string,
  observations: readonly Observation[],
  method: Method = 'time-progress',
  asOf = '2024-06-30',
): AssessmentItem {
  const mine = observations.filter((item) => item.indicatorId === id);
  return toAssessmentItem(
    assessIndicator(
      indicatorOf(id),
      mine.map(({ indicatorId, region, year, value }) => ({ indicatorId, region, year, value })),
      { method, asOf, region: ordosPlan.subjectRegion },
    ),
  );
}
