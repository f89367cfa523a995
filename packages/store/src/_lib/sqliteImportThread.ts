import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { OBSERVATION_COLUMNS } from './sqliteRowInserter.js';

// Plain CommonJS run by the thread (`eval`), as the checkpoint thread's: it works the same
// from the sources and from the build, and better-sqlite3 is resolved here and handed over.
// It holds its own connection to the file and does what an import's transaction does on it:
// each row's natural key looked up (an earlier batch of the same import included), new rows
// inserted, the data version counted, then COMMIT or ROLLBACK.
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
const columns = workerData.columns;
const at = (name) => columns.indexOf(name);
const key = ['plan_id', 'indicator_id', 'region', 'period_date', 'source'].map(at);
let lookUp;
let insert;
const steps = {
  begin() { db.prepare('begin immediate').run(); return null; },
  batch({ rows }) {
    lookUp ??= db.prepare('select value_json from observations where plan_id = ? and indicator_id = ? and region = ? and period_date = ? and source = ?').pluck();
    insert ??= db.prepare('insert into observations (' + columns.join(', ') + ') values (' + columns.map(() => '?').join(', ') + ')');
    return rows.map((row) => {
      const recorded = lookUp.get(key.map((index) => row[index]));
      if (recorded !== undefined) return recorded;
      insert.run(row);
      return null;
    });
  },
  end({ commit, countWrite }) {
    if (!db.inTransaction) return null;
    if (commit && countWrite) db.prepare("update store_meta set value = value + 1 where key = 'data_version'").run();
    db.prepare(commit ? 'commit' : 'rollback').run();
    return null;
  },
};
parentPort.on('message', (message) => {
  if (message.step === 'close') { db.close(); parentPort.close(); return; }
  try {
    parentPort.postMessage({ id: message.id, value: steps[message.step](message) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

/** One import's transaction on the import thread: batches written in order, then ended once. */
export type ImportSession = {
  /**
   * Writes rows whose key is not recorded yet; for each row, the value (JSON) recorded
   * under its key before, or null where the row was written now.
   */
  writeBatch(rows: readonly (readonly unknown[])[]): Promise<(string | null)[]>;
  /** COMMIT (counting the write in the data version when `countWrite`) or ROLLBACK. */
  end(commit: boolean, countWrite: boolean): Promise<void>;
};

/**
 * Writes imports into a SQLite file on a thread of its own. A million-row import is one
 * transaction, and SQLite's COMMIT of it takes half a second or more (it grows with the
 * rows written); on the server's thread that was half a second in which no request was
 * answered. Here the inserts and the COMMIT run beside the event loop, which only hands
 * over batches. The caller keeps Kysely's connection for the import's whole length, so
 * other queries wait as they did when the import ran on that connection, and the thread's
 * write lock (BEGIN IMMEDIATE) never meets another writer of this process.
 */
export function sqliteImportThread(file: string) {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();

  function started(): Worker {
    if (worker) return worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const thread = new Worker(THREAD, {
      eval: true,
      workerData: { driver, file, columns: OBSERVATION_COLUMNS },
      // It holds one batch at a time: a small heap makes it collect as it goes, so the
      // batches it has written do not pile up in the server's memory.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    });
    thread.unref();
    thread.on(
      'message',
      ({ id, value, error }: { id: number; value?: unknown; error?: string }) => {
        const pending = waiting.get(id);
        waiting.delete(id);
        if (error !== undefined) pending?.reject(new Error(error));
        else pending?.resolve(value);
      },
    );
    const fail = (error: Error) => {
      worker = undefined;
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    };
    thread.on('error', fail);
    thread.on('exit', () => fail(new Error('the SQLite import thread stopped')));
    worker = thread;
    return thread;
  }

  function ask<T>(step: string, fields: Record<string, unknown> = {}): Promise<T> {
    const thread = started();
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      thread.postMessage({ id, step, ...fields });
    });
  }

  return {
    /** Starts an import's transaction (BEGIN IMMEDIATE) on the thread. */
    async begin(): Promise<ImportSession> {
      await ask('begin');
      return {
        writeBatch: (rows) => ask<(string | null)[]>('batch', { rows }),
        end: (commit, countWrite) => ask<void>('end', { commit, countWrite }),
      };
    },
    /** Ends the thread (its connection closes; an unfinished transaction rolls back). */
    async stop() {
      const thread = worker;
      if (!thread) return;
      worker = undefined;
      thread.postMessage({ step: 'close' });
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void thread.terminate().then(() => resolve()), 2_000);
        thread.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
export type SqliteImportThread = ReturnType<typeof sqliteImportThread>;
