import type { Indicator, Plan } from '@plan/indicators';
import { type MilestoneAssessment, milestoneStatus } from '@plan/scoring';
import {
  type MilestoneObservation,
  type MilestoneTargetLike,
  milestoneIndicator,
  milestoneInIndicatorUnit,
  milestoneValues,
} from './milestoneValues.js';

/** One target judged: where it stands, by which indicator, from how many values. */
export type JudgedMilestone<T extends MilestoneTargetLike = MilestoneTargetLike> = {
  target: T;
  /**
   * The plan's indicator the target is a level of, or null (linked to no
   * indicator, or an amount to add, a yearly pace, a quantity per school).
   */
  indicator: Indicator | null;
  /**
   * False when the target cannot be judged from indicator values here: it has
   * no indicator, or the region is not the plan's subject region. Its
   * assessment then says no data.
   */
  judged: boolean;
  assessment: MilestoneAssessment;
  /** How many observed values the status was computed from. */
  valuesUsed: number;
  /** True when a value behind the status is an illustrative demo figure. */
  illustrative: boolean;
};

/**
 * Judges the plan's targets (the quantified targets of its text, from
 * @plan/projects) in one region as of a date, by @plan/scoring's
 * `milestoneStatus`. One policy for every caller (the API's milestones, the
 * CLI's report):
 *
 * - a target is judged by its linked indicator only when it is a level of it
 *   (`milestoneIndicator`), from the values observed in the region, without the
 *   plan's own baseline values;
 * - only in the plan's subject region (鄂尔多斯市): the plan sets its targets
 *   for the city as a whole, so a district's or banner's figure is not held to
 *   them (three national sports parks are the city's, not each banner's); there
 *   every target says no data and `judged` is false;
 * - a ratio is judged on the share the indicator is scored on, as @plan/scoring
 *   scores it (职普比例 38:62 → 38); a split indicator on the part the target
 *   names (none when it names none);
 * - the target is put in the indicator's unit, and judged downwards on a
 *   decrease-is-better indicator.
 *
 * @example
 *   judgeMilestones(ordosPlan, ordosTargets, observations, { region: 'ordos', asOf: '2024-06-30' })
 *     .map((row) => row.assessment.status); // ['met', 'no_data', 'on_track', …]
 */
export function judgeMilestones<T extends MilestoneTargetLike>(
  plan: Pick<Plan, 'indicators' | 'subjectRegion'>,
  targets: readonly T[],
  observations: readonly (MilestoneObservation & { region: string })[],
  options: { region: string; asOf: string; dueSoonDays?: number },
): JudgedMilestone<T>[] {
  const inSubject = options.region === plan.subjectRegion;
  const mine = inSubject
    ? observations.filter((observation) => observation.region === options.region)
    : [];
  const statusOptions = {
    asOf: options.asOf,
    ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
  };
  return targets.map((target) => {
    const indicator = milestoneIndicator(plan, target) ?? null;
    const { points, illustrative } = milestoneValues(plan, target, mine);
    return {
      target,
      indicator,
      judged: indicator !== null && inSubject,
      assessment: milestoneStatus(milestoneInIndicatorUnit(plan, target), points, statusOptions),
      valuesUsed: points.length,
      illustrative,
    };
  });
}
