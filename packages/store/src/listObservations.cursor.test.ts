import { expect, it } from 'vitest';
import type { ObservationSort } from './store.types.js';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { name: 'tester' };
type Row = { id: string; indicatorId: string; region: string; date: string; source: string };
type Key = readonly [string, string, string, string];

/** The cursor of a row: its sort columns, as a client passes the last row of a page back. */
const keyOf = (sort: ObservationSort, row: Row): Key =>
  sort === 'indicator'
    ? [row.indicatorId, row.region, row.date, row.source]
    : [row.date, row.indicatorId, row.region, row.source];

/** A row's place in the order `sort` gives, for comparing with the cursor. */
const compare = (sort: ObservationSort, a: Row, b: Row) => {
  const [x, y] = [keyOf(sort, a).join('\u0000'), keyOf(sort, b).join('\u0000')];
  const order = x < y ? -1 : x > y ? 1 : 0;
  return sort === '-date' ? -order : order;
};

describeOnEveryStore('listObservations cursor walk', (store) => {
  const regions = ['ordos', 'dongsheng', 'kangbashi', 'dalad'];
  const rowsOf = (years: number[], source: string) =>
    regions.flatMap((region) =>
      years.map((year) =>
        observation({ region, year, date: `${year}-12-31`, source, value: 40 + (year % 10) }),
      ),
    );

  for (const sort of ['indicator', 'date', '-date'] as const) {
    it(`walks every row once while rows are inserted between pages (sort=${sort})`, async () => {
      await store().importObservations(rowsOf([2020, 2021, 2022, 2023, 2024], 'bureau'), actor);
      const before = new Set((await store().listObservations({ sort })).map((row) => row.id));
      const seen: Row[] = [];
      let after: Key | undefined;
      let page = 0;
      for (;;) {
        const rows = await store().listObservations({ sort, after, limit: 3 });
        seen.push(...rows);
        const last = rows.at(-1);
        if (rows.length < 3 || !last) break;
        after = keyOf(sort, last);
        // Another writer inserts between pages: some rows sort before the cursor, some after it.
        page++;
        await store().importObservations(
          [
            observation({
              region: 'uxin',
              year: 2019 + (page % 7),
              date: `${2019 + (page % 7)}-12-31`,
              source: `late-${page}`,
            }),
          ],
          actor,
        );
      }
      const ids = seen.map((row) => row.id);
      // No row twice, and in order.
      expect(new Set(ids).size).toBe(ids.length);
      for (let at = 1; at < seen.length; at++)
        expect(compare(sort, seen[at - 1] as Row, seen[at] as Row)).toBeLessThan(0);
      // Every row there when the walk began is seen.
      for (const id of before) expect(ids).toContain(id);
      // A row inserted during the walk is seen exactly when it sorts after the page it came in on:
      // the walk equals one read of everything now, minus what was inserted behind the cursor.
      const now = await store().listObservations({ sort });
      const missed = now.filter((row) => !ids.includes(row.id));
      expect(missed.every((row) => !before.has(row.id))).toBe(true);
      expect(now.filter((row) => ids.includes(row.id)).map((row) => row.id)).toEqual(ids);
    });
  }

  it('walks one region with a cursor while other regions and the same region grow', async () => {
    await store().importObservations(rowsOf([2020, 2021, 2022, 2023], 'bureau'), actor);
    const before = (await store().listObservations({ region: 'dongsheng' })).map((row) => row.id);
    const seen: string[] = [];
    let after: Key | undefined;
    for (let page = 0; ; page++) {
      const rows = await store().listObservations({ region: 'dongsheng', after, limit: 2 });
      seen.push(...rows.map((row) => row.id));
      const last = rows.at(-1);
      if (rows.length < 2 || !last) break;
      after = keyOf('indicator', last);
      await store().importObservations(
        [
          observation({ region: 'dalad', year: 2030 + page, date: `${2030 + page}-12-31` }),
          // Sorts after every row so far: the walk must reach it.
          observation({ region: 'dongsheng', year: 2040 + page, date: `${2040 + page}-12-31` }),
        ],
        actor,
      );
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, before.length)).toEqual(before);
    const grown = await store().listObservations({ region: 'dongsheng' });
    expect(seen).toEqual(grown.map((row) => row.id));
  });
});
