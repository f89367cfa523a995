import type { QueryClient } from '@tanstack/react-query';
import { keys } from './queries.js';

/**
 * After a write: everything computed from the data is read again — the assessments, the
 * district comparison, and the tracking of targets and measures (an indicator figure, an
 * approval or a return changes a target's status as much as a report does). The tracking keys
 * are written as literals: ./tracking.ts imports this module.
 */
export function invalidateDataReads(client: QueryClient) {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.observationsAll }),
    client.invalidateQueries({ queryKey: keys.assessmentsAll }),
    client.invalidateQueries({ queryKey: keys.indicatorAssessmentAll }),
    client.invalidateQueries({ queryKey: keys.milestonesAll }),
    client.invalidateQueries({ queryKey: ['history'] }),
    client.invalidateQueries({ queryKey: ['comparison'] }),
    ...(
      [
        'targets-tracking',
        'measures-tracking',
        'supervision',
        'me-tasks',
        'measure-reports',
      ] as const
    ).map((key) => client.invalidateQueries({ queryKey: [key] })),
  ]);
}
