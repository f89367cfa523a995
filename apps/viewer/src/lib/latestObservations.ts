import { oneValuePerDate } from '@plan/observations';
import type { Observation } from '../api/types.js';

/**
 * The latest observation of each indicator dated on or before `asOf`, keyed by
 * indicator id. Figures after the as-of date are left out, as the assessment
 * leaves them out. When several sources give a value for the same date, the one
 * that counts is @plan/observations' `oneValuePerDate` (its source precedence),
 * the same rule the API assesses by.
 */
export function latestObservations(
  observations: readonly Observation[],
  asOf: string,
): Map<string, Observation> {
  const { used } = oneValuePerDate(observations.filter((observation) => observation.date <= asOf));
  const latest = new Map<string, Observation>();
  for (const observation of used) {
    const current = latest.get(observation.indicatorId);
    if (!current || observation.date > current.date)
      latest.set(observation.indicatorId, observation);
  }
  return latest;
}
