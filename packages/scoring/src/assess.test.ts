import { describe, expect, expectTypeOf, it } from 'vitest';
import { assess } from './assess.js';
import { openSdg } from './openSdg.js';
import type { AssessInput, Method } from './schema/assessInput.js';
import type { OpenSdgResult, Unsd2023Result } from './schema/results.js';
import { ScoringInputError } from './scoringInputError.js';
import { sdsn } from './sdsn.js';
import { timeProgress } from './timeProgress.js';
import { unsd2023 } from './unsd2023.js';
import { weather } from './weather.js';

const series = [
  { year: 2020, value: 58 },
  { year: 2021, value: 57.8 },
  { year: 2022, value: 57.4 },
  { year: 2023, value: 57 },
];
const target = { year: 2025, value: 56 };

describe('assess', () => {
  it('runs the method it is asked for, with the same result as the method itself', () => {
    const direct = {
      'time-progress': timeProgress,
      'open-sdg': openSdg,
      'unsd-2023': unsd2023,
      weather,
      sdsn,
    };
    for (const method of Object.keys(direct) as Method[]) {
      const result = assess({ method, direction: 'decrease', series, target });
      expect(result.method).toBe(method);
      expect(result).toEqual(direct[method]({ direction: 'decrease', series, target }));
    }
  });

  it('returns the status names of SCORING-METHODS.md, and the extra figures each method names', () => {
    const open = assess({ method: 'open-sdg', direction: 'decrease', series, target });
    expect(open.status).toBe('moderate_progress');
    expect(open.score).toBeCloseTo(1.618, 3);
    expect(open.progressValue).toBeCloseTo(0.8265, 4);
    const unsd = assess({ method: 'unsd-2023', direction: 'decrease', series, target });
    expect(unsd.score).toBe(2);
    expect(unsd.status).toBe('Fair progress, but acceleration needed');
    expect(assess({ method: 'weather', direction: 'decrease', series, target }).status).toBe(
      'cloudy',
    );
    expect(assess({ method: 'time-progress', direction: 'decrease', series, target }).status).toBe(
      'behind',
    );
    const dashboard = assess({ method: 'sdsn', direction: 'decrease', series, target });
    expect(dashboard.status).toBe('moderately_improving');
    expect(dashboard.colour).toBe('yellow');
  });

  it('narrows the result type by method', () => {
    expectTypeOf(
      assess({ method: 'open-sdg', direction: 'increase', series }),
    ).toEqualTypeOf<OpenSdgResult>();
    expectTypeOf(
      assess({ method: 'unsd-2023', direction: 'increase', series }),
    ).toEqualTypeOf<Unsd2023Result>();
  });

  it('treats series[0] as the base and sorts the other points by time', () => {
    const shuffled = [series[0], series[3], series[1], series[2]] as typeof series;
    expect(assess({ method: 'open-sdg', direction: 'decrease', series: shuffled, target })).toEqual(
      assess({ method: 'open-sdg', direction: 'decrease', series, target }),
    );
  });

  it('does not mutate its input', () => {
    const input: AssessInput = {
      method: 'weather',
      direction: 'decrease',
      series: [...series].reverse(),
      target,
    };
    const copy = structuredClone(input);
    try {
      assess(input);
    } catch {
      // series[0] is not the earliest here: refused, and still untouched
    }
    expect(input).toEqual(copy);
  });

  describe('refuses bad input with the path and what was expected', () => {
    const valid: AssessInput = {
      method: 'open-sdg',
      direction: 'increase',
      series: [{ year: 2020, value: 1 }],
    };
    const cases: [string, unknown, RegExp][] = [
      [
        'an unknown method',
        { ...valid, method: 'linear' },
        /method: Invalid option: expected one of "time-progress"/,
      ],
      ['an unknown direction', { ...valid, direction: 'up' }, /direction: Invalid option/],
      ['an empty series', { ...valid, series: [] }, /series: series needs at least its base value/],
      [
        'a value that is not a number',
        { ...valid, series: [{ year: 2020, value: '3' }] },
        /series\[0\]\.value/,
      ],
      [
        'a value that is not finite',
        { ...valid, series: [{ year: 2020, value: Number.NaN }] },
        /series\[0\]\.value: expected a finite number/,
      ],
      [
        'a point with neither year nor date',
        { ...valid, series: [{ value: 1 }] },
        /series\[0\]\.year: give a year/,
      ],
      [
        'a point with both',
        { ...valid, series: [{ year: 2020, date: '2020-12-31', value: 1 }] },
        /series\[0\]\.date: give either a year or a date, not both/,
      ],
      [
        'a year that is not whole',
        { ...valid, series: [{ year: 2020.5, value: 1 }] },
        /series\[0\]\.year: expected a whole year/,
      ],
      [
        'a date that is not ISO',
        { ...valid, series: [{ date: '31/12/2020', value: 1 }] },
        /series\[0\]\.date: expected an ISO date/,
      ],
      [
        'a point before the base',
        {
          ...valid,
          series: [
            { year: 2020, value: 1 },
            { year: 2019, value: 1 },
          ],
        },
        /series\[1\]: this point comes before the base/,
      ],
      [
        'duplicate years',
        {
          ...valid,
          series: [
            { year: 2020, value: 1 },
            { year: 2020, value: 2 },
          ],
        },
        /series\[1\]: duplicate time/,
      ],
      [
        'a target before the base',
        { ...valid, target: { year: 2019, value: 2 } },
        /target: the target must come after the base/,
      ],
      [
        'a band without an upper end',
        { ...valid, target: { year: 2025, value: 2, comparator: 'between' } },
        /target\.upper: a "between" target needs an upper end/,
      ],
      [
        'an unknown comparator',
        { ...valid, target: { year: 2025, value: 2, comparator: '>=' } },
        /target\.comparator: Invalid option/,
      ],
      ['a bad asOf', { ...valid, asOf: 'yesterday' }, /asOf: expected an ISO date/],
      ['a tolerance above 1', { ...valid, onTrackTolerance: 5 }, /onTrackTolerance/],
    ];
    for (const [what, input, message] of cases) {
      it(`refuses ${what}`, () => {
        expect(() => assess(input as AssessInput)).toThrow(ScoringInputError);
        expect(() => assess(input as AssessInput)).toThrow(message);
      });
    }

    it('lists every problem, each with its path', () => {
      try {
        assess({
          method: 'open-sdg',
          direction: 'up',
          series: [{ year: 2020, value: Number.NaN }],
        } as unknown as AssessInput);
        expect.unreachable();
      } catch (error) {
        expect((error as ScoringInputError).issues.map((issue) => issue.path)).toEqual([
          ['direction'],
          ['series', 0, 'value'],
        ]);
      }
    });
  });
});
