import { describe, expect, it } from 'vitest';
import { splitLatest } from './AdditiveChecksSection.js';
import type { AdditiveCheck } from './comparison.types.js';

const check = (indicatorId: string, date: string): AdditiveCheck => ({
  indicatorId,
  date,
  derived: 1,
  reported: 1,
  difference: 0,
  regionsReported: 9,
  regionsExpected: 9,
  missingRegions: [],
  status: 'match',
});

describe('splitLatest', () => {
  it('keeps each indicator’s latest check first, in the API’s order, and the earlier ones newest first', () => {
    const { latest, earlier } = splitLatest([
      check('parks', '2021-12-31'),
      check('parks', '2023-12-31'),
      check('schools', '2022-12-31'),
      check('parks', '2022-12-31'),
    ]);
    expect(latest.map((item) => `${item.indicatorId} ${item.date}`)).toEqual([
      'parks 2023-12-31',
      'schools 2022-12-31',
    ]);
    expect(earlier.map((item) => item.date)).toEqual(['2022-12-31', '2021-12-31']);
  });

  it('gives nothing for no checks', () => {
    expect(splitLatest([])).toEqual({ latest: [], earlier: [] });
  });
});
