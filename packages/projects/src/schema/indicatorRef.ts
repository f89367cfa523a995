import { type IndicatorId, ordosPlan } from '@plan/indicators';
import { z } from 'zod';

// `ordosPlan` is parsed from the typed module whose ids make up `IndicatorId`,
// so this list and that type are the same set.
const indicatorIds = ordosPlan.indicators.map((indicator) => indicator.id) as [
  IndicatorId,
  ...IndicatorId[],
];

/**
 * The id of an indicator of `@plan/indicators`. A literal union in TypeScript
 * (a typo in a data module fails to compile) and an enum at run time (input
 * from outside gets an error naming the bad id).
 */
export const IndicatorRef = z
  .enum(indicatorIds, {
    error: (issue) =>
      `unknown indicator id ${JSON.stringify(issue.input)}: expected the id of one of the ${indicatorIds.length} indicators of @plan/indicators, e.g. "preschool-enrolment-rate"`,
  })
  .meta({ id: 'IndicatorRef' });
export type IndicatorRef = z.infer<typeof IndicatorRef>;
