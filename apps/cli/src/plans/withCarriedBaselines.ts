import type { Observation } from '@plan/observations';
import { carriedObservations, successionBaselines } from '@plan/plans';
import { withStore } from '../_lib/openCliStore.js';
import type { CliContext } from '../cliContext.js';
import type { CliPlan } from './cliPlan.js';

/**
 * A successor plan's observations with its predecessor's final values added as baselines,
 * where it prints none for a linked indicator (@plan/plans' `successionBaselines`, as the API
 * does): the predecessor's last approved, official value for its subject region within its
 * period, with source `predecessor-plan` and a note naming the plan. The successor's own value
 * for the same date wins. A plan without a predecessor, or one whose predecessor is not known
 * here, is given back as it is.
 */
export async function withCarriedBaselines(
  context: CliContext,
  plan: CliPlan,
  observations: readonly Observation[],
): Promise<Observation[]> {
  const succession = plan.succession;
  if (!succession) return [...observations];
  const { resolvePlan } = await import('./resolvePlan.js');
  const predecessor = await resolvePlan(context, succession.predecessor).catch(() => undefined);
  if (!predecessor) return [...observations];
  const recorded = await withStore(context, (store) =>
    store.forPlan(predecessor.id).listObservations({
      region: predecessor.plan.subjectRegion,
      includeIllustrative: false,
      approval: 'approved',
    }),
  );
  const { oneValuePerDate } = await import('@plan/observations');
  const { carried } = successionBaselines(
    plan.plan,
    succession,
    predecessor.plan,
    oneValuePerDate(recorded).used,
  );
  const added = carriedObservations(carried, predecessor.id, observations).map((row) => ({
    ...row,
    createdReason: 'succession',
  }));
  return [...observations, ...added];
}
