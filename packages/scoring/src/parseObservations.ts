import type { Plan } from '@plan/indicators';
import { checkAndGroupObservations, shapeObservations } from './_lib/observations.js';
import { planLookups } from './_lib/observationsPlan.js';
import type { Observation } from './schema/observation.js';

/**
 * Reads observations for a plan: checks each one's shape (zod), that its
 * indicator and region exist in the plan, that its value can belong to the
 * indicator (no percentage of 140, no negative count, no ratio whose parts do
 * not add up, no part the indicator does not have), and that no two give the
 * same indicator, region and time. Fills in the region (the plan's subject,
 * 鄂尔多斯市, when none is given).
 *
 * @throws ScoringInputError listing every problem with its path (`[3].value.parts.middle: …`)
 * @example
 *   parseObservations(ordosPlan, [{ indicatorId: 'student-myopia-rate', year: 2023, value: 57, source: '体检统计' }]);
 *   // [{ indicatorId: 'student-myopia-rate', region: 'ordos', year: 2023, value: 57, source: '体检统计' }]
 */
export function parseObservations(
  plan: Pick<Plan, 'indicators' | 'regions' | 'subjectRegion'>,
  input: unknown,
): Observation[] {
  const shaped = shapeObservations(input);
  const { indicatorOf, regions } = planLookups(plan);
  return checkAndGroupObservations(shaped, indicatorOf, regions, plan.subjectRegion).observations;
}
