import { type Observation, oneValuePerDate } from '@plan/observations';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneValuePerDateInOrder } from './checkedObservations.js';

/** Which rows (by place in `stored`) an answer holds, in its order: the same objects, not copies. */
const places = (stored: readonly Observation[], answer: ReturnType<typeof oneValuePerDate>) => ({
  used: answer.used.map((row) => stored.indexOf(row)),
  setAside: answer.setAside.map((row) => stored.indexOf(row)),
});

const row = fc
  .record({
    indicatorId: fc.constantFrom('a', 'b', 'a\u0000b', 'ab', 'é', '\u{1F600}'),
    region: fc.constantFrom('ordos', 'dongsheng', 'b\u0000ordos', '\uE000'),
    date: fc.constantFrom('2023-12-31', '2024-06-30', '2024-07-01', 'ordos\u00002024'),
    source: fc.constantFrom('statistics-bureau', 'bulletin', 'api', ' bulletin', 'plan'),
    illustrative: fc.boolean(),
    createdAt: fc.constantFrom('2026-01-05T08:00:00.000Z', '2026-01-06T08:00:00.000Z'),
    value: fc.integer(),
  })
  .map((fields) => ({ ...fields, id: '', period: 'date' }) as unknown as Observation);

/** Sorted as the store reads a plan: by indicatorId, region, date (JS order), then anything. */
const storeOrder = (rows: Observation[]) =>
  [...rows].sort((a, b) =>
    a.indicatorId !== b.indicatorId
      ? a.indicatorId < b.indicatorId
        ? -1
        : 1
      : a.region !== b.region
        ? a.region < b.region
          ? -1
          : 1
        : a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : 0,
  );

describe('oneValuePerDateInOrder', () => {
  it('gives what oneValuePerDate gives, the same objects in the same order, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.constantFrom('store', 'as is', 'store, one moved to the end'),
        fc.boolean(),
        (rows, order, noNul) => {
          let list = rows.map((item) =>
            noNul
              ? ({
                  ...item,
                  indicatorId: item.indicatorId.replace('\u0000', ''),
                  region: item.region.replace('\u0000', ''),
                  date: item.date.replace('\u0000', ''),
                } as Observation)
              : item,
          );
          if (order !== 'as is') list = storeOrder(list);
          if (order === 'store, one moved to the end' && list.length > 1)
            list = [...list.slice(1), list[0] as Observation];
          expect(places(list, oneValuePerDateInOrder(list))).toEqual(
            places(list, oneValuePerDate(list)),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps several values of one date apart in store order (the quick way is taken)', () => {
    const at = (date: string, source: string, createdAt = '2026-01-05') =>
      ({
        indicatorId: 'a',
        region: 'ordos',
        date,
        source,
        illustrative: false,
        createdAt,
      }) as Observation;
    const list = [
      at('2023-12-31', 'api'),
      at('2023-12-31', 'statistics-bureau'),
      at('2023-12-31', 'bulletin'),
      at('2024-06-30', 'api'),
      at('2024-07-01', 'api', '2026-01-06'),
      at('2024-07-01', 'api', '2026-01-05'),
    ];
    expect(places(list, oneValuePerDateInOrder(list))).toEqual(places(list, oneValuePerDate(list)));
    expect(oneValuePerDateInOrder(list).setAside.length).toBe(3);
    expect(oneValuePerDateInOrder([])).toEqual({ used: [], setAside: [] });
  });
});
