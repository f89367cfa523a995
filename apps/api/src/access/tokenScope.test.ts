import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { describeScope, isCityScoped, rowsOutsideScope, scopeRefusal } from './tokenScope.js';

const district = {
  name: 'dongsheng-bureau',
  role: 'editor' as const,
  scope: { regions: ['dongsheng'] },
};
const city = { name: 'city-bureau', role: 'editor' as const, scope: { regions: ['ordos'] } };
const unscoped = { name: 'editor', role: 'editor' as const, scope: null };
const admin = { name: 'admin', role: 'admin' as const, scope: null };
const row = (region: string, indicatorId = 'regular-exercise-share') => ({ indicatorId, region });

describe('isCityScoped', () => {
  it('holds for a token without regions, as tokens were before scopes', () => {
    expect(isCityScoped(unscoped, ordosPlan)).toBe(true);
    expect(isCityScoped({ ...unscoped, scope: { tables: ['sports'] } }, ordosPlan)).toBe(true);
  });
  it('holds when the regions name the plan’s subject region', () => {
    expect(isCityScoped(city, ordosPlan)).toBe(true);
  });
  it('does not hold for a district’s token', () => {
    expect(isCityScoped(district, ordosPlan)).toBe(false);
  });
});

describe('scopeRefusal', () => {
  it('lets a district token write its own district', () => {
    expect(scopeRefusal(district, ordosPlan, row('dongsheng'))).toBeUndefined();
  });
  it('refuses a district token another district and the city, naming the scope', () => {
    expect(scopeRefusal(district, ordosPlan, row('kangbashi'))).toBe(
      'The token "dongsheng-bureau" may not write region kangbashi (scope: regions dongsheng).',
    );
    expect(scopeRefusal(district, ordosPlan, row('ordos'))).toMatch(/region ordos/);
  });
  it('lets a city scope write the city and every district under it', () => {
    for (const region of ['ordos', 'dongsheng', 'ejin-horo'])
      expect(scopeRefusal(city, ordosPlan, row(region))).toBeUndefined();
  });
  it('keeps the benchmark region for admins, whatever the scope', () => {
    expect(scopeRefusal(city, ordosPlan, row('inner-mongolia'))).toMatch(/admin only/);
    expect(scopeRefusal(unscoped, ordosPlan, row('inner-mongolia'))).toMatch(/admin only/);
    expect(scopeRefusal(admin, ordosPlan, row('inner-mongolia'))).toBeUndefined();
  });
  it('confines indicators and tables when the scope names them', () => {
    const sports = ordosPlan.indicators.find(
      (indicator) => indicator.id === 'regular-exercise-share',
    );
    const other = ordosPlan.indicators.find((indicator) => indicator.table !== sports?.table);
    const byTable = {
      ...district,
      scope: { regions: ['dongsheng'], tables: [sports?.table ?? ''] },
    };
    expect(scopeRefusal(byTable, ordosPlan, row('dongsheng'))).toBeUndefined();
    expect(scopeRefusal(byTable, ordosPlan, row('dongsheng', other?.id))).toMatch(/table/);
    const byIndicator = { ...district, scope: { indicators: ['regular-exercise-share'] } };
    expect(scopeRefusal(byIndicator, ordosPlan, row('dongsheng', other?.id))).toMatch(/indicator/);
  });
  it('lets an unscoped token write as before', () => {
    expect(scopeRefusal(unscoped, ordosPlan, row('kangbashi'))).toBeUndefined();
  });
});

describe('rowsOutsideScope', () => {
  it('names every row outside the scope by its number', () => {
    const rows = [
      { row: 2, ...row('dongsheng') },
      { row: 3, ...row('kangbashi') },
      { row: 4, ...row('inner-mongolia') },
    ];
    expect(rowsOutsideScope(district, ordosPlan, rows).map((refused) => refused.row)).toEqual([
      3, 4,
    ]);
  });
});

describe('describeScope', () => {
  it('lists each list the scope sets', () => {
    expect(describeScope({ regions: ['dongsheng'], tables: ['sports'] })).toBe(
      'regions dongsheng; tables sports',
    );
    expect(describeScope(null)).toBe('unrestricted');
  });
});
