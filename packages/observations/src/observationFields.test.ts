import { describe, expect, it } from 'vitest';
import { isCalendarDate, SOURCE_MAX, sourceProblem, yearProblem } from './observationFields.js';

describe('isCalendarDate', () => {
  it('accepts days that exist, leap days included, and nothing else', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-1-01')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
  });
});

describe('sourceProblem', () => {
  it('refuses an empty source, a long one and control characters', () => {
    expect(sourceProblem('统计公报')).toBeUndefined();
    expect(sourceProblem('  ')).toBe('the source must not be empty');
    expect(sourceProblem('x'.repeat(SOURCE_MAX + 1))).toContain('longer than');
    expect(sourceProblem('a\nb')).toBe('control characters are not allowed');
  });
});

describe('yearProblem', () => {
  it('wants a whole year within 1900–2100', () => {
    expect(yearProblem(2023)).toBeUndefined();
    expect(yearProblem(2023.5)).toContain('not a whole year');
    expect(yearProblem(1899)).toContain('outside');
    expect(yearProblem(2101)).toContain('outside');
  });
});
