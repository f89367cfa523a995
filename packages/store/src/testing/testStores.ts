import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, inject } from 'vitest';
import { createStore, type Store } from '../createStore.js';
import { type OpenDatabase, openDatabase } from '../openDatabase.js';
import type { NewObservation } from '../store.types.js';

export const FIXED_NOW = new Date('2024-06-30T08:00:00.000Z');
export const fixedClock = () => FIXED_NOW;

export type StoreFactory = {
  name: string;
  skip: string | undefined;
  /** A fresh store, migrated to the latest version or only up to the migration `upTo`. */
  open: (upTo?: string) => Promise<{ store: Store; dispose: () => Promise<void> }>;
};

/** A store on `open`, on the fixed clock, with its tables made (up to `upTo` when given). */
async function migrated(open: OpenDatabase, upTo?: string): Promise<Store> {
  const store = createStore(open, fixedClock);
  await store.migrate(upTo);
  return store;
}

/** A migrated store on a fresh SQLite file in a temporary folder. */
export const sqliteFile: StoreFactory = {
  name: 'SQLite file',
  skip: undefined,
  async open(upTo) {
    const dir = mkdtempSync(join(tmpdir(), 'plan-sqlite-'));
    const store = await migrated(
      openDatabase({ dialect: 'sqlite', file: join(dir, 'plan.sqlite') }),
      upTo,
    );
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
    async open(upTo) {
      if (!url) throw new Error('no PostgreSQL server');
      const name = `plan_test_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const databaseUrl = url.replace(/\/[^/]*$/, `/${name}`);
      const store = await migrated(
        openDatabase({ dialect: 'postgres', connectionString: databaseUrl }),
        upTo,
      );
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

/** The kinds of store the tests run on: a SQLite file, and PostgreSQL where a server can be had. */
export function storeFactories(): StoreFactory[] {
  return [sqliteFile, postgresFactory()];
}

/**
 * Declares the tests in `body` once per kind of store, each test on a fresh
 * migrated store that `store()` returns; a kind that cannot run is skipped, saying why.
 */
export function describeOnEveryStore(title: string, body: (store: () => Store) => void) {
  for (const factory of storeFactories()) {
    describe.skipIf(factory.skip !== undefined)(`${title} on ${factory.name}`, () => {
      let current: { store: Store; dispose: () => Promise<void> } | undefined;
      beforeEach(async () => {
        current = await factory.open();
      });
      afterEach(async () => {
        await current?.dispose();
        current = undefined;
      });
      body(() => {
        if (!current) throw new Error('the store is open only inside a test');
        return current.store;
      });
    });
  }
}

/** A checked observation ready to store, with the fields a test does not care about filled in. */
export function newObservation(overrides: Partial<NewObservation> = {}): NewObservation {
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
