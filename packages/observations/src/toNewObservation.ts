import type { Plan } from '@plan/indicators';
import {
  DEFAULT_SOURCE,
  type NewObservation,
  type ObservationInput,
} from './schema/observation.js';

/**
 * An observation as sent, ready to be stored: the plan's subject region and
 * the source "api" when none is given, and a yearly value dated 31 December of
 * its year, so yearly and dated values sort together. A target's own figure
 * (`targetId`) is keyed by the target's id: `indicatorId` and `targetId` both hold it.
 *
 * @example
 *   toNewObservation(ordosPlan, { indicatorId: 'student-myopia-rate', year: 2023, value: 57 });
 *   // { indicatorId: 'student-myopia-rate', value: 57, region: 'ordos', source: 'api',
 *   //   date: '2023-12-31', year: 2023, period: 'year' }
 */
export function toNewObservation(
  plan: Pick<Plan, 'subjectRegion'>,
  input: ObservationInput,
): NewObservation {
  const { year, date, region, source, indicatorId, targetId, ...fields } = input;
  // A target's own figure is stored under the target's id (ids never collide: targets' start "T-").
  const rest = {
    indicatorId: (targetId ?? indicatorId) as string,
    ...(targetId !== undefined ? { targetId } : {}),
    ...fields,
    region: region ?? plan.subjectRegion,
    source: source ?? DEFAULT_SOURCE,
  };
  if (date !== undefined) return { ...rest, date, year: Number(date.slice(0, 4)), period: 'date' };
  return { ...rest, date: `${year}-12-31`, year: year as number, period: 'year' };
}
