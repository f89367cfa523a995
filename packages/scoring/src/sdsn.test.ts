import { describe, expect, it } from 'vitest';
import { sdsn } from './sdsn.js';

const target = { year: 2025, value: 100 };
const run = (latest: number, year = 2023) =>
  sdsn({
    direction: 'increase',
    series: [
      { year: 2020, value: 65 },
      { year, value: latest },
    ],
    target,
  });

describe('sdsn', () => {
  it('rescales the latest value to 0–100 between the lower bound and the optimum', () => {
    const result = run(86);
    expect(result.score).toBe(60);
    expect(result.components.lowerBound).toBe(65);
    expect(result.components.optimum).toBe(100);
    expect(result.components.boundsFrom).toBe('defaults');
  });

  it('clamps the score to 0–100 but keeps the unclamped figure for the trend', () => {
    const below = run(60);
    expect(below.score).toBe(0);
    expect(below.components.latestScoreUnclamped).toBeCloseTo(-14.2857, 4);
    expect(below.status).toBe('decreasing');
    expect(run(120).score).toBe(100);
  });

  describe('dashboard colours', () => {
    it('is green once the green threshold is reached', () => {
      expect(run(100).colour).toBe('green');
    });
    it('is yellow from the midpoint of the red and green thresholds', () => {
      expect(run(82.5).colour).toBe('yellow');
    });
    it('is orange between the red threshold and the midpoint', () => {
      expect(run(70).colour).toBe('orange');
    });
    it('is red at or beyond the red threshold', () => {
      expect(run(65).colour).toBe('red');
      expect(run(60).colour).toBe('red');
    });
    it('uses custom bounds and thresholds in the unit of the series', () => {
      const result = sdsn({
        direction: 'increase',
        series: [
          { year: 2020, value: 65 },
          { year: 2023, value: 86 },
        ],
        target,
        sdsn: { lowerBound: 0, optimum: 100, green: 95, red: 70 },
      });
      expect(result.score).toBe(86);
      expect(result.colour).toBe('yellow');
      expect(result.components.boundsFrom).toBe('input');
    });
  });

  describe('trend arrows', () => {
    it('is on track when the score grows at least as fast as needed to reach green by the target year', () => {
      const result = run(86);
      expect(result.components.observedGrowth).toBeCloseTo(20, 6);
      expect(result.components.requiredGrowth).toBe(20);
      expect(result.status).toBe('on_track');
    });
    it('is moderately improving at half the needed growth or more', () => {
      expect(run(78).status).toBe('moderately_improving');
    });
    it('is stagnating below half the needed growth', () => {
      expect(run(70).status).toBe('stagnating');
    });
    it('is decreasing when the score falls', () => {
      expect(run(64).status).toBe('decreasing');
    });
    it('is on track (maintaining achievement) once green is reached', () => {
      const result = run(100, 2021);
      expect(result.status).toBe('on_track');
      expect(result.label.en).toBe('On track or maintaining achievement');
    });
    it('has no trend from one point, but still a colour', () => {
      const result = sdsn({ direction: 'increase', series: [{ year: 2020, value: 65 }], target });
      expect(result.status).toBe('trend_unavailable');
      expect(result.colour).toBe('red');
      expect(result.components.reason).toBe('one_point');
    });
  });

  it('scores decrease-is-better indicators with the optimum below the lower bound (近视眼率 58 → 56)', () => {
    const result = sdsn({
      direction: 'decrease',
      series: [
        { year: 2020, value: 58 },
        { year: 2023, value: 57 },
      ],
      target: { year: 2025, value: 56 },
    });
    expect(result.score).toBe(50);
    expect(result.colour).toBe('yellow');
    expect(result.components.growthRatio).toBeCloseTo(50 / 3 / 20, 6);
    expect(result.status).toBe('moderately_improving');
  });

  it('scores 100 or 0 when the base already met the target (no span to rescale over)', () => {
    const held = sdsn({
      direction: 'increase',
      series: [
        { year: 2020, value: 55 },
        { year: 2023, value: 56 },
      ],
      target: { year: 2025, value: 55 },
    });
    expect(held.score).toBe(100);
    expect(held.colour).toBe('green');
    expect(held.components.reason).toBe('degenerate_bounds');
    const lost = sdsn({
      direction: 'increase',
      series: [
        { year: 2020, value: 55 },
        { year: 2023, value: 54 },
      ],
      target: { year: 2025, value: 55 },
    });
    expect(lost.score).toBe(0);
    expect(lost.status).toBe('decreasing');
  });

  it('has nothing to rescale against without a target or an optimum', () => {
    const result = sdsn({
      direction: 'increase',
      series: [
        { year: 2020, value: 1 },
        { year: 2023, value: 2 },
      ],
    });
    expect(result.status).toBe('trend_unavailable');
    expect(result.colour).toBe('grey');
    expect(result.score).toBeNull();
    expect(result.components.reason).toBe('no_bounds');
  });

  it('refuses bounds that contradict the direction', () => {
    expect(() =>
      sdsn({
        direction: 'increase',
        series: [
          { year: 2020, value: 1 },
          { year: 2023, value: 2 },
        ],
        sdsn: { lowerBound: 10, optimum: 0 },
      }),
    ).toThrow(/sdsn\.optimum: the optimum must be above the lower bound for an increase/);
  });

  it('handles zero and negative values on its linear scale', () => {
    const result = sdsn({
      direction: 'increase',
      series: [
        { year: 2020, value: -10 },
        { year: 2023, value: 0 },
      ],
      target: { year: 2025, value: 10 },
    });
    expect(result.score).toBe(50);
  });
});
