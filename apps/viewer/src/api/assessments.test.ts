import { ordosPlan } from '@plan/indicators';
import { assessPlan } from '@plan/scoring';
import { describe, expect, it } from 'vitest';
import { dayOf, judgedTimeProgress, periodTimeProgress, toAssessmentSet } from './assessments.js';
import type { AssessmentsAnswer } from './types.js';

const observations = [
  { indicatorId: 'preschool-enrolment-rate', year: 2021, value: 98.6 },
  { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8 },
  {
    indicatorId: 'dual-qualified-teachers-share',
    year: 2022,
    value: { parts: { secondary: 59, higher: 52 } },
  },
];

/** The API's answer to GET /api/v1/assessments: the plan assessment and its data basis. */
function answer(method: 'time-progress' | 'open-sdg', asOf = '2024-06-30'): AssessmentsAnswer {
  const plan = assessPlan(ordosPlan, observations, { method, asOf, region: 'ordos' });
  return { ...plan, illustrative: true, dataVersion: 1, observationsUsed: 3, setAside: [] };
}

const find = (method: 'time-progress' | 'open-sdg', id: string, asOf?: string) =>
  toAssessmentSet(answer(method, asOf)).items.find((item) => item.indicatorId === id);

describe('toAssessmentSet', () => {
  it('reads completion and time progress from the time-progress calculation', () => {
    const item = find('time-progress', 'preschool-enrolment-rate');
    expect(item).toMatchObject({ status: expect.any(String), missing: false });
    // (98.8 − 98.5) / (99 − 98.5)
    expect(item?.completion).toBeCloseTo(0.6, 5);
    // the end of 2023 is three of the five years
    expect(item?.timeProgress).toBeCloseTo(0.6, 2);
    expect(item?.latest).toEqual({ value: 98.8, date: '2023-12-31' });
  });

  it('takes the expected value the API computed at the latest value’s date', () => {
    const item = find('time-progress', 'preschool-enrolment-rate');
    const components = item?.quantities[0]?.result?.components as { expectedValue: number };
    expect(item?.expected).toBe(components.expectedValue);
  });

  it('reads a split indicator from its part furthest behind, with an expected value per part', () => {
    const item = find('time-progress', 'dual-qualified-teachers-share');
    // 中职 (59 − 58) / (60 − 58) = 0.5; 高职 (52 − 40) / (70 − 40) = 0.4
    expect(item?.completion).toBeCloseTo(0.4, 5);
    expect(item?.expectedParts.map((part) => part.part)).toEqual(['secondary', 'higher']);
  });

  it('marks an indicator without observations as missing, with no completion', () => {
    const item = find('time-progress', 'student-myopia-rate');
    expect(item?.missing).toBe(true);
    expect(item?.completion).toBeNull();
  });

  it('keeps the method, the roll-ups and the data basis the API answered with', () => {
    const set = toAssessmentSet(answer('open-sdg'));
    expect(set.method).toBe('open-sdg');
    expect(set.illustrative).toBe(true);
    expect(set.rollUps.plan[0]?.indicators).toBe(ordosPlan.indicators.length);
  });
});

describe('periodTimeProgress', () => {
  it('is the time elapsed at the newest figure’s date, where the rows are judged, not at the as-of date', () => {
    const set = toAssessmentSet(answer('time-progress', '2024-06-30'));
    // 2020-12-31 → 2023-12-31 of 2020-12-31 → 2025-12-31: the rows' 60%, not the as-of date's 70%
    expect(periodTimeProgress(set.items, ordosPlan)).toBeCloseTo(1095 / 1826, 3);
    expect(judgedTimeProgress(set.items, ordosPlan)?.date).toBe('2023-12-31');
    const row = set.items.find((item) => item.indicatorId === 'preschool-enrolment-rate');
    expect(periodTimeProgress(set.items, ordosPlan)).toBe(row?.timeProgress);
  });

  it('is the same after the plan’s end: the rows are still judged at their figures’ dates', () => {
    const set = toAssessmentSet(answer('time-progress', '2025-12-31'));
    expect(periodTimeProgress(set.items, ordosPlan)).toBeCloseTo(1095 / 1826, 3);
  });

  it('is null when no indicator was judged', () => {
    expect(periodTimeProgress([], ordosPlan)).toBeNull();
  });
});

describe('dayOf', () => {
  it('puts a year at its end and keeps a date', () => {
    expect(dayOf('2023')).toBe('2023-12-31');
    expect(dayOf('2024-06-30T00:00:00Z')).toBe('2024-06-30');
  });
});
