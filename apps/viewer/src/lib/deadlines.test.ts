import { describe, expect, it } from 'vitest';
import { dueState } from './deadlines.js';

const at = (deadline: string, asOf: string, daysToDeadline: number) => ({
  deadline,
  asOf,
  daysToDeadline,
});

describe('dueState', () => {
  it('is passed once no day is left, the deadline day included', () => {
    expect(dueState(at('2023-12-31', '2023-12-31', 0))).toBe('passed');
    expect(dueState(at('2023-06-30', '2024-01-01', -185))).toBe('passed');
  });

  it('is this year when the deadline falls later in the as-of year', () => {
    expect(dueState(at('2023-12-31', '2023-12-30', 1))).toBe('thisYear');
    expect(dueState(at('2023-09-01', '2023-03-01', 184))).toBe('thisYear');
  });

  it('is upcoming for a later year', () => {
    expect(dueState(at('2025-12-31', '2023-12-31', 731))).toBe('upcoming');
  });
});
