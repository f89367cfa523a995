import type { Observation } from '../api/types.js';

/**
 * The latest observation of each indicator dated on or before `asOf`, keyed by
 * indicator id. Figures after the as-of date are left out, as the assessment
 * leaves them out.
 *
 * Not (yet) @plan/observations' `oneValuePerDate`: importing it pulls the zod
 * schemas of its module (~28 kB gzipped) into every page that lists values.
 */
export function latestObservations(
  observations: readonly Observation[],
  asOf: string,
): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const observation of observations) {
    if (observation.date > asOf) continue;
    const current = latest.get(observation.indicatorId);
    if (!current || observation.date > current.date)
      latest.set(observation.indicatorId, observation);
  }
  return latest;
}
