import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../openDatabase.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the write-ahead log of a SQLite file', () => {
  it('is copied back by a thread of its own, not by the writing connection, and ends with the store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-wal-'));
    dirs.push(dir);
    const file = join(dir, 'plan.sqlite');
    const open = openDatabase({ dialect: 'sqlite', file });
    const sqlite = open.sqlite;
    if (!sqlite) throw new Error('expected a SQLite handle');
    // The connection itself never checkpoints: a large commit costs no copying on the event loop.
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    sqlite.exec('create table t (x text)');
    const insert = sqlite.prepare('insert into t values (?)');
    sqlite.transaction(() => {
      for (let index = 0; index < 20_000; index++) insert.run(`row ${index} `.repeat(8));
    })();
    const written = () => statSync(file).size;
    const before = written();
    // The checkpoint thread copies the log into the database file within a few of its periods.
    const deadline = Date.now() + 20_000;
    while (written() === before && Date.now() < deadline) await sleep(100);
    expect(written()).toBeGreaterThan(before);
    await open.stopHelpers?.();
    // Stopped: the connection's own checkpoints are back on.
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await open.db.destroy();
  });

  it('has no thread for an in-memory database', () => {
    const open = openDatabase({ dialect: 'sqlite', file: ':memory:' });
    expect(open.stopHelpers).toBeUndefined();
    void open.db.destroy();
  });
});
