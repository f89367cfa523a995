import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { planSummary } from '../../test/fakeApi.js';
import { mayReview, scopeKind, writableIndicators, writableRegions } from './tokenScope.js';

const ids = (regions: { id: string }[]) => regions.map((region) => region.id);

describe('scopeKind', () => {
  it('calls a token without regions, or with the subject region, city-scoped', () => {
    expect(scopeKind(null, planSummary)).toBe('city');
    expect(scopeKind(undefined, planSummary)).toBe('city');
    expect(scopeKind({ tables: ['sports'] }, planSummary)).toBe('city');
    expect(scopeKind({ regions: ['ordos', 'dongsheng'] }, planSummary)).toBe('city');
  });

  it('calls a token confined to districts region-scoped', () => {
    expect(scopeKind({ regions: ['dongsheng'] }, planSummary)).toBe('region');
    expect(scopeKind({ regions: ['dongsheng', 'kangbashi'] }, planSummary)).toBe('region');
  });
});

describe('mayReview', () => {
  it('lets an administrator and a city editor review, never a district or a reader', () => {
    expect(mayReview({ name: 'a', role: 'admin', scope: null }, planSummary)).toBe(true);
    expect(mayReview({ name: 'c', role: 'editor', scope: null }, planSummary)).toBe(true);
    expect(
      mayReview({ name: 'c', role: 'editor', scope: { regions: ['ordos'] } }, planSummary),
    ).toBe(true);
    expect(
      mayReview({ name: 'd', role: 'editor', scope: { regions: ['dongsheng'] } }, planSummary),
    ).toBe(false);
    expect(mayReview({ name: 'v', role: 'viewer', scope: null }, planSummary)).toBe(false);
  });
});

describe('writableRegions', () => {
  it('offers an unrestricted token the city and its nine districts, the benchmark to an administrator', () => {
    const offered = ids(writableRegions(planSummary, null, 'editor'));
    expect(offered).toHaveLength(10);
    expect(offered).not.toContain(planSummary.benchmarkRegion);
    expect(ids(writableRegions(planSummary, null, 'admin'))).toHaveLength(11);
  });

  it('offers a district token its district only', () => {
    expect(ids(writableRegions(planSummary, { regions: ['dongsheng'] }, 'editor'))).toEqual([
      'dongsheng',
    ]);
  });

  it('offers a city token the city and its districts, the benchmark to an administrator only', () => {
    const city = ids(writableRegions(planSummary, { regions: ['ordos'] }, 'editor'));
    expect(city).toHaveLength(10);
    expect(city).not.toContain(planSummary.benchmarkRegion);
    expect(ids(writableRegions(planSummary, { regions: ['ordos'] }, 'admin'))).toContain(
      planSummary.benchmarkRegion,
    );
  });
});

describe('writableIndicators', () => {
  it('keeps every indicator without a limit, and only those a table or id limit names', () => {
    expect(writableIndicators(ordosPlan.indicators, null)).toHaveLength(61);
    const sports = writableIndicators(ordosPlan.indicators, { tables: ['sports'] });
    expect(sports.length).toBeGreaterThan(0);
    expect(sports.every((indicator) => indicator.table === 'sports')).toBe(true);
    expect(
      writableIndicators(ordosPlan.indicators, {
        indicators: ['preschool-enrolment-rate', 'student-myopia-rate'],
      }).map((indicator) => indicator.id),
    ).toEqual(['preschool-enrolment-rate', 'student-myopia-rate']);
  });
});
