import { describe, expect, it } from 'vitest';
import { projectTrend } from './projectTrend.js';

describe('projectTrend', () => {
  it('carries the least-squares line on all points to the target year, and finds when it meets the target', () => {
    const result = projectTrend({
      direction: 'increase',
      series: [
        { year: 2020, value: 10 },
        { year: 2021, value: 20 },
        { year: 2022, value: 30 },
      ],
      target: { year: 2025, value: 80 },
    });
    expect(result.leastSquares).toEqual({
      rate: 10,
      valueAtTarget: 60,
      crossing: 2027,
      yearMet: 2027,
    });
  });

  it('uses every point for least squares, not only the ends', () => {
    const result = projectTrend({
      direction: 'increase',
      series: [
        { year: 2020, value: 10 },
        { year: 2021, value: 14 },
        { year: 2022, value: 12 },
        { year: 2023, value: 16 },
      ],
      target: { year: 2025, value: 20 },
    });
    expect(result.leastSquares?.rate).toBeCloseTo(1.6, 10);
    expect(result.leastSquares?.valueAtTarget).toBeCloseTo(13 + 1.6 * 3.5, 6);
  });

  it('carries the compound annual growth from base to latest, and finds its year', () => {
    const result = projectTrend({
      direction: 'increase',
      series: [
        { year: 2020, value: 100 },
        { year: 2022, value: 121 },
      ],
      target: { year: 2025, value: 150 },
    });
    expect(result.cagr?.rate).toBeCloseTo(0.1, 10);
    expect(result.cagr?.valueAtTarget).toBeCloseTo(121 * 1.1 ** 3, 6);
    expect(result.cagr?.yearMet).toBe(2025);
    expect(result.cagr?.crossing).toBeCloseTo(2022 + Math.log(150 / 121) / Math.log(1.1), 3);
  });

  it('says never (null) when the trend moves away from the target', () => {
    const result = projectTrend({
      direction: 'decrease',
      series: [
        { year: 2020, value: 19 },
        { year: 2023, value: 20 },
      ],
      target: { year: 2025, value: 15 },
    });
    expect(result.leastSquares?.yearMet).toBeNull();
    expect(result.cagr?.yearMet).toBeNull();
  });

  it('has no trends from one point, and no CAGR from a zero base or across a sign change', () => {
    expect(
      projectTrend({
        direction: 'increase',
        series: [{ year: 2020, value: 1 }],
        target: { year: 2025, value: 2 },
      }),
    ).toMatchObject({
      leastSquares: null,
      cagr: null,
    });
    const zero = projectTrend({
      direction: 'increase',
      series: [
        { year: 2020, value: 0 },
        { year: 2023, value: 3 },
      ],
      target: { year: 2025, value: 5 },
    });
    expect(zero.cagr).toBeNull();
    expect(zero.leastSquares?.yearMet).toBe(2025);
    const sign = projectTrend({
      direction: 'increase',
      series: [
        { year: 2020, value: -1 },
        { year: 2023, value: 3 },
      ],
      target: { year: 2025, value: 5 },
    });
    expect(sign.cagr).toBeNull();
  });

  it('needs a target', () => {
    expect(() =>
      projectTrend({ direction: 'increase', series: [{ year: 2020, value: 1 }] }),
    ).toThrow(/target: a projection needs a target/);
  });
});
