import { describe, expect, it } from 'vitest';
import {
  equivalentComparators,
  form,
  near,
  projectComparator,
  satisfies,
  tidy,
} from './comparators.js';

describe('satisfies', () => {
  it('meets ≥ at the boundary and > only above it', () => {
    expect(satisfies(20, 'gte', 20)).toBe(true);
    expect(satisfies(20, 'gt', 20)).toBe(false);
    expect(satisfies(20.1, 'gt', 20)).toBe(true);
  });

  it('meets ≤ at the boundary and < only below it', () => {
    expect(satisfies(45, 'lte', 45)).toBe(true);
    expect(satisfies(45, 'lt', 45)).toBe(false);
  });

  it('meets "about" within 5% either side', () => {
    expect(satisfies(1.34, 'about', 1.4)).toBe(true);
    expect(satisfies(1.3, 'about', 1.4)).toBe(false);
  });

  it('meets "between" at both ends', () => {
    expect(satisfies(10, 'between', 10, 15)).toBe(true);
    expect(satisfies(15, 'between', 10, 15)).toBe(true);
    expect(satisfies(15.5, 'between', 10, 15)).toBe(false);
  });

  it('ignores floating-point noise in sums', () => {
    const gap = 98.5 - 94.4; // preschool enrolment above Inner Mongolia, 2020
    expect(gap === 4.1).toBe(false);
    expect(satisfies(gap, 'eq', 4.1)).toBe(true);
    expect(near(98.5 - 94.4, 4.1)).toBe(true);
    expect(tidy(58 - 0.5 * 5)).toBe(55.5);
  });
});

describe('equivalentComparators', () => {
  it('treats "reach 99" and "99 or more" alike for a value to raise, not to lower', () => {
    expect(equivalentComparators('eq', 'gte', 'increase')).toBe(true);
    expect(equivalentComparators('eq', 'gte', 'decrease')).toBe(false);
    expect(equivalentComparators('eq', 'lte', 'decrease')).toBe(true);
  });

  it('never treats > or "about" as a plain target', () => {
    expect(equivalentComparators('eq', 'gt', 'increase')).toBe(false);
    expect(equivalentComparators('about', 'eq', 'increase')).toBe(false);
    expect(equivalentComparators('eq', 'gte', 'band')).toBe(false);
  });
});

describe('projectComparator', () => {
  it('turns "at least 0.5 down a year" into "at most" the projected level', () => {
    expect(projectComparator('gte', 'decrease')).toBe('lte');
    expect(projectComparator('gt', 'decrease')).toBe('lt');
  });

  it('keeps the comparator of a rise, and of an exact pace', () => {
    expect(projectComparator('gte', 'increase')).toBe('gte');
    expect(projectComparator('eq', 'decrease')).toBe('eq');
  });
});

describe('form', () => {
  it('writes comparators as symbols and ranges with a dash', () => {
    expect(form('gte', 99)).toBe('≥99');
    expect(form('eq', 99)).toBe('99');
    expect(form('about', 1.4)).toBe('≈1.4');
    expect(form('between', 10, 15)).toBe('10–15');
  });
});
