import { LocalizedText } from '@plan/indicators';
import type { Approval } from '@plan/observations';
import { defaultAsOf, planDays } from '@plan/scoring';
import type { Store } from '@plan/store';
import { z } from 'zod';
import type { PlanContext } from '../plans/planRegistry.js';

/** How the as-of day of an assessment was chosen: given in the request, or by a default rule. */
const AsOfRule = z
  .enum(['given', 'latest-data', 'plan-end', 'today', 'plan-start'])
  .meta({ id: 'AsOfRule' });

/** The fields every assessment answer carries about its as-of day. */
export const AsOfBasis = {
  asOfRule: AsOfRule.describe(
    'given: the request named asOf. Otherwise the default (defaultAsOf of @plan/scoring): latest-data — the latest date with data inside the plan period; plan-end — the plan is over, judged on its last day (final evaluation); today — the data is dated after today, or the plan has not started; plan-start — no data inside the plan period',
  ),
  asOfExplanation: LocalizedText.nullable().describe(
    'Why this as-of day, in both languages; null when the request named it',
  ),
};
type AsOfChoice = {
  asOf: string;
  asOfRule: z.infer<typeof AsOfRule>;
  asOfExplanation: LocalizedText | null;
};

/**
 * The as-of day an assessment judges: the request's, or when it names none, `defaultAsOf` on the
 * latest observation date inside the plan period among the figures the request would judge (its
 * region; illustrative and submitted figures only when asked for).
 */
export async function chooseAsOf(
  store: Store,
  context: PlanContext,
  request: {
    asOf: string | undefined;
    region: string;
    includeIllustrative: boolean;
    approval: Approval | readonly Approval[];
  },
  today: string,
): Promise<AsOfChoice> {
  if (request.asOf !== undefined)
    return { asOf: request.asOf, asOfRule: 'given', asOfExplanation: null };
  const plan = planDays(context.plan.period);
  const [latest] = await store.forPlan(context.id).listObservations({
    region: request.region,
    includeIllustrative: request.includeIllustrative,
    approval: request.approval,
    from: plan.start,
    to: plan.end,
    sort: '-date',
    limit: 1,
  });
  const chosen = defaultAsOf({ plan, latestDataDate: latest?.date ?? null, today });
  return { asOf: chosen.asOf, asOfRule: chosen.rule, asOfExplanation: chosen.explanation };
}

/** An answer's JSON (an object) with the as-of fields added at its end. */
export function withAsOfBasis(body: string, { asOfRule, asOfExplanation }: AsOfChoice): string {
  return `${body.slice(0, body.lastIndexOf('}'))},"asOfRule":${JSON.stringify(asOfRule)},"asOfExplanation":${JSON.stringify(asOfExplanation)}}`;
}
