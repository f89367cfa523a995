import { describe, expect, it } from 'vitest';
import { fromRow, toRow } from '../_lib/observationRow.js';
import { latestMigration } from '../migrations.js';
import { newObservation, storeFactories } from '../testing/index.js';

const admin = { id: 'token-admin', name: 'admin' };

for (const factory of storeFactories()) {
  describe.skipIf(factory.skip !== undefined)(`migration 0006 on ${factory.name}`, () => {
    it('opens a database of 0005 with its data, adding the tracking tables empty', async () => {
      const { store, dispose } = await factory.open('0005_region_keyset_index');
      try {
        const written = toRow(newObservation(), 'o1', '2024-01-01T00:00:00.000Z', {
          id: 't1',
          name: 'writer',
        });
        await store.db.insertInto('observations').values(written).execute();
        await store.db
          .insertInto('tokens')
          .values({
            id: 't1',
            name: 'district',
            role: 'editor',
            token_hash: 'hash',
            created_at: '2024-01-01T00:00:00.000Z',
            created_by: 'admin',
            revoked_at: null,
            scope: JSON.stringify({ regions: ['dongsheng'] }),
          })
          .execute();
        await store.putRegionTarget(
          { indicatorId: 'student-myopia-rate', region: 'dongsheng', value: 55, source: '文件' },
          admin,
        );
        const version = await store.dataVersion();

        // 0006 runs first; the migrations appended since run after it.
        const ran = await store.migrate();
        expect(ran[0]).toBe('0006_tracking');
        expect(ran.at(-1)).toBe(latestMigration);
        expect(await store.getObservation('o1')).toEqual(fromRow(written));
        expect((await store.tokens.list()).map((token) => token.scope)).toEqual([
          { regions: ['dongsheng'] },
        ]);
        expect((await store.listRegionTargets()).map((row) => row.value)).toEqual([55]);
        expect(await store.dataVersion()).toBe(version);
        expect(await store.units.list()).toEqual([]);
        expect(await store.listResponsibilities()).toEqual([]);
        expect(await store.listMeasureReports()).toEqual([]);
        expect(await store.getReportingCycle()).toBe('year');

        // The new tables take writes, and refuse a status or a kind outside the vocabulary.
        await store.units.create({ id: 'sports', nameZh: '市体育局' }, admin);
        await store.putResponsibility('P08-M2', { lead: 'sports', cooperating: [] }, admin);
        const report = await store.addMeasureReport(
          { measureId: 'P08-M2', period: '2024', status: 'done', narrative: '已完成' },
          admin,
        );
        await expect(
          store.db
            .updateTable('measure_reports')
            .set({ status: 'maybe' as never })
            .execute(),
        ).rejects.toThrow();
        await store.setReportingCycle('quarter', admin);
        await expect(
          store.db
            .updateTable('plan_settings')
            .set({ reporting_cycle: 'month' as never })
            .execute(),
        ).rejects.toThrow();
        expect((await store.listMeasureReports()).map((row) => row.id)).toEqual([report.id]);
        expect(await store.migrate()).toEqual([]);
      } finally {
        await dispose();
      }
    });
  });
}
