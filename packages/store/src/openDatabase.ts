import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { withQuickReads } from './_lib/quickSqliteReads.js';
import { type SqliteImportThread, sqliteImportThread } from './_lib/sqliteImportThread.js';
import { startWalCheckpointer, type WalCheckpointer } from './_lib/walCheckpointer.js';
import type { Database, Dialect } from './database.js';

export const DEFAULT_SQLITE_FILE = './data/plan.sqlite';

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | {
      dialect: 'postgres';
      connectionString: string;
      /** How long a query waits for a connection before failing (default POSTGRES_CONNECT_TIMEOUT_MS). */
      connectTimeoutMs?: number;
    };

/** The default bound on the wait for a PostgreSQL connection, in ms. */
const POSTGRES_CONNECT_TIMEOUT_MS = 5000;

/**
 * Reads `DATABASE_URL`: unset → the embedded SQLite file under ./data/;
 * `postgres://…` → PostgreSQL; `sqlite:<path>` or `file:<path>` → that SQLite
 * file (`sqlite::memory:` for tests).
 */
export function databaseTargetFrom(url: string | undefined): DatabaseTarget {
  if (url === undefined || url.trim() === '')
    return { dialect: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', connectionString: url };
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.+)$/.exec(url);
  if (sqlite?.[1]) return { dialect: 'sqlite', file: sqlite[1] };
  throw new Error(
    `DATABASE_URL "${redactUrl(url)}" is not understood: use postgres://user:pass@host:port/db, sqlite:<file>, or leave it unset for ${DEFAULT_SQLITE_FILE}`,
  );
}

/** A connection URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export type OpenDatabase = {
  db: Kysely<Database>;
  dialect: Dialect;
  describe: string;
  /** The SQLite handle under Kysely, for the bulk-insert path of imports. */
  sqlite?: SqliteDatabase.Database;
  /** For a SQLite file: the thread imports are written on (see sqliteImportThread.ts). */
  importThread?: SqliteImportThread;
  /** Ends what runs beside the connection (SQLite's checkpoint and import threads); called before the connection closes. */
  stopHelpers?: () => Promise<void>;
};

export function openDatabase(target: DatabaseTarget): OpenDatabase {
  if (target.dialect === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.connectionString,
      max: 10,
      // A request never waits longer than this for a connection (a full pool, or a database that
      // is down or restarting): it fails, and the API answers 503 with Retry-After, not a hang.
      connectionTimeoutMillis: target.connectTimeoutMs ?? POSTGRES_CONNECT_TIMEOUT_MS,
      // A connection to a server that vanished without closing it (a network cut) is noticed.
      keepAlive: true,
    });
    // An idle connection can be closed by the server (a restart, an administrator); pg
    // reports it on the pool, and without a listener that would end the process. The
    // pool drops the broken connection and opens another on the next query.
    pool.on('error', (error) => {
      console.error(
        JSON.stringify({
          level: 'warn',
          message: 'idle PostgreSQL connection closed',
          error: error.message,
        }),
      );
    });
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
      describe: `PostgreSQL ${redactUrl(target.connectionString)}`,
    };
  }
  const file = target.file === ':memory:' ? ':memory:' : resolve(target.file);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  // WAL keeps readers going during an import; a killed process loses no committed
  // transaction and leaves no half of one (NORMAL syncs at checkpoints, enough for crashes short of power loss).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // A file's write-ahead log is copied back on a thread of its own (see walCheckpointer.ts).
  const checkpointer: WalCheckpointer | undefined =
    file === ':memory:' ? undefined : startWalCheckpointer(sqlite, file);
  // Imports into a file are written on a thread of their own (an in-memory database is this connection's only).
  const importThread = file === ':memory:' ? undefined : sqliteImportThread(file);
  return {
    // Rows are read through quickSqliteReads.ts (the same rows, built faster).
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withQuickReads(sqlite) }) }),
    dialect: 'sqlite',
    describe: `SQLite ${file}`,
    sqlite,
    ...(importThread ? { importThread } : {}),
    ...(checkpointer && importThread
      ? {
          async stopHelpers() {
            await importThread.stop();
            await checkpointer.stop();
          },
        }
      : {}),
  };
}
