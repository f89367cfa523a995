import { describe, expect, it } from 'vitest';
import { TokenScope } from './tokenScope.js';

describe('TokenScope', () => {
  it('takes regions and, optionally, tables, indicators and projects', () => {
    expect(TokenScope.parse({ regions: ['dongsheng'] })).toEqual({ regions: ['dongsheng'] });
    expect(
      TokenScope.parse({
        regions: [' dongsheng '],
        tables: ['table-1'],
        indicators: ['student-myopia-rate'],
        projects: ['p1'],
      }),
    ).toEqual({
      regions: ['dongsheng'],
      tables: ['table-1'],
      indicators: ['student-myopia-rate'],
      projects: ['p1'],
    });
  });

  it('refuses an empty list, an empty id, too many ids and an unknown part', () => {
    expect(TokenScope.safeParse({ regions: [] }).success).toBe(false);
    expect(TokenScope.safeParse({ regions: [' '] }).success).toBe(false);
    expect(
      TokenScope.safeParse({ regions: Array.from({ length: 501 }, (_, i) => `r${i}`) }).success,
    ).toBe(false);
    expect(TokenScope.safeParse({ districts: ['dongsheng'] }).success).toBe(false);
  });
});
