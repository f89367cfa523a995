import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it, vi } from 'vitest';
import { createStore } from '../createStore.js';
import { openDatabase } from '../openDatabase.js';
import { describeOnEveryStore } from '../testing/index.js';
import { ADVISORY_LOCKS, withAdvisoryLock } from './advisoryLock.js';

const MINUTE = 60_000;
const T0 = Date.UTC(2024, 5, 30, 8, 0);

describeOnEveryStore('shared limits', (store) => {
  it('counts hits per key and window, starting over in a new window', async () => {
    const { limits } = store();
    expect(await limits.hits('write:a', T0)).toBe(0);
    expect(await limits.hit('write:a', T0)).toBe(1);
    expect(await limits.hit('write:a', T0)).toBe(2);
    expect(await limits.hit('write:b', T0)).toBe(1);
    expect(await limits.hits('write:a', T0)).toBe(2);
    expect(await limits.hits('write:a', T0 + MINUTE)).toBe(0);
    expect(await limits.hit('write:a', T0 + MINUTE)).toBe(1);
  });

  it('counts a hit from a clock that is behind into the newer window', async () => {
    const { limits } = store();
    await limits.hit('k', T0 + MINUTE);
    expect(await limits.hit('k', T0)).toBe(2);
    expect(await limits.hits('k', T0 + MINUTE)).toBe(2);
  });

  it('loses no hit when many come at once', async () => {
    const { limits } = store();
    await Promise.all(Array.from({ length: 40 }, () => limits.hit('burst', T0)));
    expect(await limits.hits('burst', T0)).toBe(40);
  });

  it('forgets the windows that ended, and does not change the data version', async () => {
    const s = store();
    const version = await s.dataVersion();
    await s.limits.hit('old', T0);
    await s.limits.hit('new', T0 + MINUTE);
    expect(await s.limits.forget(T0 + MINUTE)).toBe(1);
    expect(await s.limits.hits('old', T0)).toBe(0);
    expect(await s.limits.hits('new', T0 + MINUTE)).toBe(1);
    expect(await s.dataVersion()).toBe(version);
  });
});

const postgresUrl = inject('postgresUrl');
describe.skipIf(!postgresUrl)('processes starting together on one PostgreSQL', () => {
  it('migrate once, one after another under the advisory lock, and each opens', async () => {
    const name = `plan_lock_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = postgresUrl?.replace(/\/[^/]*$/, `/${name}`) ?? '';
    const stores = Array.from({ length: 3 }, () =>
      createStore(openDatabase({ dialect: 'postgres', connectionString: url })),
    );
    try {
      const ran = await Promise.all(stores.map((store) => store.migrate()));
      // One process ran every migration; the others found nothing left to do.
      const counts = ran.map((names) => names.length).sort((a, b) => a - b);
      expect(counts.slice(0, -1)).toEqual([0, 0]);
      expect(counts.at(-1)).toBeGreaterThanOrEqual(7);
      const applied = await sql<{ rows: number; names: number }>`
        select count(*)::int as rows, count(distinct name)::int as names from kysely_migration`.execute(
        stores[0]?.db as Kysely<unknown>,
      );
      expect(applied.rows[0]?.rows).toBe(counts.at(-1));
      expect(applied.rows[0]?.names).toBe(counts.at(-1));
      for (const store of stores) expect(await store.dataVersion()).toBe(0);
    } finally {
      // pg's pool.end() resolves before its connections have finished closing: the forced drop
      // may cut one, which the pool reports as a closed idle connection (and nothing else).
      const warned = vi.spyOn(console, 'error').mockImplementation(() => {});
      await Promise.all(stores.map((store) => store.close()));
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      for (const [line] of warned.mock.calls)
        expect(String(line)).toContain('idle PostgreSQL connection closed');
      warned.mockRestore();
      await admin.end();
    }
  });

  it('runs work under one lock one at a time', async () => {
    const store = createStore(
      openDatabase({ dialect: 'postgres', connectionString: postgresUrl ?? '' }),
    );
    try {
      let inside = 0;
      let most = 0;
      await Promise.all(
        Array.from({ length: 4 }, () =>
          withAdvisoryLock(store.db, 'postgres', ADVISORY_LOCKS.startup, async () => {
            inside++;
            most = Math.max(most, inside);
            await new Promise((resolve) => setTimeout(resolve, 30));
            inside--;
          }),
        ),
      );
      expect(most).toBe(1);
    } finally {
      await store.close();
    }
  });
});
