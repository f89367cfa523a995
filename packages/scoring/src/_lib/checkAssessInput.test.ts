import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { AssessInput } from '../schema/assessInput.js';
import { checkAssessInput } from './checkAssessInput.js';

/** The issues of the exported schema, in the shape `checkAssessInput` gives. */
function schemaIssues(input: unknown) {
  const result = AssessInput.safeParse(input);
  return result.success
    ? null
    : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}
function twinIssues(input: unknown) {
  const issues = checkAssessInput(input);
  return issues ? issues.map((issue) => ({ path: issue.path, message: issue.message })) : null;
}

const valid = {
  method: 'open-sdg',
  direction: 'increase',
  series: [
    { year: 2020, value: 1 },
    { year: 2022, value: 2 },
  ],
  target: { year: 2025, value: 3 },
};

const junk = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  0,
  0.5,
  2,
  2019.5,
  999,
  10_000,
  'x',
  '2023-12-31',
  '31/12/2023',
  true,
  [],
  {},
);
const year = fc.oneof(fc.integer({ min: 2015, max: 2030 }), junk);
const point = fc.record(
  {
    year,
    date: fc.oneof(fc.constantFrom('2021-06-30', '2020-12-31', 'soon'), junk),
    value: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), junk),
  },
  { requiredKeys: ['value'] },
);
const input = fc.record(
  {
    method: fc.oneof(fc.constantFrom('open-sdg', 'weather', 'linear'), junk),
    direction: fc.oneof(fc.constantFrom('increase', 'decrease', 'up'), junk),
    series: fc.oneof(fc.array(fc.oneof(point, junk), { maxLength: 4 }), junk),
    target: fc.oneof(
      fc.record(
        {
          year,
          date: fc.oneof(fc.constant('2025-12-31'), junk),
          value: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), junk),
          comparator: fc.oneof(fc.constantFrom('eq', 'between', 'about', '>='), junk),
          upper: fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), junk),
          tolerance: fc.oneof(fc.double({ min: -1, max: 5, noNaN: true }), junk),
        },
        { requiredKeys: [] },
      ),
      junk,
    ),
    limit: junk,
    asOf: fc.oneof(fc.constantFrom('2023-12-31', 'yesterday'), junk),
    onTrackTolerance: fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), junk),
    unit: fc.oneof(fc.constantFrom('percent', 'kg'), junk),
    sdsn: fc.oneof(fc.record({ lowerBound: junk, optimum: junk }, { requiredKeys: [] }), junk),
  },
  { requiredKeys: [] },
);

describe('checkAssessInput', () => {
  it('accepts a valid input', () => {
    expect(checkAssessInput(valid)).toBeNull();
  });

  it('names the problems of a bad input with their paths, as the AssessInput schema does', () => {
    const bad = {
      ...valid,
      direction: 'up',
      series: [{ year: 2020.5, value: Number.NaN }],
      target: { year: 2025, value: 2, comparator: 'between' },
    };
    expect(twinIssues(bad)).toEqual(schemaIssues(bad));
    expect(twinIssues(bad)?.map((issue) => issue.path)).toEqual([
      ['direction'],
      ['series', 0, 'year'],
      ['series', 0, 'value'],
      ['target', 'upper'],
    ]);
  });

  it('reports the same issues as the AssessInput schema for any input', () => {
    fc.assert(
      fc.property(input, (candidate) => {
        expect(twinIssues(candidate)).toEqual(schemaIssues(candidate));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not an object at all, as the schema does', () => {
    for (const candidate of [null, undefined, 3, 'input', []]) {
      expect(twinIssues(candidate)).toEqual(schemaIssues(candidate));
    }
  });

  it('words the messages in English when no zod locale is configured (an app with zod/mini only)', () => {
    const bad = { ...valid, method: 'linear', onTrackTolerance: 5 };
    const expected = schemaIssues(bad);
    const saved = z.config().localeError;
    z.config({ localeError: undefined });
    try {
      expect(twinIssues(bad)).toEqual(expected);
    } finally {
      z.config({ localeError: saved });
    }
  });
});
