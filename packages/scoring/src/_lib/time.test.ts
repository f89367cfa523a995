import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The memos of `time.ts` answer exactly what date-fns answers for the same
 * text, in any time zone: here each memo is compared with date-fns itself,
 * read afresh, for every day of several years (more dates than the old memo
 * maps held), impossible dates, edges of the year range and text of other
 * shapes, asked twice (the second answer comes from the memo).
 */

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

type Time = typeof import('./time.js');
type DateFns = typeof import('date-fns');

function reference(dateFns: DateFns) {
  const epoch = dateFns.parseISO('1970-01-01');
  return {
    isIsoDate: (text: string) => ISO_SHAPE.test(text) && dateFns.isValid(dateFns.parseISO(text)),
    isoDay: (text: string) => dateFns.differenceInCalendarDays(dateFns.parseISO(text), epoch),
    isoDecimalYear: (text: string) => {
      const date = dateFns.parseISO(text);
      return dateFns.getYear(date) - 1 + dateFns.getDayOfYear(date) / dateFns.getDaysInYear(date);
    },
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Every day (and the impossible days 29–31 of each month) of the given years. */
function daysOf(years: readonly number[]): string[] {
  const texts: string[] = [];
  for (const year of years)
    for (let month = 1; month <= 12; month++)
      for (let day = 1; day <= 31; day++)
        texts.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
  return texts;
}

const ODD = [
  '0000-01-01',
  '0000-02-29',
  '0001-01-01',
  '0099-12-31',
  '0100-02-29',
  '1000-01-01',
  '1900-02-29',
  '2000-02-29',
  '9999-12-31',
  '2023-00-10',
  '2023-13-01',
  '2023-06-00',
  '2023-06-32',
  '2023-99-99',
  '2023-6-30',
  '2023/06/30',
  '2023-06-3a',
  '２０２３-06-30',
  '2023-06-30 ',
  ' 2023-06-30',
  '2023-06-30T00:00:00Z',
  '2023-06-30T12:00',
  '2023-06-30T23:59:59+08:00',
  '2023-06-30T25:00',
  '20230630',
  '2023-06',
  '2023',
  '',
  '-023-06-30',
  '+2023-06-3',
  '2023-06-30\u0000',
];

function compare(time: Time, ref: ReturnType<typeof reference>, texts: readonly string[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (const text of texts) {
      expect([text, time.isIsoDateCached(text)]).toEqual([text, ref.isIsoDate(text)]);
      if (!ref.isIsoDate(text)) continue;
      expect([text, Object.is(time.isoDecimalYearCached(text), ref.isoDecimalYear(text))]).toEqual([
        text,
        true,
      ]);
      expect([text, Object.is(time.isoDay(text), ref.isoDay(text))]).toEqual([text, true]);
      expect(Object.is(time.isoDecimalYear(text), ref.isoDecimalYear(text))).toBe(true);
    }
  }
}

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe'];
const zoneBefore = process.env.TZ;

describe('time memos', () => {
  afterAll(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  // 2010–2035 daily: 9,672 texts, more than the 4,096 the old memo maps held.
  const many = daysOf(Array.from({ length: 26 }, (_, i) => 2010 + i));
  const edges = daysOf([0, 1, 99, 100, 1000, 1582, 1900, 1970, 2000, 2011, 9999]);

  for (const zone of ZONES) {
    it(`answer as date-fns does in ${zone}`, { timeout: 60_000 }, async () => {
      process.env.TZ = zone;
      vi.resetModules();
      const time = await import('./time.js');
      const ref = reference(await import('date-fns'));
      compare(time, ref, many);
      compare(time, ref, edges);
      compare(time, ref, ODD);
    });
  }

  it('answer as date-fns does for text of any near-date shape', { timeout: 60_000 }, async () => {
    process.env.TZ = 'Asia/Shanghai';
    vi.resetModules();
    const time = await import('./time.js');
    const ref = reference(await import('date-fns'));
    const char = fc.constantFrom(...'0123456789-/T:Z+ a'.split(''));
    const nearDate = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 14 }),
          fc.integer({ min: 0, max: 33 }),
        )
        .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
      fc.array(char, { minLength: 8, maxLength: 12 }).map((chars) => chars.join('')),
    );
    fc.assert(
      fc.property(fc.array(nearDate, { maxLength: 20 }), (texts) => {
        compare(time, ref, texts);
      }),
      { numRuns: 500 },
    );
  });
});
