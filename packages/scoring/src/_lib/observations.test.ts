import { ordosPlan } from '@plan/indicators';
import { sameValue } from '@plan/vitest-config/sameValue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ObservationInput } from '../schema/observation.js';
import { ScoringInputError } from '../scoringInputError.js';
import {
  checkAndGroupObservations,
  checkEveryObservation,
  checkObservations,
  type IndicatorLike,
  shapeObservation,
  shapeObservations,
} from './observations.js';
import { planLookups } from './observationsPlan.js';

/** What a call gives: its value, or the problems it throws (as a ScoringInputError). */
function outcome(run: () => unknown): { value: unknown } | { message: string; issues: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof ScoringInputError)) throw error;
    return { message: error.message, issues: error.issues };
  }
}

const zodArray = z.array(ObservationInput);

/** zod alone: what shapeObservations did before it had a quick path. */
function shapeByZod(input: unknown) {
  const parsed = zodArray.safeParse(input);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'observations');
  return parsed.data;
}

// Field values: mostly of the right type, often not (strings for numbers, NaN, ±Infinity, -0,
// impossible dates, empty strings, objects, prototype names).
const keyNames = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'extra',
  'ratio',
  'parts',
  '0',
);
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  keyNames,
  fc.constantFrom('', 'student-myopia-rate', 'ordos', '体检统计'),
);
const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 12_000 }),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 57, 57.5, 2023, 999, 1000, 9999, 10_000),
);
const isoDate = fc.constantFrom(
  '2023-12-31',
  '2024-02-29',
  '2023-06-30T10:00:00Z',
  '2023-06-30T10:00',
  '2023-02-30',
  '2023-13-01',
  '2023-1-1',
  '20230101',
  ' 2023-01-01',
  '2023-01-01\u0000',
  '',
);
const other = fc.oneof(
  fc.constantFrom(null, true, [], {}, [57], { ratio: [40, 60] }, { parts: { secondary: 59 } }),
  fc.record({ ratio: fc.array(number, { maxLength: 3 }) }),
  fc.record({ parts: fc.dictionary(text, number, { maxKeys: 3 }) }),
  fc.constant(new Date('2023-12-31')),
);
const anything = fc.oneof(text, number, isoDate, other, fc.constant(undefined));

const fieldValues = {
  indicatorId: fc.oneof({ weight: 4, arbitrary: text }, anything),
  year: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 990, max: 10_010 }) },
    fc.constantFrom('2023', 2023.5, Number.NaN, 999, 1000, 9999, 10_000, -0),
    anything,
  ),
  date: fc.oneof({ weight: 4, arbitrary: isoDate }, anything),
  value: fc.oneof({ weight: 4, arbitrary: number }, fc.constantFrom('57', '1e3', ''), anything),
  source: fc.oneof({ weight: 4, arbitrary: text }, anything),
  note: fc.oneof({ weight: 4, arbitrary: text }, anything),
  region: fc.oneof({ weight: 4, arbitrary: text }, anything),
};
type Field = keyof typeof fieldValues;
const fieldNames = Object.keys(fieldValues) as Field[];

/** One field: absent, present with a value, or present as undefined. */
const field = (name: Field) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant({ absent: true as const }) },
    { weight: 6, arbitrary: fieldValues[name].map((value) => ({ value })) },
  );

/** An observation-like object: the fields in any order, extra keys, odd prototypes. */
const observationLike = fc
  .record({
    fields: fc.record(
      Object.fromEntries(fieldNames.map((name) => [name, field(name)])) as {
        [K in Field]: ReturnType<typeof field>;
      },
    ),
    // A year or a date, rarely both or neither.
    time: fc.constantFrom('year', 'date', 'year', 'date', 'both', 'neither'),
    order: fc.shuffledSubarray(fieldNames, { minLength: fieldNames.length }),
    extra: fc.array(fc.tuple(keyNames, anything), { maxLength: 3 }),
    prototype: fc.constantFrom('object', 'object', 'object', 'null', 'inherits', 'array'),
  })
  .map(({ fields, time, order, extra, prototype }) => {
    const item: Record<string, unknown> =
      prototype === 'null'
        ? Object.create(null)
        : prototype === 'inherits'
          ? Object.create({ source: '继承', year: 2023 })
          : prototype === 'array'
            ? ([] as unknown as Record<string, unknown>)
            : {};
    for (const name of order) {
      const slot = fields[name];
      if ('absent' in slot) continue;
      if (name === 'year' && (time === 'date' || time === 'neither')) continue;
      if (name === 'date' && (time === 'year' || time === 'neither')) continue;
      // defineProperty: an own `__proto__` key, as JSON.parse makes one.
      Object.defineProperty(item, name, {
        value: slot.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    for (const [key, value] of extra) {
      Object.defineProperty(item, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return item;
  });

/** Mostly well-formed observations, as a store gives them (the quick path's case). */
const wellFormed = fc
  .record(
    {
      indicatorId: fc.constantFrom('student-myopia-rate', 'preschool-enrolment-rate', 'x'),
      region: fc.constantFrom('ordos', 'dalad', 'kangbashi'),
      time: fc.oneof(
        fc.integer({ min: 1000, max: 9999 }).map((year) => ({ year })),
        isoDate.map((date) => ({ date })),
      ),
      value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
      source: fc.string({ maxLength: 4 }),
      note: fc.string({ maxLength: 4 }),
    },
    { requiredKeys: ['indicatorId', 'time', 'value'] },
  )
  .map(({ time, ...rest }) => ({ ...rest, ...time }));

describe('shapeObservation (the quick path of shapeObservations)', () => {
  it('gives what zod gives for any observation it shapes (fields in the schema’s order, unknown keys left out, undefined kept), and leaves the rest to zod', () => {
    let quick = 0;
    let left = 0;
    fc.assert(
      fc.property(fc.oneof(observationLike, wellFormed), (item) => {
        const shaped = shapeObservation(item);
        const byZod = ObservationInput.safeParse(item);
        if (shaped === undefined) {
          left++;
          return;
        }
        quick++;
        expect(byZod.success).toBe(true);
        expect(sameValue(shaped, byZod.data)).toBe(true);
        expect(shaped).not.toBe(item);
      }),
      { numRuns: 4000 },
    );
    // The generator reaches both sides.
    expect(quick).toBeGreaterThan(400);
    expect(left).toBeGreaterThan(400);
  }, 60_000);

  it('shapes an observation that inherits a field as zod does (it reads `in` and `[key]`)', () => {
    const item = Object.assign(Object.create({ source: '继承' }), {
      indicatorId: 'student-myopia-rate',
      year: 2023,
      value: 57,
    });
    const shaped = shapeObservation(item);
    expect(shaped).toEqual({
      indicatorId: 'student-myopia-rate',
      year: 2023,
      value: 57,
      source: '继承',
    });
    expect(sameValue(shaped, ObservationInput.parse(item))).toBe(true);
  });

  it('keeps a field given as undefined, and its place, as zod does', () => {
    const item = { region: undefined, note: undefined, value: 57, indicatorId: 'a', year: 2023 };
    const shaped = shapeObservation(item);
    expect(Object.keys(shaped ?? {})).toEqual(['indicatorId', 'year', 'value', 'note', 'region']);
    expect(sameValue(shaped, ObservationInput.parse(item))).toBe(true);
  });

  it('leaves ratios, values by part, NaN, ±Infinity, strings for numbers and impossible dates to zod', () => {
    const base = { indicatorId: 'a', year: 2023 };
    for (const value of [
      { ratio: [40, 60] },
      { parts: { secondary: 59 } },
      Number.NaN,
      Infinity,
      -Infinity,
      '57',
    ])
      expect(shapeObservation({ ...base, value })).toBeUndefined();
    expect(shapeObservation({ indicatorId: 'a', date: '2023-02-30', value: 1 })).toBeUndefined();
    expect(shapeObservation({ indicatorId: 'a', year: 2023.5, value: 1 })).toBeUndefined();
  });
});

describe('shapeObservations', () => {
  it('gives what zod gives for any array: the same observations, or the same problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(wellFormed, { maxLength: 12 }),
          fc.array(fc.oneof(wellFormed, observationLike), { maxLength: 6 }),
          anything,
        ),
        (input) => {
          const mine = outcome(() => shapeObservations(input));
          const theirs = outcome(() => shapeByZod(input));
          expect(sameValue(mine, theirs)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('refuses a hole in the array as zod does', () => {
    const input: unknown[] = [{ indicatorId: 'a', year: 2023, value: 1 }];
    input[2] = { indicatorId: 'b', year: 2023, value: 1 };
    expect(1 in input).toBe(false);
    expect(outcome(() => shapeObservations(input))).toHaveProperty('issues');
    expect(
      sameValue(
        outcome(() => shapeObservations(input)),
        outcome(() => shapeByZod(input)),
      ),
    ).toBe(true);
  });
});

// Observations as shaped, from a small world so that duplicates, unknown ids and regions, values
// that do not fit and NUL-joined ids (whose full-check keys could run together) come up often.
const indicatorIds = [
  'student-myopia-rate', // percent
  'first-grade-athletes', // count
  'vocational-general-ratio', // ratio
  'dual-qualified-teachers-share', // parts: secondary, higher
  'student-happiness', // not in the plan
  'student-myopia-rate\u0000dalad',
];
const shapedObservation = fc
  .record(
    {
      indicatorId: fc.constantFrom(...indicatorIds),
      region: fc.constantFrom('ordos', 'dalad', 'kangbashi', 'baotou', 'x\u0000dalad'),
      time: fc.oneof(
        fc.constantFrom(2021, 2022, 2023).map((year) => ({ year })),
        fc.constantFrom('2023-06-30', '2023-12-31', '2024-01-01').map((date) => ({ date })),
      ),
      value: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(0, 12, 57, 57.5, 100) },
        fc.constantFrom(-1, 140),
        fc.constantFrom({ ratio: [38, 62] }, { ratio: [38, 60] }, { ratio: [38, 62, 0] }),
        fc.constantFrom(
          { parts: { secondary: 59 } },
          { parts: { higher: 52, secondary: 50 } },
          { parts: { middle: 50 } },
          { parts: {} },
        ),
      ),
      source: fc.constantFrom('体检统计', '示例'),
    },
    { requiredKeys: ['indicatorId', 'time', 'value'] },
  )
  .map(({ time, ...rest }) => ObservationInput.parse({ ...rest, ...time }));

/** Observations with nothing wrong but, often, a duplicate (a time or a part given twice). */
const fittingObservation = fc
  .record(
    {
      indicatorId: fc.constantFrom('student-myopia-rate', 'dual-qualified-teachers-share'),
      region: fc.constantFrom('ordos', 'dalad'),
      time: fc.oneof(
        fc.constantFrom(2022, 2023).map((year) => ({ year })),
        fc.constantFrom('2023-06-30', '2023-12-31').map((date) => ({ date })),
      ),
      value: fc.constantFrom(57, { parts: { secondary: 59 } }, { parts: { higher: 52 } }),
    },
    { requiredKeys: ['indicatorId', 'time', 'value'] },
  )
  .map(({ time, value, ...rest }) =>
    ObservationInput.parse({
      ...rest,
      ...time,
      value: rest.indicatorId === 'student-myopia-rate' && typeof value === 'object' ? 50 : value,
    }),
  )
  .filter((observation) =>
    observation.indicatorId === 'dual-qualified-teachers-share'
      ? typeof observation.value === 'object'
      : true,
  );

/** Groups of checked observations, as checkAndGroupObservations gives them. */
function groupsOf(observations: readonly { indicatorId: string; region: string }[]) {
  const byKey = new Map<string, { indicatorId: string; region: string; observations: unknown[] }>();
  for (const observation of observations) {
    const key = JSON.stringify([observation.indicatorId, observation.region]);
    const group = byKey.get(key);
    if (group) group.observations.push(observation);
    else
      byKey.set(key, {
        indicatorId: observation.indicatorId,
        region: observation.region,
        observations: [observation],
      });
  }
  return [...byKey.values()];
}

describe('checkAndGroupObservations', () => {
  const { indicatorOf, regions } = planLookups(ordosPlan);
  const fully = (shaped: readonly ObservationInput[]) =>
    checkEveryObservation(
      shaped.map((observation, index) => ({ observation, index })),
      indicatorOf,
      regions,
      ordosPlan.subjectRegion,
    );

  it('checks as the full check does: the same observations, or the same problems in the same order; groups by indicator and region in order of first sight', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(shapedObservation, { maxLength: 25 }),
          fc.array(fittingObservation, { maxLength: 10 }),
          // Sorted by time, as a store reads them (the path that keeps no times).
          fc
            .array(shapedObservation, { maxLength: 25 })
            .map((list) =>
              list.sort((a, b) => String(a.date ?? a.year).localeCompare(String(b.date ?? b.year))),
            ),
        ),
        (shaped) => {
          const mine = outcome(() =>
            checkAndGroupObservations(shaped, indicatorOf, regions, ordosPlan.subjectRegion),
          );
          const theirs = outcome(() => fully(shaped));
          if ('value' in mine && 'value' in theirs) {
            const { observations, groups } = mine.value as ReturnType<
              typeof checkAndGroupObservations
            >;
            expect(sameValue(observations, theirs.value)).toBe(true);
            expect(sameValue(groups, groupsOf(observations))).toBe(true);
          } else expect(sameValue(mine, theirs)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('finds a duplicate in a group whose times stop increasing, the same part twice, and a year beside a date', () => {
    const series = [2021, 2022, 2023].map((year) => ({
      indicatorId: 'student-myopia-rate',
      region: 'dalad',
      year,
      value: 50,
    }));
    for (const shaped of [
      [...series, { ...series[1], value: 51 }],
      [
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { higher: 50 } },
        },
        { indicatorId: 'dual-qualified-teachers-share', year: 2022, value: 51 },
        {
          indicatorId: 'dual-qualified-teachers-share',
          year: 2023,
          value: { parts: { higher: 51 } },
        },
      ],
    ] as ObservationInput[][]) {
      const mine = outcome(() =>
        checkAndGroupObservations(shaped, indicatorOf, regions, ordosPlan.subjectRegion),
      );
      expect(mine).toHaveProperty('issues');
      expect(
        sameValue(
          mine,
          outcome(() => fully(shaped)),
        ),
      ).toBe(true);
    }
    // A year and the date of its end are two times, as they always were.
    const both = [
      { indicatorId: 'student-myopia-rate', year: 2023, value: 50 },
      { indicatorId: 'student-myopia-rate', date: '2023-12-31', value: 51 },
    ];
    expect(
      checkAndGroupObservations(both, indicatorOf, regions, ordosPlan.subjectRegion).observations,
    ).toHaveLength(2);
  });

  it('reports a duplicate whose NUL-joined keys run together, as the full check always did', () => {
    // Any indicator and region are known here, so nothing but the duplicate is at fault.
    const anyIndicator = (id: string): IndicatorLike => ({
      id,
      unit: { kind: 'percent', zh: '%', en: '%', inferred: false },
    });
    const list = [
      { indicatorId: 'a\u0000b', region: 'c', year: 2023, value: 1 },
      { indicatorId: 'a', region: 'b\u0000c', year: 2023, value: 2 },
    ].map((observation, index) => ({ observation, index }));
    const mine = outcome(() => checkObservations(list, anyIndicator, null, 'ordos'));
    expect(mine).toEqual({
      message: expect.stringContaining('duplicate: observation [0]'),
      issues: [expect.objectContaining({ path: [1] })],
    });
    expect(
      sameValue(
        mine,
        outcome(() => checkEveryObservation(list, anyIndicator, null, 'ordos')),
      ),
    ).toBe(true);
  });

  it('copies only the observations that leave their region to the subject', () => {
    const shaped = ObservationInput.array().parse([
      { indicatorId: 'student-myopia-rate', region: 'dalad', year: 2023, value: 50 },
      { indicatorId: 'student-myopia-rate', year: 2023, value: 50 },
    ]);
    const { observations } = checkAndGroupObservations(
      shaped,
      indicatorOf,
      regions,
      ordosPlan.subjectRegion,
    );
    expect(observations[0]).toBe(shaped[0]);
    expect(observations[1]).toEqual({ ...shaped[1], region: 'ordos' });
    expect(shaped[1]).not.toHaveProperty('region');
  });
});
