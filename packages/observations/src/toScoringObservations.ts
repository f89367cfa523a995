import type { ObservationInput as ScoringObservation } from '@plan/scoring';
import type { Observation } from './schema/observation.js';

/** Stored observations in the shape @plan/scoring reads: a yearly value by year, a dated one by date. */
export function toScoringObservations(observations: readonly Observation[]): ScoringObservation[] {
  return observations.map((observation) => ({
    indicatorId: observation.indicatorId,
    region: observation.region,
    ...(observation.period === 'year' ? { year: observation.year } : { date: observation.date }),
    value: observation.value,
    source: observation.source,
    ...(observation.note ? { note: observation.note } : {}),
  }));
}
