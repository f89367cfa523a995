import { indicatorById, ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { assessIndicator } from './assessIndicator.js';
import { assessPlan } from './assessPlan.js';
import { rollUp } from './rollUp.js';
import type { Method } from './schema/assessInput.js';
import { RollUp } from './schema/rollUp.js';

const observations = [
  { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8 },
  { indicatorId: 'student-myopia-rate', year: 2023, value: 57 },
  { indicatorId: 'student-obesity-rate', year: 2023, value: 19.5 },
  { indicatorId: 'public-school-doctor-staffing-rate', year: 2023, value: 100 },
  { indicatorId: 'first-grade-athletes', year: 2023, value: 39 },
];

const assessments = (method: Method) =>
  assessPlan(ordosPlan, observations, { method, asOf: '2024-03-31' }).indicators;

describe('rollUp', () => {
  it('counts indicators per status, listing every status of the method', () => {
    const [plan] = rollUp(assessments('time-progress'), { by: 'plan' });
    expect(plan?.indicators).toBe(61);
    expect(plan?.counts).toEqual({
      achieved: 1,
      ahead: 1,
      on_track: 1,
      behind: 1,
      regressing: 1,
      no_data: 56,
    });
    expect(RollUp.safeParse(plan).success).toBe(true);
  });

  it('reports missing data as missing, and averages only what was assessed', () => {
    const [plan] = rollUp(assessments('time-progress'), { by: 'plan' });
    expect(plan?.missing).toBe(56);
    expect(plan?.assessed).toBe(5);
    expect(plan?.missingIndicators).toContainEqual({
      indicatorId: 'smart-campus-coverage',
      region: 'ordos',
    });
    // A time-progress score is the completion; averages count it at most 100% (none is over here).
    const scores = assessments('time-progress')
      .filter((assessment) => !assessment.missing)
      .map((assessment) => Math.min(assessment.score as number, 1));
    expect(plan?.meanScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 6);
  });

  it('counts time-progress completion over 100% as 100% in the averages, keeping the uncapped ones', () => {
    // first-grade-athletes: 25 (2020) → 125 towards 45 is 500% complete; regular-exercise-share 43 → 44.5 towards 45, 75%.
    const indicators = assessPlan(
      ordosPlan,
      [
        { indicatorId: 'first-grade-athletes', year: 2023, value: 125 },
        { indicatorId: 'regular-exercise-share', year: 2023, value: 44.5 },
      ],
      { method: 'time-progress', asOf: '2023-12-31' },
    ).indicators;
    const [plan] = rollUp(indicators, {
      by: 'plan',
      weights: { 'first-grade-athletes': 3 },
    });
    expect(plan?.meanScore).toBeCloseTo((1 + 0.75) / 2, 6);
    expect(plan?.meanScoreUncapped).toBeCloseTo((5 + 0.75) / 2, 6);
    expect(plan?.weightedMeanScore).toBeCloseTo((3 * 1 + 0.75) / 4, 6);
    expect(plan?.weightedMeanScoreUncapped).toBeCloseTo((3 * 5 + 0.75) / 4, 6);
    // The indicator itself keeps its uncapped score.
    expect(indicators.find((item) => item.indicatorId === 'first-grade-athletes')?.score).toBe(5);
    expect(RollUp.safeParse(plan).success).toBe(true);
  });

  it('averages the other methods’ scores as they are', () => {
    for (const method of ['open-sdg', 'sdsn'] as const) {
      const [plan] = rollUp(assessments(method), { by: 'plan' });
      expect(plan?.meanScoreUncapped).toBe(plan?.meanScore);
    }
  });

  it('takes the worst status for time-progress and names the two worst indicators', () => {
    const [plan] = rollUp(assessments('time-progress'), { by: 'plan' });
    expect(plan?.status).toBe('regressing');
    expect(plan?.worst.map((entry) => entry.indicatorId)).toEqual([
      'student-obesity-rate',
      'student-myopia-rate',
    ]);
  });

  it('takes the status of the mean score for open-sdg', () => {
    const [plan] = rollUp(assessments('open-sdg'), { by: 'plan' });
    expect(plan?.meanScore).not.toBeNull();
    const mean = plan?.meanScore as number;
    const expected =
      mean >= 2.5
        ? 'substantial_progress'
        : mean >= 0
          ? 'moderate_progress'
          : mean >= -2.5
            ? 'limited_progress'
            : 'deterioration';
    expect(plan?.status).toBe(expected);
  });

  it('weights indicators for the weighted mean', () => {
    const all = assessments('open-sdg');
    const [even] = rollUp(all, { by: 'plan' });
    const [weighted] = rollUp(all, { by: 'plan', weights: { 'student-obesity-rate': 3 } });
    expect(weighted?.meanScore).toBe(even?.meanScore);
    expect(weighted?.weightedMeanScore).not.toBe(even?.weightedMeanScore);
    expect(weighted?.totalWeight).toBe(7);
  });

  it('groups by table and by every category above an indicator', () => {
    const all = assessments('time-progress');
    expect(rollUp(all, { by: 'table' }).map((group) => [group.id, group.indicators])).toEqual([
      ['education', 17],
      ['vocational', 22],
      ['sports', 22],
    ]);
    const categories = rollUp(all, { by: 'category' });
    const development = categories.find((group) => group.id === 'all-round-development');
    expect(development?.indicators).toBe(4);
    expect(development?.counts.achieved).toBe(1);
  });

  it('says all achieved only when every indicator is, none missing', () => {
    const all = assessments('time-progress');
    const development = rollUp(
      all.filter((assessment) => assessment.indicatorId === 'public-school-doctor-staffing-rate'),
      { by: 'plan' },
    );
    expect(development[0]?.allAchieved).toBe(true);
    expect(rollUp(all, { by: 'plan' })[0]?.allAchieved).toBe(false);
  });

  it('gives sdsn groups the colour of their two worst indicators', () => {
    const [plan] = rollUp(assessments('sdsn'), { by: 'plan' });
    expect(plan?.colour).toBe('orange');
  });

  it('refuses to mix methods or take negative weights', () => {
    expect(() =>
      rollUp([...assessments('open-sdg'), ...assessments('weather')], { by: 'plan' }),
    ).toThrow(/mixes methods/);
    expect(() => rollUp(assessments('open-sdg'), { by: 'plan', weights: { x: -1 } })).toThrow(
      /weights\.x: expected a finite weight/,
    );
  });

  it('returns nothing for nothing', () => {
    expect(rollUp([], { by: 'table' })).toEqual([]);
  });

  it('combines unrounded scores: a one-indicator group at R = 0.949999 has the status of its indicator', () => {
    // 学前教育毛入园率 98.5 (2020) → 99 (2025); a 2021 value growing at 0.949999 of the pace needed.
    const required = (99 / 98.5) ** (1 / 5) - 1;
    const value = 98.5 * (1 + 0.949999 * required);
    const assessment = assessIndicator(
      indicatorById('preschool-enrolment-rate'),
      [{ indicatorId: 'preschool-enrolment-rate', year: 2021, value }],
      { method: 'open-sdg' },
    );
    expect(assessment.status).toBe('moderate_progress');
    expect(assessment.score).toBe(2.5); // rounded for reading
    const [group] = rollUp([assessment], { by: 'plan' });
    expect(group?.status).toBe('moderate_progress');
    expect(group?.meanScore).toBeCloseTo(2.499993, 6);
  });
});
