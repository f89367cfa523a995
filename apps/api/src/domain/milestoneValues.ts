import { type Indicator, indicatorById, isIndicatorId } from '@plan/indicators';
import type { Target } from '@plan/projects';
import type { MilestoneTarget, SeriesPoint } from '@plan/scoring';
import { type ObservationValue, PLAN_SOURCE } from './observation.js';

/** What a milestone needs of an observation: a yearly value by year, a dated one by date. */
export type MilestoneObservation = {
  indicatorId: string;
  value: ObservationValue;
  source: string;
  illustrative: boolean;
} & ({ year: number; date?: undefined } | { date: string; year?: undefined });

/**
 * The indicator a target can be judged by, or undefined: only level and
 * cumulative targets linked to an indicator are levels of it; a yearly pace or
 * a per-unit target is not, so it is not judged from the indicator's values.
 */
export function milestoneIndicator(target: Target): Indicator | undefined {
  if (!target.indicatorId || (target.kind !== 'level' && target.kind !== 'cumulative'))
    return undefined;
  return isIndicatorId(target.indicatorId) ? indicatorById(target.indicatorId) : undefined;
}

/**
 * The observed values a milestone is judged by: the observations of its
 * indicator (its part, for a split indicator; the first share, for a ratio).
 * The plan's own 2020 values are left out: they are where the plan starts, not
 * progress towards its targets, so with nothing else observed the milestone
 * says no data.
 */
export function milestoneValues(
  target: Target,
  observations: readonly MilestoneObservation[],
): { points: SeriesPoint[]; illustrative: boolean } {
  const points: SeriesPoint[] = [];
  let illustrative = false;
  if (!milestoneIndicator(target)) return { points, illustrative };
  for (const observation of observations) {
    if (observation.indicatorId !== target.indicatorId || observation.source === PLAN_SOURCE)
      continue;
    const value = scalarOf(observation.value, target.indicatorPart);
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

function scalarOf(value: ObservationValue, part: string | undefined): number | undefined {
  if (typeof value === 'number') return part ? undefined : value;
  if ('ratio' in value) return value.ratio[0];
  return part ? value.parts[part] : undefined;
}

/**
 * The milestone as milestoneStatus takes it: in the indicator's unit (5 G →
 * 5000 Mbps) and, for a decrease-is-better indicator, judged downwards (a plain
 * "= 15" for 肥胖率 is met at 15 or below, not above).
 */
export function milestoneInIndicatorUnit(target: Target): MilestoneTarget {
  const scale = target.indicatorScale ?? 1;
  const direction = milestoneIndicator(target)?.direction;
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
