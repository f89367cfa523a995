import { describe, expect, it } from 'vitest';
import { weather } from './weather.js';

/** Yearly points from `start` with the given values. */
function yearly(start: number, values: number[]) {
  return values.map((value, i) => ({ year: start + i, value }));
}

describe('weather', () => {
  describe('with a target value', () => {
    it('shows sun when the five-year mean change reaches the target', () => {
      const result = weather({
        direction: 'decrease',
        series: yearly(2019, [60, 59, 58, 57, 56, 55]),
        target: { year: 2030, value: 50 },
      });
      expect(result.status).toBe('sun');
      expect(result.components.meanAnnualChange).toBe(-1);
      expect(result.components.projectedValue).toBe(49);
    });

    it('shows sun when the target is missed by less than 5% of the current gap', () => {
      // +1 a year from 50 in 2024 gives 60 in 2034: the gap is 10.4, the miss 0.4 (3.8%)
      const result = weather({
        direction: 'increase',
        series: yearly(2019, [45, 46, 47, 48, 49, 50]),
        target: { year: 2034, value: 60.4 },
      });
      expect(result.components.missShare).toBeCloseTo(0.4 / 10.4, 6);
      expect(result.status).toBe('sun');
    });

    it('shows slightly cloudy when the miss is 5–20% of the gap', () => {
      // projected 60, gap 12, miss 2 (16.7%)
      const result = weather({
        direction: 'increase',
        series: yearly(2019, [45, 46, 47, 48, 49, 50]),
        target: { year: 2034, value: 62 },
      });
      expect(result.components.missShare).toBeCloseTo(2 / 12, 6);
      expect(result.status).toBe('slightly_cloudy');
    });

    it('shows a cloud when moving the right way but missing by more than 20%', () => {
      // projected 60, gap 20, miss 10 (50%)
      const result = weather({
        direction: 'increase',
        series: yearly(2019, [45, 46, 47, 48, 49, 50]),
        target: { year: 2034, value: 70 },
      });
      expect(result.components.missShare).toBe(0.5);
      expect(result.status).toBe('cloudy');
    });

    it('shows a thunderstorm when moving the wrong way', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2019, [50, 49, 49, 48, 48, 47]),
        target: { year: 2025, value: 60 },
      });
      expect(result.status).toBe('thunderstorm');
      expect(result.label.zh).toBe('雷雨');
    });

    it('shows a thunderstorm when standing still', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2020, [50, 50, 50, 50]),
        target: { year: 2025, value: 60 },
      });
      expect(result.status).toBe('thunderstorm');
    });

    it('uses only the last six points', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2016, [0, 100, 45, 46, 47, 48, 49, 50]),
        target: { year: 2030, value: 70 },
      });
      expect(result.components.window.map((point) => point.time)).toEqual([
        '2018',
        '2019',
        '2020',
        '2021',
        '2022',
        '2023',
      ]);
      expect(result.components.meanAnnualChange).toBe(1);
    });

    it('takes the mean change per year across gaps in the data', () => {
      const result = weather({
        direction: 'increase',
        series: [
          { year: 2015, value: 40 },
          { year: 2017, value: 44 },
          { year: 2019, value: 48 },
          { year: 2023, value: 56 },
        ],
        target: { year: 2025, value: 60 },
      });
      expect(result.components.meanAnnualChange).toBe(2);
      expect(result.status).toBe('sun');
    });

    it('carries no trend past a target year already gone: a miss is the whole gap', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2022, [45, 46, 47, 48]),
        target: { year: 2024, value: 60 },
      });
      expect(result.components.projectedValue).toBe(48);
      expect(result.status).toBe('cloudy');
    });
  });

  describe('with the target already met', () => {
    it('shows sun when the trend does not point to a setback', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2020, [90, 91, 92, 93]),
        target: { year: 2025, value: 92 },
      });
      expect(result.components.procedure).toBe('target_reached');
      expect(result.status).toBe('sun');
    });

    it('shows slightly cloudy when the trend points to a setback', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2020, [96, 95, 94, 93]),
        target: { year: 2025, value: 92 },
      });
      expect(result.status).toBe('slightly_cloudy');
    });
  });

  describe('without a target value (direction only)', () => {
    const run = (values: number[]) =>
      weather({ direction: 'increase', series: yearly(2018, values) }).status;
    it('shows sun when both the mean and the last change point the right way', () => {
      expect(run([1, 2, 3, 4, 5])).toBe('sun');
    });
    it('shows slightly cloudy when the mean is right but the last change is not', () => {
      expect(run([1, 2, 3, 5, 5])).toBe('slightly_cloudy');
    });
    it('shows a cloud when the mean is wrong but the last change turns the right way', () => {
      expect(run([5, 4, 3, 2, 3])).toBe('cloudy');
    });
    it('shows a thunderstorm when neither does', () => {
      expect(run([5, 4, 3, 2, 1])).toBe('thunderstorm');
    });
  });

  describe('data requirements', () => {
    it('calculates nothing from fewer than four points', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2020, [1, 2, 3]),
        target: { year: 2025, value: 10 },
      });
      expect(result.status).toBe('not_calculable');
      expect(result.components.reason).toBe('too_few_points');
      expect(result.explanation.en).toContain('fewer than four');
    });
    it('calculates from four points', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2020, [1, 2, 3, 4]),
        target: { year: 2025, value: 10 },
      });
      expect(result.status).not.toBe('not_calculable');
    });
    it('counts only points on or before asOf', () => {
      const result = weather({
        direction: 'increase',
        series: yearly(2020, [1, 2, 3, 4]),
        target: { year: 2025, value: 10 },
        asOf: '2023-01-15',
      });
      expect(result.status).toBe('not_calculable');
      expect(result.components.pointsAfterAsOf).toBe(1);
    });
  });

  it('handles zero and negative values on the same linear scale', () => {
    const result = weather({
      direction: 'increase',
      series: yearly(2020, [-3, -2, -1, 0]),
      target: { year: 2025, value: 2 },
    });
    expect(result.status).toBe('sun');
  });
});
