import { describe, expect, it } from 'vitest';
import { storeFactories } from '../testing/index.js';

const admin = { id: 'token-admin', name: 'admin' };

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`migration 0010 on ${factory.name}`, () => {
    it('opens a database of 0009: its reports and units at version 1, live, in service', async () => {
      const { store, dispose } = await factory.open('0009_date_keyset_index');
      try {
        await store.db
          .insertInto('units')
          .values({
            id: 'basic-education',
            name_zh: '基础教育科',
            name_en: null,
            created_at: '2024-01-01T00:00:00.000Z',
            created_by: 'admin',
            created_by_id: null,
          } as never)
          .execute();
        await store.db
          .insertInto('measure_reports')
          .values({
            id: 'r1',
            plan_id: 'ordos-education-sports-2021-2025',
            measure_id: 'P08-M2',
            period: '2024',
            status: 'on_track',
            percent: null,
            narrative: '进行中',
            deliverable_json: null,
            unit: 'basic-education',
            reporter: 'unit',
            reporter_id: null,
            created_at: '2024-06-30T00:00:00.000Z',
          } as never)
          .execute();
        expect(await store.migrate()).toEqual(['0010_report_and_unit_corrections']);
        expect(await store.units.get('basic-education')).toMatchObject({
          version: 1,
          retiredAt: null,
        });
        expect(await store.getMeasureReport('r1')).toMatchObject({
          version: 1,
          updatedAt: null,
          narrative: '进行中',
        });
        // The new tables take changes at once.
        const replaced = await store.replaceMeasureReport(
          'r1',
          1,
          { period: '2024', status: 'done', narrative: '已完成' },
          admin,
        );
        expect(replaced.status).toBe('changed');
        expect(await store.measureReportHistory('r1')).toHaveLength(1);
        await store.units.update('basic-education', 1, { nameEn: 'Basic Education' }, admin);
        expect(await store.units.history('basic-education')).toHaveLength(1);
      } finally {
        await dispose();
      }
    });
  });
}
