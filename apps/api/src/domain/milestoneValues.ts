import type { Target } from '@plan/projects';
import type { SeriesPoint } from '@plan/scoring';
import type { Observation } from './observation.js';

/**
 * The observed values a milestone is judged by: the observations of the
 * indicator it is linked to (its part, for a split indicator; the first share,
 * for a ratio), in the indicator's unit. Only level and cumulative targets are
 * judged this way; a yearly pace or a per-unit target is not a level of the
 * indicator, so it gets no values (and the status says no data).
 */
export function milestoneValues(
  target: Target,
  observations: readonly Observation[],
): SeriesPoint[] {
  if (!target.indicatorId || (target.kind !== 'level' && target.kind !== 'cumulative')) return [];
  const points: SeriesPoint[] = [];
  for (const observation of observations) {
    if (observation.indicatorId !== target.indicatorId) continue;
    const value = scalarOf(observation.value, target.indicatorPart);
    if (value === undefined) continue;
    points.push(
      observation.period === 'year'
        ? { year: observation.year, value }
        : { date: observation.date, value },
    );
  }
  return points;
}

function scalarOf(value: Observation['value'], part: string | undefined): number | undefined {
  if (typeof value === 'number') return part ? undefined : value;
  if ('ratio' in value) return value.ratio[0];
  return part ? value.parts[part] : undefined;
}

/** The milestone in the indicator's unit (5 G → 5000 Mbps), as milestoneStatus takes it. */
export function milestoneInIndicatorUnit(target: Target) {
  const scale = target.indicatorScale ?? 1;
  return {
    ...target,
    value: target.value * scale,
    ...(target.upper !== undefined ? { upper: target.upper * scale } : {}),
  };
}
