import { describe, expect, it } from 'vitest';
import { observation } from '../test/fakeApi.js';
import { latestObservations } from './latestObservations.js';

describe('latestObservations', () => {
  it('takes the latest value of each indicator on or before the as-of date', () => {
    const latest = latestObservations(
      [
        observation({ indicatorId: 'a', year: 2021, value: 1 }),
        observation({ indicatorId: 'a', year: 2023, value: 3 }),
        observation({ indicatorId: 'a', year: 2024, value: 4 }),
        observation({ indicatorId: 'b', year: 2022, value: 2 }),
      ],
      '2023-12-31',
    );
    expect([...latest].map(([id, item]) => [id, item.value])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('is empty before any value', () => {
    expect(
      latestObservations([observation({ indicatorId: 'a', year: 2023, value: 3 })], '2020-01-01')
        .size,
    ).toBe(0);
  });

  it('counts the value the source precedence picks when sources give the same date', () => {
    const api = observation({ indicatorId: 'a', year: 2023, value: 1, source: 'api' });
    const bulletin = observation({
      indicatorId: 'a',
      year: 2023,
      value: 2,
      source: 'statistics bulletin',
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    const demo = observation({ indicatorId: 'b', year: 2023, value: 9, source: 'demo' });
    const official = observation({
      indicatorId: 'b',
      year: 2023,
      value: 3,
      source: 'api',
      createdAt: '2025-01-01T00:00:00.000Z',
    });
    const latest = latestObservations([api, bulletin, demo, official], '2023-12-31');
    expect(latest.get('a')?.value).toBe(2);
    expect(latest.get('b')?.value).toBe(3);
  });
});
