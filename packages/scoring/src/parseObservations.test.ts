import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { parseObservations } from './parseObservations.js';
import { ScoringInputError } from './scoringInputError.js';

function refusal(input: unknown): string {
  try {
    parseObservations(ordosPlan, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScoringInputError);
    return (error as Error).message;
  }
  throw new Error('expected the observations to be refused');
}

describe('parseObservations', () => {
  it('fills in the plan’s subject region (鄂尔多斯市) and keeps source and note', () => {
    const [observation] = parseObservations(ordosPlan, [
      {
        indicatorId: 'student-myopia-rate',
        year: 2023,
        value: 57,
        source: '市教育局体检统计',
        note: '抽样',
      },
    ]);
    expect(observation).toEqual({
      indicatorId: 'student-myopia-rate',
      region: 'ordos',
      year: 2023,
      value: 57,
      source: '市教育局体检统计',
      note: '抽样',
    });
  });

  it('accepts dates, ratios and values by part', () => {
    const observations = parseObservations(ordosPlan, [
      { indicatorId: 'student-myopia-rate', region: 'dalad', date: '2023-09-01', value: 59 },
      { indicatorId: 'vocational-general-ratio', year: 2023, value: { ratio: [38, 62] } },
      {
        indicatorId: 'dual-qualified-teachers-share',
        year: 2023,
        value: { parts: { secondary: 59 } },
      },
      {
        indicatorId: 'dual-qualified-teachers-share',
        year: 2023,
        value: { parts: { higher: 52 } },
      },
    ]);
    expect(observations).toHaveLength(4);
  });

  it('refuses a percentage above 100', () => {
    expect(
      refusal([{ indicatorId: 'preschool-enrolment-rate', year: 2023, value: 140 }]),
    ).toContain('[0].value: 140 is above 100: not a possible percentage');
  });

  it('refuses a negative count and a count that is not whole', () => {
    expect(refusal([{ indicatorId: 'first-grade-athletes', year: 2023, value: -3 }])).toContain(
      '[0].value: -3 is negative',
    );
    expect(refusal([{ indicatorId: 'first-grade-athletes', year: 2023, value: 30.5 }])).toContain(
      'not a whole number',
    );
  });

  it('refuses a ratio whose parts do not add up to 100', () => {
    expect(
      refusal([
        { indicatorId: 'vocational-general-ratio', year: 2023, value: { ratio: [38, 60] } },
      ]),
    ).toContain('[0].value.ratio: the parts of the ratio 38:60 add up to 98, not 100');
  });

  it('accepts a ratio whose parts miss 100 by the rounding of published shares (59.97 : 40), as the API does', () => {
    expect(
      parseObservations(ordosPlan, [
        { indicatorId: 'vocational-general-ratio', year: 2023, value: { ratio: [59.97, 40] } },
      ]),
    ).toHaveLength(1);
    expect(
      refusal([
        { indicatorId: 'vocational-general-ratio', year: 2023, value: { ratio: [59.9, 40] } },
      ]),
    ).toContain('add up to 99.9, not 100');
  });

  it('refuses a part the indicator does not have', () => {
    expect(
      refusal([
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { middle: 50 } },
        },
      ]),
    ).toContain(
      '[0].value.parts.middle: "dual-qualified-teachers-share" has no part "middle": expected one of secondary, higher',
    );
  });

  it('refuses a plain number for an indicator with parts, and parts for one without', () => {
    expect(
      refusal([{ indicatorId: 'dual-qualified-teachers-share', year: 2023, value: 55 }]),
    ).toContain('is split into parts (secondary, higher)');
    expect(
      refusal([{ indicatorId: 'student-myopia-rate', year: 2023, value: { parts: { a: 1 } } }]),
    ).toContain('has no parts');
    expect(
      refusal([{ indicatorId: 'student-myopia-rate', year: 2023, value: { ratio: [50, 50] } }]),
    ).toContain('is not a ratio');
    expect(refusal([{ indicatorId: 'vocational-general-ratio', year: 2023, value: 38 }])).toContain(
      'is a ratio: give { "ratio"',
    );
  });

  it('refuses unknown indicators and regions', () => {
    expect(refusal([{ indicatorId: 'student-happiness', year: 2023, value: 1 }])).toContain(
      '[0].indicatorId: unknown indicator "student-happiness"',
    );
    expect(
      refusal([{ indicatorId: 'student-myopia-rate', region: 'baotou', year: 2023, value: 1 }]),
    ).toContain('[0].region: unknown region "baotou"');
  });

  it('refuses two values for the same indicator, region and year (the same part twice included)', () => {
    expect(
      refusal([
        { indicatorId: 'student-myopia-rate', year: 2023, value: 57 },
        { indicatorId: 'student-myopia-rate', region: 'ordos', year: 2023, value: 56 },
      ]),
    ).toContain('[1]: duplicate: observation [0] has the same indicator, region and year 2023');
    expect(
      refusal([
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { higher: 50 } },
        },
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { higher: 51 } },
        },
      ]),
    ).toContain('same indicator, region, part and year 2023');
  });

  it('refuses an observation with both a year and a date, or neither', () => {
    expect(
      refusal([{ indicatorId: 'student-myopia-rate', year: 2023, date: '2023-12-31', value: 57 }]),
    ).toContain('[0].year: give a year (2023) or a date ("2023-12-31"), exactly one');
    expect(refusal([{ indicatorId: 'student-myopia-rate', value: 57 }])).toContain('[0].year');
  });

  it('lists every problem at once', () => {
    try {
      parseObservations(ordosPlan, [
        { indicatorId: 'preschool-enrolment-rate', year: 2023, value: 140 },
        { indicatorId: 'first-grade-athletes', year: 2023, value: -1 },
      ]);
      expect.unreachable();
    } catch (error) {
      expect((error as ScoringInputError).issues.map((issue) => issue.path)).toEqual([
        [0, 'value'],
        [1, 'value'],
      ]);
    }
  });
});
