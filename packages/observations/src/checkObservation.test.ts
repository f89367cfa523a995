import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { checkObservation, planIndicator } from './checkObservation.js';

describe('checkObservation', () => {
  it('accepts a known indicator and region with a fitting value', () => {
    expect(
      checkObservation(ordosPlan, {
        indicatorId: 'student-myopia-rate',
        region: 'dalad',
        value: 57,
      }),
    ).toEqual([]);
  });

  it("takes the plan's subject region when none is given", () => {
    expect(checkObservation(ordosPlan, { indicatorId: 'student-myopia-rate', value: 57 })).toEqual(
      [],
    );
    const elsewhere = { ...ordosPlan, subjectRegion: 'atlantis' };
    expect(
      checkObservation(elsewhere, { indicatorId: 'student-myopia-rate', value: 57 }).map(
        (problem) => problem.path,
      ),
    ).toEqual(['region']);
  });

  it('names the unknown indicator and region, and the value problems, by field', () => {
    expect(
      checkObservation(ordosPlan, { indicatorId: 'student-happiness', region: 'mars', value: 1 }),
    ).toEqual([
      {
        path: 'indicatorId',
        code: 'unknown-indicator',
        message: 'unknown indicator "student-happiness"',
        messageZh: '未知的指标“student-happiness”',
      },
      {
        path: 'region',
        code: 'unknown-region',
        message: expect.stringMatching(
          /^unknown region "mars": expected one of inner-mongolia, ordos/,
        ),
        messageZh: expect.stringMatching(/^未知的地区“mars”：应为 inner-mongolia、ordos、/),
      },
    ]);
    expect(
      checkObservation(ordosPlan, {
        indicatorId: 'student-myopia-rate',
        region: 'mars',
        value: 140,
      }),
    ).toEqual([
      expect.objectContaining({ path: 'region' }),
      expect.objectContaining({ path: 'value', code: 'percent' }),
    ]);
  });

  it('accepts 59.97 : 40 for 职普比例, the rounding of published shares', () => {
    expect(
      checkObservation(ordosPlan, {
        indicatorId: 'vocational-general-ratio',
        value: { ratio: [59.97, 40] },
      }),
    ).toEqual([]);
  });

  it('checks only indicator and region when no value is given (a correction of the note)', () => {
    expect(checkObservation(ordosPlan, { indicatorId: 'student-myopia-rate' })).toEqual([]);
  });
});

describe('planIndicator', () => {
  it("finds the plan's indicator by id, and nothing for an unknown id", () => {
    expect(planIndicator(ordosPlan, 'student-myopia-rate')?.unit.kind).toBe('percent');
    expect(planIndicator(ordosPlan, 'nope')).toBeUndefined();
  });
});
