import { describe, expect, it } from 'vitest';
import type { Observation } from './schema/observation.js';
import { toScoringObservations } from './toScoringObservations.js';

const stored: Observation = {
  id: 'a',
  indicatorId: 'student-myopia-rate',
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
  createdBy: 'test',
  updatedAt: '2023-01-01T00:00:00Z',
  updatedBy: 'test',
};

describe('toScoringObservations', () => {
  it('gives a yearly value by year and a dated one by date, with its note when it has one', () => {
    expect(
      toScoringObservations([
        stored,
        { ...stored, period: 'date', date: '2023-06-30', year: 2023, note: '年中' },
      ]),
    ).toEqual([
      {
        indicatorId: 'student-myopia-rate',
        region: 'ordos',
        year: 2022,
        value: 57,
        source: 'survey',
      },
      {
        indicatorId: 'student-myopia-rate',
        region: 'ordos',
        date: '2023-06-30',
        value: 57,
        source: 'survey',
        note: '年中',
      },
    ]);
  });
});
