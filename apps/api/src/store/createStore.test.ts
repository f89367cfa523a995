import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresFactory, type StoreFactory, sqliteFile } from '../_test/testStores.js';
import type { NewObservation, Store } from './createStore.js';
import { ConflictError } from './createStore.js';

const actor = { name: 'tester' };

function observation(overrides: Partial<NewObservation> = {}): NewObservation {
  return {
    indicatorId: 'regular-exercise-share',
    region: 'ordos',
    year: 2022,
    date: '2022-12-31',
    period: 'year',
    value: 44,
    source: 'statistics-bureau',
    note: null,
    ...overrides,
  };
}

function storeSuite(factory: StoreFactory) {
  describe.skipIf(factory.skip !== undefined)(`store on ${factory.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ store, dispose } = await factory.open());
    });
    afterEach(async () => dispose());

    it('stores an observation and reads it back with version 1 and a create revision', async () => {
      const stored = await store.createObservation(
        observation({
          value: { parts: { secondary: 59, higher: 52 } },
          indicatorId: 'dual-qualified-teachers-share',
        }),
        actor,
      );
      expect(await store.getObservation(stored.id)).toEqual(stored);
      expect(stored).toMatchObject({
        version: 1,
        illustrative: false,
        createdBy: 'tester',
        value: { parts: { secondary: 59, higher: 52 } },
      });
      const history = await store.history(stored.id);
      expect(history).toEqual([
        expect.objectContaining({ revision: 1, action: 'create', old: null, new: stored }),
      ]);
    });

    it('refuses a second observation with the same indicator, region, date and source', async () => {
      const first = await store.createObservation(observation(), actor);
      await expect(store.createObservation(observation({ value: 45 }), actor)).rejects.toThrow(
        ConflictError,
      );
      expect(await store.listObservations()).toEqual([first]);
    });

    it('updates only at the expected version, and keeps who, when, old, new and why', async () => {
      const stored = await store.createObservation(observation(), actor);
      const updated = await store.updateObservation(
        stored.id,
        1,
        { value: 44.5 },
        { name: 'editor' },
        'typo in the report',
      );
      expect(updated).toMatchObject({
        status: 'ok',
        observation: { value: 44.5, version: 2, updatedBy: 'editor' },
      });
      const stale = await store.updateObservation(stored.id, 1, { value: 99 }, actor, null);
      expect(stale).toMatchObject({ status: 'stale', current: { version: 2, value: 44.5 } });
      const history = await store.history(stored.id);
      expect(
        history.map((revision) => [
          revision.revision,
          revision.action,
          revision.actor,
          revision.reason,
        ]),
      ).toEqual([
        [1, 'create', 'tester', null],
        [2, 'update', 'editor', 'typo in the report'],
      ]);
      expect(history[1]?.old?.value).toBe(44);
      expect(history[1]?.new?.value).toBe(44.5);
    });

    it('lets exactly one of many concurrent writers at the same version win', async () => {
      const stored = await store.createObservation(observation(), actor);
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          store.updateObservation(
            stored.id,
            1,
            { value: 50 + index },
            { name: `writer-${index}` },
            null,
          ),
        ),
      );
      const winners = results.filter((result) => result.status === 'ok');
      expect(winners).toHaveLength(1);
      expect(results.filter((result) => result.status === 'stale')).toHaveLength(11);
      const history = await store.history(stored.id);
      expect(history).toHaveLength(2);
      expect((await store.getObservation(stored.id))?.value).toBe(
        winners[0]?.status === 'ok' ? winners[0].observation.value : undefined,
      );
    });

    it('deletes at the expected version and keeps the deleted value in the history', async () => {
      const stored = await store.createObservation(observation(), actor);
      expect(await store.deleteObservation(stored.id, 2, actor, null)).toMatchObject({
        status: 'stale',
      });
      expect(await store.deleteObservation(stored.id, 1, actor, 'reported twice')).toMatchObject({
        status: 'ok',
      });
      expect(await store.getObservation(stored.id)).toBeUndefined();
      const history = await store.history(stored.id);
      expect(history.at(-1)).toMatchObject({
        action: 'delete',
        old: { value: 44 },
        new: null,
        reason: 'reported twice',
      });
    });

    it('imports all rows in one transaction, and re-importing the same rows adds nothing', async () => {
      const rows = [observation(), observation({ year: 2023, date: '2023-12-31', value: 45 })];
      expect(await store.importObservations(rows, actor)).toMatchObject({
        created: 2,
        unchanged: 0,
      });
      expect(await store.importObservations(rows, actor)).toMatchObject({
        created: 0,
        unchanged: 2,
      });
      expect(await store.countObservations()).toBe(2);
    });

    it('writes nothing when one imported row conflicts with a stored value', async () => {
      await store.createObservation(observation(), actor);
      const before = await store.dataVersion();
      const rows = [observation({ year: 2023, date: '2023-12-31' }), observation({ value: 40 })];
      await expect(store.importObservations(rows, actor)).rejects.toThrow(
        /already recorded with another value/,
      );
      expect(await store.countObservations()).toBe(1);
      expect(await store.dataVersion()).toBe(before);
    });

    it('reports a dry run exactly and writes nothing', async () => {
      const rows = [observation(), observation({ region: 'dongsheng' })];
      expect(await store.importObservations(rows, actor, { dryRun: true })).toMatchObject({
        created: 2,
        unchanged: 0,
      });
      expect(await store.countObservations()).toBe(0);
      expect(await store.dataVersion()).toBe(0);
    });

    it('hides illustrative demo data unless asked, and removes it in one call', async () => {
      await store.importObservations(
        [observation(), observation({ source: 'demo', value: 47 })],
        actor,
      );
      expect((await store.listObservations()).map((item) => item.source)).toEqual([
        'statistics-bureau',
      ]);
      const all = await store.listObservations({ includeIllustrative: true });
      expect(all.map((item) => [item.source, item.illustrative])).toEqual([
        ['demo', true],
        ['statistics-bureau', false],
      ]);
      expect(await store.deleteIllustrative(actor)).toBe(1);
      expect(await store.listObservations({ includeIllustrative: true })).toHaveLength(1);
    });

    it('filters by indicator, region, source and date range', async () => {
      await store.importObservations(
        [
          observation(),
          observation({ region: 'dongsheng' }),
          observation({ indicatorId: 'student-myopia-rate', value: 57 }),
          observation({ year: 2021, date: '2021-12-31', value: 43.5 }),
        ],
        actor,
      );
      expect(await store.listObservations({ region: 'dongsheng' })).toHaveLength(1);
      expect(await store.listObservations({ indicatorId: 'student-myopia-rate' })).toHaveLength(1);
      expect(await store.listObservations({ from: '2022-01-01', region: 'ordos' })).toHaveLength(2);
      expect(await store.listObservations({ to: '2021-12-31' })).toHaveLength(1);
    });

    it('bumps the data version on every write and not on reads', async () => {
      expect(await store.dataVersion()).toBe(0);
      const stored = await store.createObservation(observation(), actor);
      await store.listObservations();
      expect(await store.dataVersion()).toBe(1);
      await store.updateObservation(stored.id, 1, { note: 'checked' }, actor, null);
      expect(await store.dataVersion()).toBe(2);
    });

    it('answers a repeated idempotency key from the first response, and refuses it for another request', async () => {
      let runs = 0;
      const first = await store.idempotent('key-1', 'hash-a', async () => ({ runs: ++runs }));
      const again = await store.idempotent('key-1', 'hash-a', async () => ({ runs: ++runs }));
      expect(first).toEqual({ replay: false, response: { runs: 1 } });
      expect(again).toEqual({ replay: true, response: { runs: 1 } });
      await expect(
        store.idempotent('key-1', 'hash-b', async () => ({ runs: ++runs })),
      ).rejects.toThrow(ConflictError);
    });

    it('stores tokens by hash and revokes them', async () => {
      const token = await store.tokens.create({
        id: 't1',
        name: 'sync',
        role: 'editor',
        token_hash: 'abc',
        created_by: 'admin',
      });
      expect(await store.tokens.findByHash('abc')).toEqual(token);
      const revoked = await store.tokens.revoke('t1');
      expect(revoked?.revoked_at).not.toBeNull();
      expect(await store.tokens.revoke('missing')).toBeUndefined();
    });

    it('runs migrations once: a second run changes nothing', async () => {
      expect(await store.migrate()).toEqual([]);
    });
  });
}

storeSuite(sqliteFile);
storeSuite(postgresFactory());
