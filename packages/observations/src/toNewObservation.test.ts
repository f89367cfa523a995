import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { toNewObservation } from './toNewObservation.js';

describe('toNewObservation', () => {
  it("dates a yearly value on 31 December and fills in the plan's subject region and the source api", () => {
    expect(
      toNewObservation(ordosPlan, { indicatorId: 'student-myopia-rate', year: 2023, value: 57 }),
    ).toEqual({
      indicatorId: 'student-myopia-rate',
      value: 57,
      region: 'ordos',
      source: 'api',
      date: '2023-12-31',
      year: 2023,
      period: 'year',
    });
  });

  it('keeps a dated value on its day, with its year, region and source', () => {
    expect(
      toNewObservation(ordosPlan, {
        indicatorId: 'student-myopia-rate',
        date: '2024-06-30',
        region: 'dalad',
        source: 'survey',
        value: 55,
        note: null,
      }),
    ).toEqual({
      indicatorId: 'student-myopia-rate',
      value: 55,
      note: null,
      region: 'dalad',
      source: 'survey',
      date: '2024-06-30',
      year: 2024,
      period: 'date',
    });
  });

  it("keys a target's own figure by the target's id, in indicatorId and targetId", () => {
    expect(toNewObservation(ordosPlan, { targetId: 'T-P07-M2-1', year: 2023, value: 41 })).toEqual({
      indicatorId: 'T-P07-M2-1',
      targetId: 'T-P07-M2-1',
      value: 41,
      region: 'ordos',
      source: 'api',
      date: '2023-12-31',
      year: 2023,
      period: 'year',
    });
  });
});
