import type { Plan } from '@plan/indicators';
import { timeProgress } from '@plan/scoring';

/**
 * 时序进度 on a date: the elapsed share of the plan period, from the end of
 * its base year to the end of its target year, 0 before and 1 after.
 *
 * Asked of @plan/scoring's time-progress method (a base at the start of the
 * period, a target at its end), so the report's figure is the one every
 * indicator is judged against. @plan/scoring exports no function for the
 * share alone; until it does, this is how the CLI avoids a copy of the rule.
 */
export function planTimeElapsed(
  plan: Pick<Plan, 'baselineYear' | 'targetYear'>,
  asOf: string,
): number {
  const result = timeProgress({
    direction: 'increase',
    series: [{ year: plan.baselineYear, value: 0 }],
    target: { year: plan.targetYear, value: 1 },
    asOf,
  });
  // Before the base there is no value on or before the date: nothing has elapsed.
  return result.components.timeProgressAtAsOf ?? 0;
}
