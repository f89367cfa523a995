import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../parsePlan.js';
import { fixturePlanFile } from './fixturePlanFile.js';

describe('fixturePlanFile', () => {
  const parsed = parsePlan(fixturePlanFile);

  it('parses as a plan file, projects and succession included', () => {
    expect(parsed.plan.indicators).toHaveLength(6);
    expect(parsed.catalogue?.projects.map((project) => project.number)).toEqual([1, 2, 3]);
    expect(parsed.catalogue?.targets).toHaveLength(8);
    expect(parsed.succession?.predecessor).toBe(ordosPlan.id);
    expect(parsed.amendments.map((amendment) => amendment.effectiveDate)).toEqual(['2028-07-01']);
  });

  it('gives back a file that parsePlan reads to the same result', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(parsed.file)))).toEqual(parsed);
  });

  it('says it is a fixture with invented figures, in its title', () => {
    expect(parsed.plan.title.zh).toContain('虚构数据');
    expect(parsed.plan.title.en).toContain('invented figures');
  });

  it('differs from the Ordos plan in years, regions, benchmark and tables', () => {
    const { plan } = parsed;
    expect([plan.baselineYear, plan.targetYear]).not.toEqual([
      ordosPlan.baselineYear,
      ordosPlan.targetYear,
    ]);
    expect(plan.regions.map((region) => region.id)).not.toContain(ordosPlan.subjectRegion);
    expect(plan.benchmarkRegion).not.toBe(ordosPlan.benchmarkRegion);
    expect(plan.tables.map((table) => table.id)).not.toEqual(
      ordosPlan.tables.map((table) => table.id),
    );
  });

  it('has values of every shape: ≥, ≤ and 左右 comparators, a count, a ratio, parts, decrease-is-better', () => {
    const byId = new Map(parsed.plan.indicators.map((indicator) => [indicator.id, indicator]));
    const target = (id: string) => byId.get(id)?.values.subject.target;
    expect(target('fixture-preschool-enrolment-rate')).toMatchObject({
      comparator: 'gte',
      value: 96,
    });
    expect(target('fixture-myopia-rate')).toMatchObject({ comparator: 'lte', value: 48 });
    expect(byId.get('fixture-myopia-rate')?.direction).toBe('decrease');
    expect(target('fixture-sports-ground-area')).toMatchObject({ comparator: 'about', value: 3 });
    expect(target('fixture-new-school-places')).toMatchObject({ kind: 'number', value: 5000 });
    expect(target('fixture-vocational-general-ratio')).toMatchObject({
      kind: 'ratio',
      parts: [45, 55],
    });
    expect(target('fixture-dual-qualified-teachers-share')).toMatchObject({ kind: 'split' });
  });
});
