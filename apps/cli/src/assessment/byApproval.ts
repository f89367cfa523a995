import type { Observation as StoredObservation } from '@plan/observations';

/** Where an observation stands in the approval step; rows stored before it are approved. */
export function approvalOf(observation: StoredObservation): string {
  // Read loosely: rows from a store without the approval step have no such field.
  const { approval } = observation as { approval?: string };
  return approval ?? 'approved';
}

/**
 * The observations an assessment may use: approved figures, and with
 * `includeSubmitted` those a district submitted and the city has not yet
 * reviewed. A returned figure is never used.
 */
export function byApproval<T extends StoredObservation>(
  stored: readonly T[],
  includeSubmitted: boolean,
): T[] {
  return stored.filter((observation) => {
    const approval = approvalOf(observation);
    return approval === 'approved' || (includeSubmitted && approval === 'submitted');
  });
}
