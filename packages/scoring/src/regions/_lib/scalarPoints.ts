import { type Indicator, ratioShare } from '@plan/indicators';
import type { Observation } from '../../schema/observation.js';
import { observationDay, observationIso, observationT } from './regionTime.js';

/** One observed number of a single-number indicator, with where it stands in time. */
export type ScalarPoint = { iso: string; day: number; t: number; value: number };

/**
 * The numbers an indicator is scored on, one per observation, in time order:
 * the value itself, or a ratio's scored share. A split indicator has no one
 * number (its parts are judged apart): none.
 */
export function scalarPoints(
  indicator: Pick<Indicator, 'parts' | 'unit' | 'band'>,
  observations: readonly Observation[],
): ScalarPoint[] {
  if (indicator.parts) return [];
  const part = indicator.band?.ratioPart ?? 0;
  const points: ScalarPoint[] = [];
  for (const observation of observations) {
    const raw = observation.value;
    const value =
      typeof raw === 'number'
        ? raw
        : indicator.unit.kind === 'ratio' && 'ratio' in raw
          ? ratioShare(raw.ratio, part)
          : undefined;
    if (value === undefined) continue;
    points.push({
      iso: observationIso(observation),
      day: observationDay(observation),
      t: observationT(observation),
      value,
    });
  }
  return points.sort((a, b) => a.day - b.day);
}

/** The latest point on or before a day, or null. */
export function latestBy(points: readonly ScalarPoint[], day: number): ScalarPoint | null {
  let latest: ScalarPoint | null = null;
  for (const point of points) if (point.day <= day) latest = point;
  return latest;
}
