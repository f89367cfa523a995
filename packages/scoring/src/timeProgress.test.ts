import { describe, expect, it } from 'vitest';
import { timeProgress } from './timeProgress.js';

const base = { year: 2020, value: 10 };
const target = { year: 2025, value: 80 };

describe('timeProgress', () => {
  it('reports only a base value as no_data, with no score and no completion (missing, never zero)', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [{ year: 2020, value: 43 }],
      target: { year: 2025, value: 45 },
      asOf: '2023-12-31',
    });
    expect(result.status).toBe('no_data');
    expect(result.score).toBeNull();
    expect(result.components.completionProgress).toBeNull();
    expect(result.components.timeProgress).toBeNull();
    expect(result.components.timeProgressAtAsOf).toBeCloseTo(0.6, 2);
  });

  it('measures completion progress against the elapsed share of the plan period', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2023, value: 52 }],
      target,
    });
    expect(result.status).toBe('on_track');
    expect(result.components.completionProgress).toBe(0.6);
    expect(result.components.timeProgress).toBeCloseTo(0.6, 3);
    expect(result.score).toBe(0.6);
  });

  it('counts the end of 2023 as 60% of 2021–2025 by calendar days (1095 of 1826)', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2023, value: 20 }],
      target,
    });
    expect(result.components.timeProgress).toBeCloseTo(1095 / 1826, 6);
  });

  it('is ahead when completion exceeds time progress by the tolerance or more', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2023, value: 56 }],
      target,
    });
    expect(result.components.completionProgress).toBeCloseTo(0.657, 3);
    expect(result.status).toBe('ahead');
    expect(result.label).toEqual({ zh: '快于预期', en: 'Ahead of schedule' });
  });

  it('is behind when completion trails time progress by more than the tolerance', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2023, value: 45 }],
      target,
    });
    expect(result.status).toBe('behind');
    expect(result.explanation.zh).toContain('滞后');
  });

  it('takes a custom tolerance', () => {
    const series = [base, { year: 2023, value: 45 }];
    expect(
      timeProgress({ direction: 'increase', series, target, onTrackTolerance: 0.15 }).status,
    ).toBe('on_track');
  });

  it('is regressing when the value moved away from the target', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2022, value: 9 }],
      target,
    });
    expect(result.status).toBe('regressing');
    expect(result.label.zh).toBe('倒退');
  });

  it('is achieved when the latest value meets the target, ahead of the target date', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2023, value: 80 }],
      target,
    });
    expect(result.status).toBe('achieved');
    expect(result.label).toEqual({ zh: '提前实现', en: 'Achieved ahead of schedule' });
  });

  it('labels a target met at or after the target date 已实现, not 提前实现', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2025, value: 81 }],
      target,
    });
    expect(result.status).toBe('achieved');
    expect(result.label.zh).toBe('已实现');
  });

  it('is achieved at the baseline when the base already meets the target', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [{ year: 2020, value: 55 }],
      target: { year: 2025, value: 55, comparator: 'gte' },
    });
    expect(result.status).toBe('achieved');
    expect(result.explanation.en).toContain('already met at the base');
  });

  it('reports no_data when only the base value is known and it does not meet the target', () => {
    const result = timeProgress({ direction: 'increase', series: [base], target });
    expect(result.status).toBe('no_data');
    expect(result.components.reason).toBe('one_point');
  });

  it('reports no_data without a target', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2022, value: 20 }],
    });
    expect(result.status).toBe('no_data');
    expect(result.components.reason).toBe('no_target');
  });

  describe('comparators', () => {
    const series = (latest: number) => [
      { year: 2020, value: 4.8 },
      { year: 2023, value: latest },
    ];
    it('meets ≥ when the value is reached', () => {
      const result = timeProgress({
        direction: 'increase',
        series: series(20),
        target: { year: 2025, value: 20, comparator: 'gte' },
      });
      expect(result.status).toBe('achieved');
    });
    it('meets > only when the value is passed (兼职教师占比 ＞20)', () => {
      const at = timeProgress({
        direction: 'increase',
        series: series(20),
        target: { year: 2025, value: 20, comparator: 'gt' },
      });
      expect(at.status).toBe('ahead');
      const above = timeProgress({
        direction: 'increase',
        series: series(20.1),
        target: { year: 2025, value: 20, comparator: 'gt' },
      });
      expect(above.status).toBe('achieved');
    });
    it('meets "about" within its tolerance (5% of the value by default)', () => {
      const about = { year: 2025, value: 20, comparator: 'about' as const };
      expect(
        timeProgress({ direction: 'increase', series: series(19), target: about }).status,
      ).toBe('achieved');
      expect(
        timeProgress({ direction: 'increase', series: series(18.9), target: about }).status,
      ).not.toBe('achieved');
      expect(
        timeProgress({
          direction: 'increase',
          series: series(18.9),
          target: { ...about, tolerance: 2 },
        }).status,
      ).toBe('achieved');
    });
    it('does not count overshooting an "about" target as met, and says so', () => {
      const result = timeProgress({
        direction: 'increase',
        series: series(25),
        target: { year: 2025, value: 20, comparator: 'about' },
      });
      expect(result.status).toBe('ahead');
      expect(result.explanation.en).toContain('gone past the target');
    });
    it('meets a band within [value, upper]', () => {
      const band = { year: 2025, value: 40, upper: 50, comparator: 'between' as const };
      const series2 = (latest: number) => [
        { year: 2020, value: 35 },
        { year: 2023, value: latest },
      ];
      expect(
        timeProgress({ direction: 'increase', series: series2(45), target: band }).status,
      ).toBe('achieved');
      expect(
        timeProgress({ direction: 'increase', series: series2(39), target: band }).status,
      ).toBe('ahead');
    });
  });

  describe('decrease-is-better indicators', () => {
    it('scores a fall towards a lower target (中小学生近视眼率 58 → 56)', () => {
      const result = timeProgress({
        direction: 'decrease',
        series: [
          { year: 2020, value: 58 },
          { year: 2023, value: 57 },
        ],
        target: { year: 2025, value: 56 },
      });
      expect(result.components.completionProgress).toBe(0.5);
      expect(result.status).toBe('behind');
    });
    it('reads a plain target as met once reached from above', () => {
      const result = timeProgress({
        direction: 'decrease',
        series: [
          { year: 2020, value: 19 },
          { year: 2022, value: 15 },
        ],
        target: { year: 2025, value: 15 },
      });
      expect(result.status).toBe('achieved');
    });
    it('is regressing when the value rises', () => {
      const result = timeProgress({
        direction: 'decrease',
        series: [
          { year: 2020, value: 19 },
          { year: 2022, value: 19.5 },
        ],
        target: { year: 2025, value: 15 },
      });
      expect(result.status).toBe('regressing');
    });
  });

  describe('base equal to target', () => {
    it('is achieved while the value holds at a ≥ target', () => {
      const result = timeProgress({
        direction: 'increase',
        series: [
          { year: 2020, value: 55 },
          { year: 2022, value: 55 },
        ],
        target: { year: 2025, value: 55, comparator: 'gte' },
      });
      expect(result.status).toBe('achieved');
    });
    it('is behind, with no completion figure, when a strict target is not passed', () => {
      const result = timeProgress({
        direction: 'increase',
        series: [
          { year: 2020, value: 20 },
          { year: 2022, value: 20 },
        ],
        target: { year: 2025, value: 20, comparator: 'gt' },
      });
      expect(result.status).toBe('behind');
      expect(result.components.completionProgress).toBeNull();
    });
    it('is regressing when the value falls below a target the base met', () => {
      const result = timeProgress({
        direction: 'increase',
        series: [
          { year: 2020, value: 55 },
          { year: 2022, value: 54 },
        ],
        target: { year: 2025, value: 55, comparator: 'gte' },
      });
      expect(result.status).toBe('regressing');
    });
  });

  describe('zero and negative values', () => {
    it('scores from a zero base (义务教育优质均衡旗县比例 0 → 55.6)', () => {
      const result = timeProgress({
        direction: 'increase',
        series: [
          { year: 2020, value: 0 },
          { year: 2023, value: 33.4 },
        ],
        target: { year: 2025, value: 55.6 },
      });
      expect(result.components.completionProgress).toBeCloseTo(0.6007, 4);
      expect(result.status).toBe('on_track');
    });
    it('scores negative values on the same straight path', () => {
      const result = timeProgress({
        direction: 'increase',
        series: [
          { year: 2020, value: -10 },
          { year: 2023, value: -4 },
        ],
        target: { year: 2025, value: 0 },
      });
      expect(result.components.completionProgress).toBeCloseTo(0.6, 10);
      expect(result.status).toBe('on_track');
    });
  });

  describe('asOf', () => {
    const series = [
      base,
      { year: 2021, value: 20 },
      { year: 2022, value: 35 },
      { year: 2023, value: 60 },
    ];
    it('leaves out values dated after asOf', () => {
      const result = timeProgress({ direction: 'increase', series, target, asOf: '2022-12-31' });
      expect(result.components.latestValue).toBe(35);
      expect(result.components.pointsAfterAsOf).toBe(1);
    });
    it('reports the time progress at asOf beside the one at the latest value', () => {
      const result = timeProgress({ direction: 'increase', series, target, asOf: '2023-06-30' });
      expect(result.components.latestDate).toBe('2022-12-31');
      expect(result.components.timeProgress).toBeCloseTo(730 / 1826, 6);
      expect(result.components.timeProgressAtAsOf).toBeCloseTo(911 / 1826, 6);
    });
    it('reports no_data when asOf is before the plan starts (before the base is known)', () => {
      const result = timeProgress({ direction: 'increase', series, target, asOf: '2020-06-30' });
      expect(result.status).toBe('no_data');
      expect(result.components.reason).toBe('no_data');
    });
    it('after the plan ends, a target not met is behind with the target date passed', () => {
      const late = [base, { year: 2025, value: 70 }, { year: 2026, value: 75 }];
      const result = timeProgress({
        direction: 'increase',
        series: late,
        target,
        asOf: '2027-03-01',
      });
      expect(result.status).toBe('behind');
      expect(result.components.timeProgress).toBe(1);
      expect(result.components.targetDatePassed).toBe(true);
      expect(result.components.requiredAnnualPace).toBeNull();
      expect(result.explanation.en).toContain('has passed');
    });
  });

  it('reports the straight-path value, the gaps and the pace still needed', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [base, { year: 2023, value: 45 }],
      target,
    });
    const c = result.components;
    expect(c.expectedValue).toBeCloseTo(10 + (1095 / 1826) * 70, 5);
    expect(c.differenceFromExpected).toBeCloseTo(45 - (10 + (1095 / 1826) * 70), 5);
    expect(c.differenceToTarget).toBe(35);
    expect(c.yearsRemaining).toBe(2);
    expect(c.requiredAnnualPace).toBe(17.5);
  });

  it('projects the target-year value by least squares on all points and by CAGR', () => {
    const series = [
      base,
      { year: 2021, value: 20 },
      { year: 2022, value: 30 },
      { year: 2023, value: 40 },
    ];
    const projection = timeProgress({ direction: 'increase', series, target }).components
      .projection;
    expect(projection?.leastSquares).toEqual({
      rate: 10,
      valueAtTarget: 60,
      crossing: 2027,
      yearMet: 2027,
    });
    expect(projection?.cagr?.rate).toBeCloseTo(4 ** (1 / 3) - 1, 6);
  });

  it('accepts dated values and measures time by calendar days', () => {
    const result = timeProgress({
      direction: 'increase',
      series: [
        { date: '2020-12-31', value: 10 },
        { date: '2023-06-30', value: 40 },
      ],
      target: { date: '2025-12-31', value: 80 },
    });
    expect(result.components.timeProgress).toBeCloseTo(911 / 1826, 6);
  });

  it('does not mutate its input', () => {
    const input = {
      direction: 'increase' as const,
      series: [{ year: 2023, value: 52 }, base],
      target,
    };
    const copy = structuredClone(input);
    expect(() => timeProgress(input)).toThrow();
    expect(input).toEqual(copy);
  });

  it('returns plain JSON: no NaN, no Infinity, no undefined', () => {
    for (const series of [
      [base],
      [base, { year: 2023, value: 52 }],
      [base, { year: 2026, value: 90 }],
    ]) {
      const result = timeProgress({ direction: 'increase', series, target });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });
});
