import { ordosPlan } from '@plan/indicators';
import { assessPlan } from '@plan/scoring';
import { describe, expect, it } from 'vitest';
import { dayOf, toAssessmentSet } from './assessments.js';

const observations = [
  { indicatorId: 'preschool-enrolment-rate', year: 2021, value: 98.6 },
  { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 98.8 },
];

function response(method: 'time-progress' | 'open-sdg', asOf = '2024-06-30') {
  const plan = assessPlan(ordosPlan, observations, { method, asOf });
  return { asOf, method, region: 'ordos', illustrative: true, items: plan.indicators };
}

describe('toAssessmentSet', () => {
  it('reads completion and time progress from the time-progress calculation', () => {
    const set = toAssessmentSet(response('time-progress'), { method: 'time-progress' });
    const item = set.items.find(
      (candidate) => candidate.indicatorId === 'preschool-enrolment-rate',
    );
    expect(set.illustrative).toBe(true);
    expect(item).toMatchObject({ status: expect.any(String), missing: false });
    // (98.8 − 98.5) / (99 − 98.5)
    expect(item?.completion).toBeCloseTo(0.6, 5);
    // the end of 2023 is three of the five years
    expect(item?.timeProgress).toBeCloseTo(0.6, 2);
    expect(item?.latest).toEqual({ value: 98.8, date: '2023-12-31' });
  });

  it('puts the expected value on the straight path at the as-of date', () => {
    const set = toAssessmentSet(response('time-progress', '2025-12-31'), {
      method: 'time-progress',
    });
    const item = set.items.find(
      (candidate) => candidate.indicatorId === 'preschool-enrolment-rate',
    );
    expect(item?.expected).toBeCloseTo(99, 5);
  });

  it('marks an indicator without observations as missing, with no completion', () => {
    const set = toAssessmentSet(response('time-progress'), { method: 'time-progress' });
    const item = set.items.find((candidate) => candidate.indicatorId === 'student-myopia-rate');
    expect(item?.missing).toBe(true);
    expect(item?.completion).toBeNull();
  });

  it('keeps the method the API answered with', () => {
    expect(toAssessmentSet(response('open-sdg'), { method: 'time-progress' }).method).toBe(
      'open-sdg',
    );
  });

  it('reads an empty or odd answer as no items rather than failing', () => {
    expect(toAssessmentSet(null, { method: 'weather' })).toMatchObject({
      method: 'weather',
      items: [],
    });
  });
});

describe('dayOf', () => {
  it('puts a year at its end and keeps a date', () => {
    expect(dayOf('2023')).toBe('2023-12-31');
    expect(dayOf('2024-06-30T00:00:00Z')).toBe('2024-06-30');
  });
});
