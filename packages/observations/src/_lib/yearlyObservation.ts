import type { NewObservation, ObservationValue } from '../schema/observation.js';

/** A yearly value ready to store: dated 31 December of its year, so it sorts with dated ones. */
export function yearlyObservation(fields: {
  indicatorId: string;
  region: string;
  year: number;
  value: ObservationValue;
  source: string;
  note: string;
}): NewObservation {
  return { ...fields, date: `${fields.year}-12-31`, period: 'year' };
}
