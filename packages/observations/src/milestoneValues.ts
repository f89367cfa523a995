import { type Indicator, type Plan, scalarValue } from '@plan/indicators';
import type { Target } from '@plan/projects';
import type { MilestoneTarget, SeriesPoint } from '@plan/scoring';
import { type ObservationValue, PLAN_SOURCE } from './schema/observation.js';

/** What a milestone needs of an observation: a yearly value by year, a dated one by date. */
export type MilestoneObservation = {
  indicatorId: string;
  value: ObservationValue;
  source: string;
  illustrative: boolean;
} & ({ year: number; date?: undefined } | { date: string; year?: undefined });

/** The fields of a @plan/projects target that milestone judging reads. */
export type MilestoneTargetLike = Pick<
  Target,
  | 'id'
  | 'kind'
  | 'indicatorId'
  | 'indicatorPart'
  | 'indicatorScale'
  | 'comparator'
  | 'value'
  | 'upper'
  | 'deadline'
>;

/**
 * The plan's indicator a target can be judged by, or undefined: only level and
 * cumulative targets linked to one of the plan's indicators are levels of it;
 * a yearly pace or a per-unit target is not, so it is not judged from the
 * indicator's values.
 */
export function milestoneIndicator(
  plan: Pick<Plan, 'indicators'>,
  target: Pick<Target, 'kind' | 'indicatorId'>,
): Indicator | undefined {
  if (!target.indicatorId || (target.kind !== 'level' && target.kind !== 'cumulative'))
    return undefined;
  return plan.indicators.find((indicator) => indicator.id === target.indicatorId);
}

/**
 * The observed values a milestone is judged by: the observations of its
 * indicator, each as the one number that is judged (`scalarValue`: the part the
 * target names, for a split indicator — none when it names none; the scored
 * share, for a ratio). The plan's own baseline values (source "plan") are left
 * out: they are where the plan starts, not progress towards its targets, so
 * with nothing else observed the milestone says no data.
 */
export function milestoneValues(
  plan: Pick<Plan, 'indicators'>,
  target: Pick<Target, 'kind' | 'indicatorId' | 'indicatorPart'>,
  observations: readonly MilestoneObservation[],
): { points: SeriesPoint[]; illustrative: boolean } {
  const points: SeriesPoint[] = [];
  let illustrative = false;
  const indicator = milestoneIndicator(plan, target);
  if (!indicator) return { points, illustrative };
  for (const observation of observations) {
    if (observation.indicatorId !== indicator.id || observation.source === PLAN_SOURCE) continue;
    const value = scalarValue(indicator, observation.value, target.indicatorPart);
    if (value === undefined) continue;
    points.push(
      observation.year !== undefined
        ? { year: observation.year, value }
        : { date: observation.date, value },
    );
    illustrative ||= observation.illustrative;
  }
  return { points, illustrative };
}

/**
 * The milestone as milestoneStatus takes it: in the indicator's unit (5 G →
 * 5000 Mbps) and, for a decrease-is-better indicator, judged downwards (a plain
 * "= 15" for 肥胖率 is met at 15 or below, not above).
 */
export function milestoneInIndicatorUnit(
  plan: Pick<Plan, 'indicators'>,
  target: MilestoneTargetLike,
): MilestoneTarget {
  const scale = target.indicatorScale ?? 1;
  const direction = milestoneIndicator(plan, target)?.direction;
  return {
    id: target.id,
    comparator: target.comparator,
    value: target.value * scale,
    ...(target.upper !== undefined ? { upper: target.upper * scale } : {}),
    deadline: {
      year: target.deadline.year,
      ...(target.deadline.date ? { date: target.deadline.date } : {}),
      inferred: target.deadline.inferred,
    },
    ...(direction === 'decrease' ? { direction: 'decrease' as const } : {}),
  };
}

/** A stored observation in the shape milestoneValues reads. */
export function asMilestoneObservation(observation: {
  indicatorId: string;
  value: ObservationValue;
  source: string;
  illustrative: boolean;
  period: 'year' | 'date';
  year: number;
  date: string;
}): MilestoneObservation {
  const common = {
    indicatorId: observation.indicatorId,
    value: observation.value,
    source: observation.source,
    illustrative: observation.illustrative,
  };
  return observation.period === 'year'
    ? { ...common, year: observation.year }
    : { ...common, date: observation.date };
}
