import type { Plan } from '@plan/indicators';
import { isPlanOver, planEndDate } from './_lib/finalOf.js';
import { type AssessPlanOptions, assessPlan } from './assessPlan.js';
import type { FinalEvaluation } from './schema/finalEvaluation.js';
import { ScoringInputError } from './scoringInputError.js';

/**
 * The final evaluation (总结评估) of a plan as of a date after its end: for
 * each indicator and region, whether the target is met at the plan's last day
 * (31 December of `period.end`) by the last value dated on or before it, by
 * how much (value − target, and the share of the way from the baseline), and
 * apart from that the latest value after the deadline and whether it meets
 * the target, which never changes the verdict at the end. The verdict reads
 * the target's comparator (≥, ＞, ≈, a range); `statusAtEnd` is the method's
 * own status as of the last day. `assessPlan` includes the same block as
 * `finalEvaluation` for any as-of date after the end.
 *
 * For an amended plan, pass the plan in force (`planInForce` of @plan/plans):
 * amendments take effect within the plan period, so it is the plan in force
 * at the end too.
 *
 * @throws ScoringInputError when `asOf` is not after the plan's end, or for what `assessPlan` refuses
 * @example
 *   const close = finalEvaluation(ordosPlan, observations, { method: 'time-progress', asOf: '2026-06-30' });
 *   close.counts; // { met: 40, missed: 12, no_data: 9, no_target: 0, metAfterDeadline: 2 }
 */
export function finalEvaluation(
  plan: Readonly<Plan>,
  observations: unknown,
  options: AssessPlanOptions & { asOf: string },
): FinalEvaluation {
  if (typeof options?.asOf !== 'string' || !isPlanOver(plan, options.asOf)) {
    throw new ScoringInputError(
      [
        {
          path: ['asOf'],
          message: `expected a date on or after the plan's last day (${planEndDate(plan)}): the final evaluation looks back on a closed plan`,
        },
      ],
      'options',
    );
  }
  return assessPlan(plan, observations, options).finalEvaluation as FinalEvaluation;
}
