import { describe, expect, it } from 'vitest';
import { unsd2023 } from './unsd2023.js';

const target = { year: 2025, value: 80 };

describe('unsd2023', () => {
  describe('with a target', () => {
    it('projects the latest value at the observed CAGR and scores (projected − base) / (target − base)', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2023, value: 68 },
        ],
        target,
      });
      const cagr = (68 / 50) ** (1 / 3) - 1;
      const projected = 68 * (1 + cagr) ** 2;
      expect(result.components.cagr).toBeCloseTo(cagr, 6);
      expect(result.components.projectedValue).toBeCloseTo(projected, 5);
      expect(result.components.ratio).toBeCloseTo((projected - 50) / 30, 5);
      expect(result.score).toBe(3);
      expect(result.status).toBe('On track or target met');
    });

    it('gives 2, fair progress, between 10% and 95%', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2023, value: 55 },
        ],
        target,
      });
      expect(result.score).toBe(2);
      expect(result.status).toBe('Fair progress, but acceleration needed');
      expect(result.label.zh).toBe('有一定进展，但需加快');
    });

    it('gives 1, stagnation or regression, below 10%', () => {
      const flat = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2023, value: 50.5 },
        ],
        target,
      });
      expect(flat.score).toBe(1);
      const down = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2023, value: 45 },
        ],
        target,
      });
      expect(down.status).toBe('Stagnation or regression');
    });

    it('scores decreases the same way (中小学生肥胖率 19 → 15)', () => {
      const result = unsd2023({
        direction: 'decrease',
        series: [
          { year: 2020, value: 19 },
          { year: 2023, value: 17 },
        ],
        target: { year: 2025, value: 15 },
      });
      expect(result.components.ratio).toBeCloseTo(0.8037, 4);
      expect(result.score).toBe(2);
    });

    it('counts a latest value that meets the target as met, whatever the trend (exception 1)', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 99 },
          { year: 2023, value: 98.5 },
        ],
        target: { year: 2025, value: 98 },
      });
      expect(result.score).toBe(3);
      expect(result.components.exception).toBe('latest_meets_target');
    });

    it('counts a value within 1 point of a 100% target as met (exception 2)', () => {
      const series = (latest: number) => [
        { year: 2020, value: 97 },
        { year: 2023, value: latest },
      ];
      const near = unsd2023({
        direction: 'increase',
        series: series(99.2),
        target: { year: 2025, value: 100 },
        unit: 'percent',
      });
      expect(near.components.exception).toBe('within_one_point_of_limit');
      expect(near.score).toBe(3);
      const far = unsd2023({
        direction: 'increase',
        series: series(98.9),
        target: { year: 2025, value: 100 },
        unit: 'percent',
      });
      expect(far.components.exception).toBeNull();
    });

    it('counts a value within 1 point of a 0% target as met (exception 2, decreasing)', () => {
      const result = unsd2023({
        direction: 'decrease',
        series: [
          { year: 2020, value: 5 },
          { year: 2023, value: 0.8 },
        ],
        target: { year: 2025, value: 0 },
        unit: 'percent',
      });
      expect(result.components.exception).toBe('within_one_point_of_limit');
    });

    it('does not apply the 1-point rule to quantities that are not percentages', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 97 },
          { year: 2023, value: 99.2 },
        ],
        target: { year: 2025, value: 100 },
      });
      expect(result.components.exception).toBeNull();
    });

    it('assesses up to the target year once it has passed (exception 5)', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 50 },
          { year: 2025, value: 70 },
          { year: 2027, value: 85 },
        ],
        target,
      });
      expect(result.components.latestYear).toBe(2025);
      expect(result.components.pointsAfterTargetYear).toBe(1);
      expect(result.components.ratio).toBeCloseTo(20 / 30, 6);
      expect(result.score).toBe(2);
    });

    it('scores 1 when the base met the target and the latest value no longer does', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 80 },
          { year: 2023, value: 74 },
        ],
        target: { year: 2025, value: 75 },
      });
      expect(result.score).toBe(1);
      expect(result.components.exception).toBe('base_at_or_past_target');
    });
  });

  describe('without a target', () => {
    it('compares the CAGR with 2% and 0.5% when an increase is desired', () => {
      const score = (latest: number) =>
        unsd2023({
          direction: 'increase',
          series: [
            { year: 2020, value: 50 },
            { year: 2023, value: latest },
          ],
        }).score;
      expect(score(54)).toBe(3);
      expect(score(51)).toBe(2);
      expect(score(50.5)).toBe(1);
    });

    it('mirrors the thresholds (−2%, −0.5%) when a decrease is desired', () => {
      const score = (latest: number) =>
        unsd2023({
          direction: 'decrease',
          series: [
            { year: 2020, value: 50 },
            { year: 2023, value: latest },
          ],
        }).score;
      expect(score(47)).toBe(3);
      expect(score(49)).toBe(2);
      expect(score(49.5)).toBe(1);
      expect(score(52)).toBe(1);
    });
  });

  describe('data requirements', () => {
    it('is not assessed with one data point', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [{ year: 2020, value: 50 }],
        target,
      });
      expect(result.status).toBe('Not assessed');
      expect(result.score).toBeNull();
      expect(result.components.reason).toBe('one_point');
    });

    it('is not assessed when base and latest differ in sign', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: -2 },
          { year: 2023, value: 3 },
        ],
        target,
      });
      expect(result.components.reason).toBe('sign_change');
    });

    it('replaces a zero base by 0.001, as sdg-build does', () => {
      const result = unsd2023({
        direction: 'increase',
        series: [
          { year: 2020, value: 0 },
          { year: 2023, value: 1 },
        ],
        target: { year: 2025, value: 3 },
      });
      expect(result.components.cagr).toBeCloseTo(1000 ** (1 / 3) - 1, 4);
      expect(result.score).toBe(3);
    });
  });
});
