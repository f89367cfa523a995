import { isoDay, isoDecimalYearCached, yearEndDay, yearEndIso } from '../../_lib/time.js';
import type { Observation } from '../../schema/observation.js';

/** The ISO date an observation stands on: a yearly value on 31 December of its year. */
export function observationIso(observation: Pick<Observation, 'year' | 'date'>): string {
  return observation.year !== undefined
    ? yearEndIso(observation.year)
    : (observation.date as string).slice(0, 10);
}

/** The calendar day number an observation stands on, for comparing with as-of dates. */
export function observationDay(observation: Pick<Observation, 'year' | 'date'>): number {
  return observation.year !== undefined
    ? yearEndDay(observation.year)
    : isoDay(observation.date as string);
}

/** The decimal year of an observation (a yearly value is exactly its year), for trends. */
export function observationT(observation: Pick<Observation, 'year' | 'date'>): number {
  return observation.year !== undefined
    ? observation.year
    : isoDecimalYearCached(observation.date as string);
}

/** The calendar year an observation belongs to. */
export function observationYear(observation: Pick<Observation, 'year' | 'date'>): number {
  return observation.year !== undefined
    ? observation.year
    : Number((observation.date as string).slice(0, 4));
}
