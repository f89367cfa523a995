import { describe, expect, it } from 'vitest';
import { comparatorMark, dueState } from './deadlines.js';

describe('dueState', () => {
  it('is passed on the deadline day itself', () => {
    expect(dueState({ year: 2023 }, '2023-12-31')).toBe('passed');
    expect(dueState({ year: 2023, date: '2023-06-30' }, '2023-06-30')).toBe('passed');
  });

  it('is due this year until the deadline within the as-of year', () => {
    expect(dueState({ year: 2023 }, '2023-12-30')).toBe('thisYear');
    expect(dueState({ year: 2023, date: '2023-09-01' }, '2023-03-01')).toBe('thisYear');
  });

  it('is upcoming for a later year, including before the plan starts', () => {
    expect(dueState({ year: 2025 }, '2023-12-31')).toBe('upcoming');
    expect(dueState({ year: 2021 }, '2019-01-01')).toBe('upcoming');
  });
});

describe('comparatorMark', () => {
  it('writes the printed comparators and nothing for a plain value', () => {
    expect(['gte', 'gt', 'lte', 'lt', 'about', 'eq', 'between'].map(comparatorMark)).toEqual([
      '≥',
      '>',
      '≤',
      '<',
      '≈',
      '',
      '',
    ]);
  });
});
