import type { Observation } from '../schema/observation.js';

/** A stored yearly observation for tests: 57 % myopia in Ordos in 2022, official. */
export const storedObservation: Observation = {
  id: 'a',
  indicatorId: 'student-myopia-rate',
  targetId: null,
  region: 'ordos',
  year: 2022,
  date: '2022-12-31',
  period: 'year',
  value: 57,
  source: 'survey',
  illustrative: false,
  note: null,
  createdReason: null,
  version: 1,
  createdAt: '2023-01-01T00:00:00Z',
  createdBy: 'x',
  updatedAt: '2023-01-01T00:00:00Z',
  updatedBy: 'x',
  approval: 'approved',
  approvalReason: null,
  reviewedBy: null,
  reviewedAt: null,
};
