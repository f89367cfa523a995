import { type Observation, oneValuePerDate } from '@plan/observations';
import { carriedObservations, Succession, successionBaselines } from '@plan/plans';
import type { Store } from '@plan/store';
import type { PlanContext } from './planRegistry.js';

/**
 * Adds to a successor plan's observations of its subject region the predecessor plan's
 * final values, where the successor prints no baseline for a linked indicator (see
 * @plan/plans' `successionBaselines`). A carried value keeps its date and value; its source
 * is `predecessor-plan`, and its note names the plan, the indicator, the date and the
 * original source, so an answer never passes it off as the successor's own record. The
 * successor's own value for the same indicator and date, when there is one, wins.
 *
 * Only official figures are carried, and only for the subject region. Nothing is written.
 */
export function carriedBaselines(
  store: Store,
  planById: (id: string) => Promise<PlanContext | undefined>,
) {
  return async function withCarried(
    context: PlanContext,
    region: string,
    stored: readonly Observation[],
  ): Promise<Observation[]> {
    const succession = successionOf(context.file);
    if (!succession || region !== context.plan.subjectRegion) return [...stored];
    const predecessor = await planById(succession.predecessor);
    if (!predecessor) return [...stored];
    const recorded = await store.forPlan(predecessor.id).listObservations({
      region: predecessor.plan.subjectRegion,
      includeIllustrative: false,
    });
    const { carried } = successionBaselines(
      context.plan,
      succession,
      predecessor.plan,
      // Approved figures only: a district's submission is not yet part of the record.
      oneValuePerDate(recorded.filter((row) => row.approval === 'approved')).used,
    );
    const added = carriedObservations(carried, predecessor.id, stored).map((row) => ({
      ...row,
      createdReason: 'succession',
    }));
    return [...stored, ...added];
  };
}

/** The succession a plan file names, if any (the built-in plans name none). */
function successionOf(file: unknown): Succession | undefined {
  if (typeof file !== 'object' || file === null || !('succession' in file)) return undefined;
  const parsed = Succession.safeParse(file.succession);
  return parsed.success ? parsed.data : undefined;
}
