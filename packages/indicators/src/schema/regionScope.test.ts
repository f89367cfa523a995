import { describe, expect, it } from 'vitest';
import { ordosPlan } from '../catalogue.js';
import { ordosPlanInput } from '../data/ordos-2021-2025/plan.js';
import { parsePlan } from '../parsePlan.js';
import { RegionScope, regionScopeOf } from './regionScope.js';

const reason = { zh: '我们的解读。', en: 'Our reading.' };

describe('regionScopeOf', () => {
  it('reads an indicator without a scope as judged in each region, not additive', () => {
    expect(regionScopeOf({})).toEqual({ judged: 'each-region', additive: false });
  });

  it('fills in additive: false when a scope leaves it out', () => {
    expect(regionScopeOf({ regionScope: { judged: 'subject-only', reason } })).toEqual({
      judged: 'subject-only',
      additive: false,
    });
  });

  it('keeps an additive scope as stated', () => {
    expect(
      regionScopeOf({ regionScope: { judged: 'each-region', additive: true, reason } }),
    ).toEqual({ judged: 'each-region', additive: true });
  });
});

describe('RegionScope', () => {
  it('refuses a judging it does not know and a field it does not know', () => {
    expect(RegionScope.safeParse({ judged: 'city' }).success).toBe(false);
    expect(RegionScope.safeParse({ judged: 'each-region', colour: 'red' }).success).toBe(false);
  });

  it('refuses a reason in one language only', () => {
    expect(RegionScope.safeParse({ judged: 'subject-only', reason: { zh: '解读' } }).success).toBe(
      false,
    );
  });

  it('is carried from a plan file into the parsed plan, and left out where a row has none', () => {
    const withScope = structuredClone(ordosPlanInput) as unknown as {
      tables: { indicators: Record<string, unknown>[] }[];
    };
    const row = withScope.tables[0]?.indicators[0];
    if (!row) throw new Error('the plan has no indicator');
    row.regionScope = { judged: 'subject-only', reason };
    delete withScope.tables[0]?.indicators[1]?.regionScope;
    const plan = parsePlan(withScope);
    expect(plan.indicators[0]?.regionScope).toEqual({ judged: 'subject-only', reason });
    expect(plan.indicators[1]).not.toHaveProperty('regionScope');
  });
});

describe('the Ordos plan’s region scopes (our readings, not the plan’s)', () => {
  const scoped = ordosPlan.indicators.filter((indicator) => indicator.regionScope);

  it('gives every subject-only or additive indicator a reason in both languages that says it is our reading', () => {
    for (const indicator of ordosPlan.indicators) {
      const scope = regionScopeOf(indicator);
      if (scope.judged === 'each-region' && !scope.additive) continue;
      expect(indicator.regionScope?.reason?.zh, indicator.id).toContain('我们对规划的解读');
      expect(indicator.regionScope?.reason?.en, indicator.id).toContain('our reading');
    }
  });

  it('reads the share of 旗区 with 优质均衡 as about the city as a whole', () => {
    expect(
      regionScopeOf(
        ordosPlan.indicators.find((i) => i.id === 'quality-balanced-counties-share') ?? {},
      ),
    ).toEqual({
      judged: 'subject-only',
      additive: false,
    });
  });

  it('reads counts of places as adding up, and never an additive indicator as subject-only or a percentage', () => {
    const additive = scoped.filter((indicator) => regionScopeOf(indicator).additive);
    expect(additive.map((indicator) => indicator.id)).toContain('national-sports-parks');
    for (const indicator of additive) {
      expect(indicator.regionScope?.judged, indicator.id).toBe('each-region');
      expect(indicator.unit.kind, indicator.id).not.toBe('percent');
    }
  });

  it('lists the readings: 7 subject-only, 7 additive, the other 47 at the default', () => {
    const judged = (kind: string) =>
      ordosPlan.indicators.filter((indicator) => regionScopeOf(indicator).judged === kind).length;
    expect(judged('subject-only')).toBe(7);
    expect(
      ordosPlan.indicators.filter((indicator) => regionScopeOf(indicator).additive),
    ).toHaveLength(7);
    expect(ordosPlan.indicators.length - scoped.length).toBe(47);
  });
});
