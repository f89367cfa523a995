import { describe, expect, it } from 'vitest';
import { storedObservation } from './_test/storedObservation.js';
import { toScoringObservations } from './toScoringObservations.js';

const stored = storedObservation;

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
