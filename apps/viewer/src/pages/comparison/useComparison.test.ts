import { describe, expect, it } from 'vitest';
import { yearBefore } from './useComparison.js';

describe('yearBefore', () => {
  it('gives the same day a year earlier', () => {
    expect(yearBefore('2024-06-30')).toBe('2023-06-30');
    expect(yearBefore('2021-01-01')).toBe('2020-01-01');
  });

  it('gives 28 February for 29 February', () => {
    expect(yearBefore('2024-02-29')).toBe('2023-02-28');
  });
});
