import { ordosPlan } from '@plan/indicators';
import { assessPlan } from '@plan/scoring';
import { describe, expect, it } from 'vitest';
import { rollUpOf, statusCounts } from './rollups.js';

const assessment = assessPlan(
  ordosPlan,
  [
    { indicatorId: 'preschool-enrolment-rate', region: 'ordos', year: 2020, value: 98.5 },
    { indicatorId: 'preschool-enrolment-rate', region: 'ordos', year: 2023, value: 98.9 },
  ],
  { method: 'time-progress', asOf: '2024-06-30', region: 'ordos' },
);

describe('rollUpOf', () => {
  it('finds the whole plan, a table and a category among the API’s roll-ups', () => {
    expect(rollUpOf(assessment, 'plan')?.indicators).toBe(61);
    expect(rollUpOf(assessment, 'table', 'education')?.indicators).toBe(17);
    expect(rollUpOf(assessment, 'category', 'teaching-staff')?.level).toBe('category');
  });

  it('is undefined without an answer or for an unknown group', () => {
    expect(rollUpOf(undefined, 'plan')).toBeUndefined();
    expect(rollUpOf(assessment, 'table', 'nope')).toBeUndefined();
  });
});

describe('statusCounts', () => {
  it('lists every status of the method best first with the API’s count', () => {
    const counts = statusCounts(rollUpOf(assessment, 'plan'), 'time-progress');
    expect(counts.map((entry) => [entry.status, entry.count])).toEqual([
      ['achieved', 0],
      ['ahead', 1],
      ['on_track', 0],
      ['behind', 0],
      ['regressing', 0],
      ['no_data', 60],
    ]);
  });

  it('counts nothing without a roll-up, and still shows a status the method does not list', () => {
    expect(statusCounts(undefined, 'weather').every((entry) => entry.count === 0)).toBe(true);
    const plan = rollUpOf(assessment, 'plan');
    const newer = plan ? { ...plan, counts: { ...plan.counts, paused: 2 } } : undefined;
    expect(statusCounts(newer, 'time-progress').at(-1)).toMatchObject({
      status: 'paused',
      count: 2,
    });
  });
});
