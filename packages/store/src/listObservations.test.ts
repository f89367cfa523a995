import { expect, it } from 'vitest';
import type { ObservationSort } from './store.types.js';
import { describeOnEveryStore, newObservation as observation } from './testing/index.js';

const actor = { name: 'tester' };
const regions = ['ordos', 'dongsheng', 'kangbashi'];
const years = [2021, 2022, 2023, 2024];

describeOnEveryStore('listObservations pages', (store) => {
  async function seed() {
    const rows = regions.flatMap((region) =>
      years.flatMap((year) =>
        ['statistics-bureau', 'education-bureau'].map((source) =>
          observation({ region, year, date: `${year}-12-31`, source, value: 40 + (year % 10) }),
        ),
      ),
    );
    await store().importObservations(rows, actor);
    return rows.length;
  }

  async function everyPage(sort: ObservationSort, limit: number, region?: string) {
    const seen: string[] = [];
    let after: readonly [string, string, string, string] | undefined;
    for (;;) {
      const page = await store().listObservations({ sort, after, limit, region });
      seen.push(...page.map((row) => row.id));
      const last = page.at(-1);
      if (page.length < limit || !last) return seen;
      after =
        sort === 'indicator'
          ? [last.indicatorId, last.region, last.date, last.source]
          : [last.date, last.indicatorId, last.region, last.source];
    }
  }

  for (const sort of ['indicator', 'date', '-date'] as const) {
    it(`walks every row exactly once, in order, by sort=${sort}`, async () => {
      const total = await seed();
      const whole = (await store().listObservations({ sort })).map((row) => row.id);
      expect(whole).toHaveLength(total);
      expect(await everyPage(sort, 5)).toEqual(whole);
      expect(await everyPage(sort, 1)).toEqual(whole);
      expect(await everyPage(sort, total)).toEqual(whole);
    });
  }

  for (const sort of ['indicator', 'date', '-date'] as const) {
    it(`walks one region's rows exactly once, in order, by sort=${sort} (the key without region)`, async () => {
      await seed();
      const whole = (await store().listObservations({ sort, region: 'dongsheng' })).map(
        (row) => row.id,
      );
      expect(whole).toHaveLength(years.length * 2);
      expect(await everyPage(sort, 3, 'dongsheng')).toEqual(whole);
      expect(await everyPage(sort, 1, 'dongsheng')).toEqual(whole);
      const rows = await store().listObservations({ sort, region: 'dongsheng' });
      expect(rows.every((row) => row.region === 'dongsheng')).toBe(true);
    });
  }

  it('orders by date, newest first, with -date', async () => {
    await seed();
    const dates = (await store().listObservations({ sort: '-date' })).map((row) => row.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives at most limit rows', async () => {
    await seed();
    expect(await store().listObservations({ limit: 3 })).toHaveLength(3);
  });
});
