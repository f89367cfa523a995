import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

type Row = Record<string, unknown>;
type RowBuilder = (values: readonly unknown[]) => Row;

const builders = new Map<string, RowBuilder | null>();

/**
 * A function making the row object of a statement with these column names
 * from its values in column order: one object literal, keys in column order
 * (a name given twice keeps its first place and its last value, as
 * better-sqlite3's rows do). Null for a name a literal cannot hold as a plain
 * key (`__proto__`), or where no code can be made. Kept per list of names (a
 * store runs a few dozen kinds of statement).
 */
function builderFor(names: readonly string[]): RowBuilder | null {
  const key = JSON.stringify(names);
  let builder = builders.get(key);
  if (builder === undefined) {
    builder = names.includes('__proto__') ? null : literalBuilder(names);
    if (builders.size >= 256) builders.clear();
    builders.set(key, builder);
  }
  return builder;
}

/**
 * A function returning `{ "<name>": values[<at>], … }`: a literal of known keys (JSON-quoted column
 * names; no value is in its source), which V8 builds in one step. Null where code cannot be made
 * from strings (node --disallow-code-generation-from-strings): better-sqlite3 then builds the rows.
 */
function literalBuilder(names: readonly string[]): RowBuilder | null {
  try {
    return new Function(
      'values',
      `return { ${names.map((name, at) => `${JSON.stringify(name)}: values[${at}]`).join(', ')} };`,
    ) as RowBuilder;
  } catch {
    return null;
  }
}

/**
 * The database as Kysely's SQLite dialect takes it, reading rows faster: a
 * statement that returns rows reads them as arrays (better-sqlite3's raw mode)
 * and makes each row's object in one literal, instead of better-sqlite3 adding
 * each column to an empty object in turn — the same objects (keys, order,
 * values), several times cheaper for a wide row, also to read afterwards (a
 * whole read of 20,000 observations of 23 columns: 7× in packages/store's
 * bench; a plan assessment after a write reads them all). Writes and
 * `iterate` are better-sqlite3's own.
 */
export function withQuickReads(sqlite: SqliteDatabase.Database): KyselySqliteDatabase {
  return {
    close: () => {
      sqlite.close();
    },
    prepare(sql: string): SqliteStatement {
      const statement = sqlite.prepare(sql);
      if (!statement.reader) return statement;
      return {
        reader: true,
        all(parameters: ReadonlyArray<unknown>): unknown[] {
          const build = builderFor(statement.columns().map((column) => column.name));
          if (build === null) return statement.all(parameters);
          statement.raw(true);
          let rows: unknown[];
          try {
            rows = statement.all(parameters);
          } finally {
            statement.raw(false);
          }
          for (let at = 0; at < rows.length; at++) rows[at] = build(rows[at] as unknown[]);
          return rows;
        },
        run: (parameters: ReadonlyArray<unknown>) => statement.run(parameters),
        iterate: (parameters: ReadonlyArray<unknown>) => statement.iterate(parameters),
      };
    },
  };
}
