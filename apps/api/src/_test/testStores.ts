import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createStore, type Store } from '../store/createStore.js';
import { openDatabase } from '../store/openDatabase.js';

export const FIXED_NOW = new Date('2024-06-30T08:00:00.000Z');
export const fixedClock = () => FIXED_NOW;

export type StoreFactory = {
  name: string;
  skip: string | undefined;
  open: () => Promise<{ store: Store; dispose: () => Promise<void> }>;
};

/** A migrated store on a fresh SQLite file in a temporary folder. */
export const sqliteFile: StoreFactory = {
  name: 'SQLite file',
  skip: undefined,
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'plan-sqlite-'));
    const store = createStore(
      openDatabase({ dialect: 'sqlite', file: join(dir, 'plan.sqlite') }),
      fixedClock,
    );
    await store.migrate();
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

/** A migrated store on a fresh database of the test PostgreSQL server. */
export function postgresFactory(): StoreFactory {
  const url = inject('postgresUrl');
  return {
    name: 'PostgreSQL',
    skip: url ? undefined : (inject('postgresSkipReason') ?? 'PostgreSQL tests skipped'),
    async open() {
      if (!url) throw new Error('no PostgreSQL server');
      const name = `plan_test_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const databaseUrl = url.replace(/\/[^/]*$/, `/${name}`);
      const store = createStore(
        openDatabase({ dialect: 'postgres', connectionString: databaseUrl }),
        fixedClock,
      );
      await store.migrate();
      return {
        store,
        dispose: async () => {
          await store.close();
          const cleanup = new pg.Client({ connectionString: url });
          await cleanup.connect();
          await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await cleanup.end();
        },
      };
    },
  };
}
