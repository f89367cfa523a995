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
   * The indicator whose values judge the target; null when none can (linked to
   * no indicator of the plan, or not a level of it: an amount to add, a yearly
   * pace, a quantity per school). Such a target always says no data.
   */
  indicator: Indicator | null;
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
 *   (`milestoneIndicator`); any other target says no data;
 * - the values are those observed in `region` (observations of other regions
 *   are ignored), without the plan's own baseline values;
 * - a ratio is judged on the share the indicator is scored on, as @plan/scoring
 *   scores it (职普比例 38:62 → 38); a split indicator on the part the target
 *   names (none when it names none);
 * - the target is put in the indicator's unit, and judged downwards on a
 *   decrease-is-better indicator;
 * - a district or banner is held to the plan's own target (the plan sets none
 *   of its own for them), as the viewer shows it.
 *
 * @example
 *   judgeMilestones(ordosPlan, ordosTargets, observations, { region: 'ordos', asOf: '2024-06-30' })
 *     .map((row) => row.assessment.status); // ['met', 'no_data', 'on_track', …]
 */
export function judgeMilestones<T extends MilestoneTargetLike>(
  plan: Pick<Plan, 'indicators'>,
  targets: readonly T[],
  observations: readonly (MilestoneObservation & { region: string })[],
  options: { region: string; asOf: string; dueSoonDays?: number },
): JudgedMilestone<T>[] {
  const mine = observations.filter((observation) => observation.region === options.region);
  const statusOptions = {
    asOf: options.asOf,
    ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
  };
  return targets.map((target) => {
    const { points, illustrative } = milestoneValues(plan, target, mine);
    return {
      target,
      indicator: milestoneIndicator(plan, target) ?? null,
      assessment: milestoneStatus(milestoneInIndicatorUnit(plan, target), points, statusOptions),
      valuesUsed: points.length,
      illustrative,
    };
  });
}
