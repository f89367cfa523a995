import type { QueryClient } from '@tanstack/react-query';
import { keys } from './queries.js';

/** After a write: everything computed from the data is read again. */
export function invalidateDataReads(client: QueryClient) {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.observationsAll }),
    client.invalidateQueries({ queryKey: keys.assessmentsAll }),
    client.invalidateQueries({ queryKey: keys.indicatorAssessmentAll }),
    client.invalidateQueries({ queryKey: keys.milestonesAll }),
    client.invalidateQueries({ queryKey: ['history'] }),
  ]);
}
