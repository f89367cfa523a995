import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../createStore.js';
import { openDatabase } from '../openDatabase.js';
import { fixedClock, newObservation } from '../testing/index.js';
import { toRow } from './observationRow.js';
import { type SqliteImportThread, sqliteImportThread } from './sqliteImportThread.js';
import { OBSERVATION_COLUMNS, rowValues } from './sqliteRowInserter.js';

const actor = { name: 'tester' };

describe('the SQLite import thread', () => {
  let dir: string;
  let store: Store;
  let thread: SqliteImportThread;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plan-import-thread-'));
    const file = join(dir, 'plan.sqlite');
    store = createStore(openDatabase({ dialect: 'sqlite', file }), fixedClock);
    await store.migrate();
    thread = sqliteImportThread(file);
  });
  afterEach(async () => {
    await thread.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const row = (year: number, value: number) =>
    rowValues(
      toRow(
        newObservation({ year, date: `${year}-12-31`, value }),
        `id-${year}-${value}`,
        '2024-06-30T08:00:00.000Z',
        actor,
        'import',
        JSON.stringify(value),
      ),
    );

  it('writes new rows, gives the value recorded under a key already there, and commits once counted', async () => {
    const version = await store.dataVersion();
    const session = await thread.begin();
    expect(await session.writeBatch([row(2021, 50), row(2022, 51)])).toEqual([null, null]);
    // The same key again, in a later batch of the same transaction: found, not written twice.
    expect(await session.writeBatch([row(2021, 60), row(2023, 52)])).toEqual(['50', null]);
    await session.end(true, true);
    const stored = await store.listObservations({});
    expect(stored.map((observation) => [observation.year, observation.value])).toEqual([
      [2021, 50],
      [2022, 51],
      [2023, 52],
    ]);
    expect(await store.dataVersion()).toBe(version + 1);
  });

  it('leaves nothing behind when the session ends without commit', async () => {
    const version = await store.dataVersion();
    const session = await thread.begin();
    await session.writeBatch([row(2021, 50)]);
    await session.end(false, false);
    expect(await store.listObservations({})).toEqual([]);
    expect(await store.dataVersion()).toBe(version);
  });

  it('refuses a row the table refuses, and the transaction can still be rolled back', async () => {
    const session = await thread.begin();
    const broken = row(2021, 50);
    broken[OBSERVATION_COLUMNS.indexOf('approval')] = 'bogus';
    await expect(session.writeBatch([broken])).rejects.toThrow(/CHECK constraint/);
    await session.end(false, false);
    expect(await store.listObservations({})).toEqual([]);
  });
});
