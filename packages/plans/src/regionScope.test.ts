import { regionScopeOf } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { ordosPlanFile } from './ordosPlanFile.js';
import { safeParsePlan } from './parsePlan.js';
import type { PlanFileInput } from './planFile.js';
import { fixturePlanFile } from './testing/fixturePlanFile.js';

const reason = { zh: '我们的解读。', en: 'Our reading.' };

describe('regionScope in a plan file', () => {
  it('leaves the fixture plan, which states no scope, parsing with every indicator at the default', () => {
    const parsed = safeParsePlan(fixturePlanFile);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.data.plan.indicators.map(regionScopeOf)).toEqual(
      parsed.data.plan.indicators.map(() => ({ judged: 'each-region', additive: false })),
    );
  });

  it('carries a scope written in a plan file into the plan', () => {
    const file = structuredClone(fixturePlanFile) as PlanFileInput;
    const row = file.tables[0]?.indicators[1];
    if (!row) throw new Error('the fixture has no second indicator');
    row.regionScope = { judged: 'each-region', additive: true, reason };
    const parsed = safeParsePlan(file);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.data.plan.indicators[1]?.regionScope).toEqual({
      judged: 'each-region',
      additive: true,
      reason,
    });
  });

  it('names the path of a scope it cannot read', () => {
    const file = structuredClone(fixturePlanFile) as unknown as {
      tables: { indicators: Record<string, unknown>[] }[];
    };
    const row = file.tables[0]?.indicators[0];
    if (!row) throw new Error('the fixture has no indicator');
    row.regionScope = { judged: 'each-district' };
    const parsed = safeParsePlan(file);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.issues.map((issue) => issue.path.join('.'))).toContain(
      'tables.0.indicators.0.regionScope.judged',
    );
  });

  it('gives the Ordos plan file’s readings to its plan: 7 subject-only, 7 additive', () => {
    const parsed = safeParsePlan(ordosPlanFile);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const scopes = parsed.data.plan.indicators.map(regionScopeOf);
    expect(scopes.filter((scope) => scope.judged === 'subject-only')).toHaveLength(7);
    expect(scopes.filter((scope) => scope.additive)).toHaveLength(7);
  });
});
