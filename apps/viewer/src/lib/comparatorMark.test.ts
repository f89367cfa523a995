import { describe, expect, it } from 'vitest';
import { comparatorMark } from './comparatorMark.js';

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
