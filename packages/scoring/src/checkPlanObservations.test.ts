import { type Indicator, ordosPlan, type Plan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { assessPlan, assessPlanChecked } from './assessPlan.js';
import { checkPlanObservations } from './checkPlanObservations.js';
import { parseObservations } from './parseObservations.js';

const simple = ordosPlan.indicators.filter(
  (indicator) => indicator.unit.kind === 'percent' && !indicator.parts,
);
const regions = ordosPlan.regions.map((region) => region.id);
// Every region (the subject's sometimes left to default), yearly and dated values, 2020–2024.
const observations = simple.slice(0, 4).flatMap((indicator, at) =>
  regions.flatMap((region, r) =>
    [2020, 2021, 2022, 2023, 2024].map((year) => ({
      indicatorId: indicator.id,
      ...(region === ordosPlan.subjectRegion && year % 2 === 0 ? {} : { region }),
      ...((at + r + year) % 3 === 0 && year > 2020 ? { date: `${year}-06-30` } : { year }),
      // The first indicator's values are not whole: a count would refuse them.
      value: 40 + ((at * 7 + r * 3 + year) % 20) + (at === 0 ? 0.5 : 0),
      source: '测试',
    })),
  ),
);

describe('assessPlanChecked', () => {
  const checked = checkPlanObservations(ordosPlan, observations);

  const district = regions.find(
    (region) => region !== ordosPlan.subjectRegion && region !== ordosPlan.benchmarkRegion,
  ) as string;
  for (const method of ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'] as const) {
    it(`gives what assessPlan gives, on any as-of date and regions, by ${method}`, () => {
      expect(checked.count).toBe(observations.length);
      for (const asOf of [undefined, '2023-06-30', '2026-01-31']) {
        for (const where of [{}, { regions }, { region: district }]) {
          const options = { method, ...(asOf ? { asOf } : {}), ...where };
          const kept = assessPlanChecked(ordosPlan, checked, options);
          expect(JSON.stringify(kept)).toBe(
            JSON.stringify(assessPlan(ordosPlan, observations, options)),
          );
        }
      }
    }, 30_000);
  }

  it('hands out nothing it keeps: changing one answer changes no later one', () => {
    const options = { method: 'time-progress' as const, asOf: '2024-03-31', regions };
    const first = assessPlanChecked(ordosPlan, checked, options);
    for (const item of first.indicators) {
      item.notes.push({ zh: '改', en: 'changed' });
      for (const quantity of item.quantities) {
        if (quantity.baseline) quantity.baseline.value = -1;
        if (quantity.latest) quantity.latest.value = -1;
      }
    }
    expect(assessPlanChecked(ordosPlan, checked, options)).toEqual(
      assessPlan(ordosPlan, observations, options),
    );
  });

  it('judges a plan amended in its targets on the observations checked once', () => {
    const indicators = ordosPlan.indicators.map(
      (indicator): Indicator =>
        indicator.id === simple[0]?.id
          ? {
              ...indicator,
              values: {
                ...indicator.values,
                subject: {
                  ...indicator.values.subject,
                  target: { kind: 'number', value: 55, decimals: 0, printed: '55' },
                },
              },
            }
          : indicator,
    );
    const amended: Plan = { ...ordosPlan, indicators };
    const options = { method: 'time-progress' as const, asOf: '2024-03-31', regions };
    expect(assessPlanChecked(amended, checked, options)).toEqual(
      assessPlan(amended, observations, options),
    );
  });

  it('checks the observations again for a plan that checks them differently', () => {
    const counted: Plan = {
      ...ordosPlan,
      indicators: ordosPlan.indicators.map((indicator) =>
        indicator.id === simple[0]?.id
          ? { ...indicator, unit: { ...indicator.unit, kind: 'count' } }
          : indicator,
      ),
    };
    const options = { method: 'sdsn' as const, asOf: '2024-03-31' };
    const error = (() => {
      try {
        assessPlan(counted, observations, options);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expect(() => assessPlanChecked(counted, checked, options)).toThrow((error as Error).message);
  });

  it('refuses bad options as assessPlan does, before judging', () => {
    expect(() =>
      assessPlanChecked(ordosPlan, checked, { method: 'time-progress', region: 'nowhere' }),
    ).toThrow(/unknown region "nowhere"/);
  });

  it('refuses observations that were not checked, and copies of checked ones', () => {
    expect(() => assessPlanChecked(ordosPlan, { count: 0 }, { method: 'time-progress' })).toThrow(
      TypeError,
    );
    expect(() =>
      assessPlanChecked(ordosPlan, structuredClone(checked), { method: 'time-progress' }),
    ).toThrow(TypeError);
  });
});

describe('checkPlanObservations', () => {
  it('refuses what parseObservations refuses, with the same problems', () => {
    const bad = [
      ...observations.slice(0, 3),
      { indicatorId: 'nope', year: 2022, value: 1 },
      { ...observations[0] },
      { indicatorId: simple[0]?.id, year: 2022, value: 140 },
    ];
    const problems = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const expected = problems(() => parseObservations(ordosPlan, bad));
    expect(expected).toMatch(/unknown indicator "nope"/);
    expect(expected).toMatch(/duplicate/);
    expect(problems(() => checkPlanObservations(ordosPlan, bad))).toBe(expected);
    expect(problems(() => checkPlanObservations(ordosPlan, 'x'))).toBe(
      problems(() => parseObservations(ordosPlan, 'x')),
    );
  });
});
