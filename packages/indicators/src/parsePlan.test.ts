import { describe, expect, it } from 'vitest';
import { ordosPlan } from './catalogue.js';
import { ordosPlanInput } from './data/ordos-2021-2025/plan.js';
import { PlanValidationError, parsePlan, safeParsePlan } from './parsePlan.js';

/**
 * A TEST FIXTURE, not a real plan: an invented city and province, other years
 * (2026–2030), as a JSON plan file would hold them. Every figure is made up.
 */
function otherCityPlan() {
  return {
    id: 'fixture-city-education-2026-2030',
    title: {
      zh: '夹具市教育发展规划（测试夹具）',
      en: 'Fixture City education plan 2026–2030 (test fixture)',
    },
    issuer: 'fixture-city',
    period: { start: 2026, end: 2030 },
    baselineYear: 2025,
    targetYear: 2030,
    subjectRegion: 'fixture-city',
    benchmarkRegion: 'fixture-province',
    regions: [
      {
        id: 'fixture-province',
        name: { zh: '夹具省', en: 'Fixture Province' },
        level: 'province',
      },
      {
        id: 'fixture-city',
        name: { zh: '夹具市', en: 'Fixture City' },
        level: 'city',
        parent: 'fixture-province',
      },
    ],
    tables: [
      {
        id: 'education',
        title: { zh: '主要指标', en: 'Main indicators' },
        categories: [{ id: 'access', printed: '*普及', name: { zh: '普及', en: 'Access' } }],
        indicators: [
          {
            id: 'preschool-enrolment-rate',
            categoryPath: ['access'],
            printed: '学前三年入园率（%）',
            name: { zh: '学前三年入园率', en: 'Preschool enrolment rate' },
            unit: { zh: '%', en: '%', kind: 'percent' },
            direction: 'increase',
            values: {
              subject: { baseline: '92.1', target: '≥95' },
              benchmark: { baseline: '90.5', target: '≥93.0' },
            },
          },
        ],
      },
    ],
  };
}

type Mutable = ReturnType<typeof otherCityPlan>;

function issuesOf(mutate: (plan: Mutable) => void) {
  const plan = otherCityPlan();
  mutate(plan);
  const result = safeParsePlan(plan);
  if (result.success) throw new Error('expected the plan to be refused');
  return result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('parsePlan', () => {
  it('reads a JSON plan for another city and other years with the same schema', () => {
    const plan = parsePlan(JSON.parse(JSON.stringify(otherCityPlan())));
    expect(plan.indicators).toHaveLength(1);
    expect(plan.indicators[0]).toMatchObject({
      table: 'education',
      order: 1,
      localAddition: true,
      values: { subject: { target: { kind: 'comparator', comparator: 'gte', value: 95 } } },
    });
  });

  it('reads the Ordos plan from its JSON form to the same result as the typed module', () => {
    expect(parsePlan(JSON.parse(JSON.stringify(ordosPlanInput)))).toEqual(ordosPlan);
  });

  it('refuses what is not a plan at all, naming the missing fields', () => {
    const result = safeParsePlan('not a plan');
    expect(result.success).toBe(false);
    expect(() => parsePlan(null)).toThrow(PlanValidationError);
    const missing = safeParsePlan({});
    expect(missing.success || missing.issues.map((issue) => issue.path[0])).toEqual(
      expect.arrayContaining(['id', 'title', 'period', 'regions', 'tables']),
    );
  });

  it('names the path of a missing translation', () => {
    expect(issuesOf((plan) => Reflect.deleteProperty(plan.title, 'en'))).toEqual([
      expect.stringMatching(/^title\.en: /),
    ]);
  });

  it('refuses unknown fields rather than dropping them silently', () => {
    expect(issuesOf((plan) => Object.assign(plan, { colour: 'red' }))).toEqual([
      expect.stringContaining('colour'),
    ]);
  });

  it('refuses a value it cannot read, naming the cell', () => {
    const issues = issuesOf((plan) => {
      const row = plan.tables[0]?.indicators[0];
      if (row) row.values.subject.target = '≥abc';
    });
    expect(issues).toEqual([
      expect.stringMatching(
        /^tables\.0\.indicators\.0\.values\.subject\.target: cannot read "≥abc"/,
      ),
    ]);
  });

  it('refuses a percentage above 100 and a negative value', () => {
    const issues = issuesOf((plan) => {
      const row = plan.tables[0]?.indicators[0];
      if (!row) return;
      row.values.subject.target = '140';
      row.values.subject.baseline = '-3';
    });
    expect(issues).toEqual([
      expect.stringContaining('values.subject.baseline: "-3" is negative'),
      expect.stringContaining('values.subject.target: "140" is above 100'),
    ]);
  });

  it('refuses a fractional count', () => {
    const issues = issuesOf((plan) => {
      const row = plan.tables[0]?.indicators[0];
      if (!row) return;
      row.unit = { zh: '所', en: 'schools', kind: 'count' };
      row.values.subject.baseline = '2.5';
    });
    expect(issues).toEqual([
      expect.stringContaining('values.subject.baseline: "2.5" is not a whole number'),
      expect.stringContaining('values.benchmark.baseline: "90.5" is not a whole number'),
    ]);
  });

  it('refuses a ratio whose parts do not add up to 100', () => {
    const issues = issuesOf((plan) => {
      const row = plan.tables[0]?.indicators[0];
      if (!row) return;
      row.unit = { zh: '职：普', en: 'ratio', kind: 'ratio' };
      row.direction = 'increase';
      row.values = {
        subject: { baseline: '35：60', target: '40：60' },
        benchmark: { baseline: '', target: '' },
      };
    });
    expect(issues).toEqual([expect.stringContaining('add up to 95, not 100')]);
  });

  it('refuses a split value with a part the indicator does not have', () => {
    const issues = issuesOf((plan) => {
      const row = plan.tables[0]?.indicators[0] as Record<string, unknown> &
        Mutable['tables'][0]['indicators'][0];
      row.parts = [
        { id: 'secondary', label: { zh: '中职', en: 'Secondary' } },
        { id: 'higher', label: { zh: '高职', en: 'Higher' } },
      ];
      (row.values.subject as Record<string, unknown>).baseline = {
        secondary: '中职58',
        tertiary: '40',
      };
      row.values.subject.target = '';
      row.values.benchmark = { baseline: '', target: '' };
    });
    expect(issues).toEqual([
      expect.stringContaining('values.subject.baseline.tertiary: unknown part "tertiary"'),
      expect.stringContaining('values.subject.baseline.higher: missing the value of part "higher"'),
    ]);
  });

  it('refuses unknown regions, category paths and duplicate ids', () => {
    const issues = issuesOf((plan) => {
      plan.benchmarkRegion = 'atlantis';
      const table = plan.tables[0];
      const row = table?.indicators[0];
      if (!table || !row) return;
      row.categoryPath = ['nowhere'];
      table.indicators.push({ ...row, categoryPath: ['access'] });
    });
    expect(issues).toEqual([
      'benchmarkRegion: unknown region "atlantis": not in regions',
      expect.stringContaining('tables.0.indicators.0.categoryPath: no category path "nowhere"'),
      'tables.0.indicators.1.id: duplicate indicator id "preschool-enrolment-rate"',
    ]);
  });

  it('refuses a band direction without a band, and a target year before the baseline', () => {
    const issues = issuesOf((plan) => {
      plan.targetYear = 2019;
      const row = plan.tables[0]?.indicators[0];
      if (row) row.direction = 'band';
    });
    expect(issues).toEqual([
      'targetYear: targetYear must be after baselineYear',
      expect.stringContaining('direction "band" needs a band'),
    ]);
  });

  it('lists every problem in the thrown error message, one per line', () => {
    const plan = otherCityPlan();
    plan.subjectRegion = 'nowhere';
    plan.issuer = 'nowhere';
    expect(() => parsePlan(plan)).toThrow(/Invalid plan:\n- issuer: .*\n- subjectRegion: /);
  });
});
