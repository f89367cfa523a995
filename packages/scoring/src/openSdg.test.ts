import { describe, expect, it } from 'vitest';
import { openSdg } from './openSdg.js';

describe('openSdg', () => {
  describe('with a target', () => {
    it('compares the observed CAGR with the CAGR needed to reach the target on time', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2015, value: 50 },
          { year: 2020, value: 60 },
        ],
        target: { year: 2030, value: 80 },
      });
      const observed = (60 / 50) ** (1 / 5) - 1;
      const required = (80 / 50) ** (1 / 15) - 1;
      expect(result.components.cagrObserved).toBeCloseTo(observed, 6);
      expect(result.components.cagrRequired).toBeCloseTo(required, 6);
      expect(result.progressValue).toBeCloseTo(observed / required, 6);
      expect(result.status).toBe('substantial_progress');
      expect(result.label.en).toBe('On track');
    });

    it('scores R linearly: −60% → −5, 60% → 0, 130% → +5', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2015, value: 50 },
          { year: 2020, value: 60 },
        ],
        target: { year: 2030, value: 80 },
      });
      expect(result.score).toBeCloseTo((((result.progressValue as number) - 0.6) * 5) / 0.7, 3);
    });

    it('gives moderate progress for a decrease at 83% of the needed pace (中小学生近视眼率)', () => {
      const result = openSdg({
        direction: 'decrease',
        series: [
          { year: 2020, value: 58 },
          { year: 2023, value: 57 },
        ],
        target: { year: 2025, value: 56 },
      });
      expect(result.status).toBe('moderate_progress');
      expect(result.progressValue).toBeCloseTo(0.8265, 4);
      expect(result.score).toBeCloseTo(1.618, 3);
      expect(result.components.d).toBe(-1);
    });

    it('gives limited progress below 60% of the needed pace and deterioration when moving away', () => {
      const limited = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2023, value: 51 },
        ],
        target: { year: 2025, value: 60 },
      });
      expect(limited.status).toBe('limited_progress');
      const worse = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2023, value: 45 },
        ],
        target: { year: 2025, value: 60 },
      });
      expect(worse.status).toBe('deterioration');
      expect(worse.score).toBe(-5);
    });

    it('is target_achieved with score 5 when the latest value meets the target, whatever the trend', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 99 },
          { year: 2023, value: 98.5 },
        ],
        target: { year: 2025, value: 98 },
      });
      expect(result.status).toBe('target_achieved');
      expect(result.score).toBe(5);
      expect(result.components.targetAchieved).toBe(true);
    });

    it('is target_achieved at the baseline, even from one data point', () => {
      const result = openSdg({
        direction: 'increase',
        series: [{ year: 2020, value: 55 }],
        target: { year: 2025, value: 55 },
      });
      expect(result.status).toBe('target_achieved');
      expect(result.progressValue).toBeNull();
    });

    it('reads strict comparators strictly (＞20 is not met at 20)', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 4.8 },
          { year: 2023, value: 20 },
        ],
        target: { year: 2025, value: 20, comparator: 'gt' },
      });
      expect(result.status).toBe('substantial_progress');
    });

    it('treats a target equal to the base as needing no growth: moving away is deterioration', () => {
      const result = openSdg({
        direction: 'decrease',
        series: [
          { year: 2020, value: 20 },
          { year: 2021, value: 21 },
        ],
        target: { year: 2025, value: 20, comparator: 'lt' },
      });
      expect(result.status).toBe('deterioration');
      expect(result.score).toBe(-5);
      expect(result.progressValue).toBeNull();
      expect(result.explanation.en).toContain('no growth was required');
    });

    it('ignores a limit when a target is given', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 95 },
          { year: 2022, value: 96 },
        ],
        target: { year: 2025, value: 98 },
        limit: 100,
      });
      expect(result.components.coefficient).toBeNull();
      expect(result.components.thresholds).toEqual({ high: 0.95, med: 0.6, low: 0 });
    });
  });

  describe('without a target', () => {
    it('compares s·d·CAGR with 1.5%, 0.5% and 0', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 95 },
          { year: 2021, value: 96 },
        ],
      });
      expect(result.components.calculation).toBe('without_target');
      expect(result.progressValue).toBeCloseTo(1 / 95, 6);
      expect(result.status).toBe('moderate_progress');
      expect(result.score).toBeCloseTo(250 * (1 / 95) - 1.25, 3);
    });

    it('scales the thresholds by C = 1 − (y0/limit)^4.44 near a natural limit', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 95 },
          { year: 2021, value: 96 },
        ],
        limit: 100,
      });
      const c = 1 - 0.95 ** 4.44;
      expect(result.components.coefficient).toBeCloseTo(c, 6);
      expect(result.components.thresholds.high).toBeCloseTo(0.015 * c, 6);
      expect(result.status).toBe('substantial_progress');
    });

    it('gives 5 when the base sits on the limit and the value holds (C = 0)', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 100 },
          { year: 2021, value: 100 },
        ],
        limit: 100,
      });
      expect(result.components.coefficient).toBe(0);
      expect(result.status).toBe('substantial_progress');
      expect(result.score).toBe(5);
    });

    it('mirrors the limit for values beyond it (base between the limit and twice it)', () => {
      const result = openSdg({
        direction: 'decrease',
        series: [
          { year: 2020, value: 3.5 },
          { year: 2021, value: 3.4 },
        ],
        limit: 3,
      });
      expect(result.components.coefficient).toBeCloseTo(1 - ((6 - 3.5) / 3) ** 4.44, 6);
    });

    it('flips the desired direction for negative values (s = −1)', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: -10 },
          { year: 2023, value: -5 },
        ],
      });
      expect(result.components.sign).toBe(-1);
      expect(result.progressValue).toBeCloseTo(1 - 0.5 ** (1 / 3), 6);
      expect(result.status).toBe('substantial_progress');
    });
  });

  describe('edge rules of the source', () => {
    it('replaces a zero base by 0.001', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 0 },
          { year: 2023, value: 3 },
        ],
        target: { year: 2025, value: 11 },
      });
      expect(result.components.baseValue).toBe(0);
      expect(result.components.baseValueUsed).toBe(0.001);
      expect(result.components.cagrObserved).toBeCloseTo(3000 ** (1 / 3) - 1, 4);
      expect(result.status).toBe('substantial_progress');
    });

    it('replaces a zero target by 0.001', () => {
      const result = openSdg({
        direction: 'decrease',
        series: [
          { year: 2020, value: 10 },
          { year: 2023, value: 5 },
        ],
        target: { year: 2025, value: 0 },
      });
      expect(result.components.targetValueUsed).toBe(0.001);
      expect(result.progressValue).toBeCloseTo((1 - 0.5 ** (1 / 3)) / (1 - 0.0001 ** (1 / 5)), 5);
      expect(result.status).toBe('limited_progress');
    });

    it('gives not_available when base and latest differ in sign', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 5 },
          { year: 2022, value: -1 },
        ],
        target: { year: 2025, value: 10 },
      });
      expect(result.status).toBe('not_available');
      expect(result.components.reason).toBe('sign_change');
      expect(result.score).toBeNull();
    });

    it('gives not_available from one data point that does not meet the target', () => {
      const result = openSdg({
        direction: 'increase',
        series: [{ year: 2020, value: 5 }],
        target: { year: 2025, value: 10 },
      });
      expect(result.status).toBe('not_available');
      expect(result.components.reason).toBe('one_point');
    });

    it('needs at least a year between base and latest', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { date: '2020-12-31', value: 5 },
          { date: '2021-06-30', value: 6 },
        ],
        target: { year: 2025, value: 10 },
      });
      expect(result.status).toBe('not_available');
    });

    it('refuses duplicate years', () => {
      expect(() =>
        openSdg({
          direction: 'increase',
          series: [
            { year: 2020, value: 5 },
            { year: 2021, value: 6 },
            { year: 2021, value: 7 },
          ],
        }),
      ).toThrow(/series\[2\]: duplicate time: series\[1\] has the same year/);
    });

    it('gives not_available with no data as of the date asked', () => {
      const result = openSdg({
        direction: 'increase',
        series: [
          { year: 2020, value: 5 },
          { year: 2021, value: 6 },
        ],
        asOf: '2019-12-31',
      });
      expect(result.status).toBe('not_available');
      expect(result.components.reason).toBe('no_data');
    });
  });

  it('returns plain JSON: no NaN, no Infinity', () => {
    const result = openSdg({
      direction: 'decrease',
      series: [
        { year: 2020, value: 20 },
        { year: 2021, value: 21 },
      ],
      target: { year: 2025, value: 20, comparator: 'lt' },
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
