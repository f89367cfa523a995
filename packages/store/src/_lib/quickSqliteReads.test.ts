import { sameValue } from '@plan/vitest-config/sameValue';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withQuickReads } from './quickSqliteReads.js';

describe('withQuickReads', () => {
  let sqlite: SqliteDatabase.Database;
  afterEach(() => sqlite?.close());

  function database() {
    sqlite = new SqliteDatabase(':memory:');
    sqlite.exec(`create table t (id text primary key, n integer, x real, note text, blob blob, "0" text, "__proto__" text);
      insert into t values ('b', 2, 0.1, null, x'00ff', 'zero', 'p'), ('a', 9007199254740993, -0.0, '注', null, null, null);`);
    return withQuickReads(sqlite);
  }

  it('reads the rows better-sqlite3 reads: the same keys in the same order, the same values', () => {
    const quick = database();
    for (const [sql, parameters] of [
      ['select id, n, x, note, blob, "0" from t order by id', []],
      ['select * from t where id = ?', ['b']],
      // A name twice keeps its first place and its last value; expressions and aliases.
      ['select id, n as id, x * 2 as "x * 2", upper(note) from t order by id desc', []],
      ['select count(*) from t where n > ?', [1]],
      ['select id from t where id = ?', ['none']],
      // `__proto__` is left to better-sqlite3.
      ['select "__proto__", id from t', []],
    ] as const) {
      const rows = quick.prepare(sql).all(parameters);
      expect(sameValue(rows, sqlite.prepare(sql).all(parameters))).toBe(true);
    }
  });

  it('leaves a statement in its own mode: iterate gives objects after all', () => {
    const quick = database();
    const statement = quick.prepare('select id, n from t order by id');
    statement.all([]);
    expect([...statement.iterate([])]).toEqual([
      { id: 'a', n: 9007199254740992 },
      { id: 'b', n: 2 },
    ]);
  });

  it('writes as better-sqlite3 writes', () => {
    const quick = database();
    const insert = quick.prepare('insert into t (id, n) values (?, ?)');
    expect(insert.reader).toBe(false);
    expect(insert.run(['c', 3])).toMatchObject({ changes: 1 });
    expect(quick.prepare('select n from t where id = ?').all(['c'])).toEqual([{ n: 3 }]);
  });
});
