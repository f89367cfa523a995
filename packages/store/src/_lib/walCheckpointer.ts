import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** How often the thread copies the write-ahead log into the database file. */
const CHECKPOINT_EVERY_MS = 2_000;

/** SQLite's own threshold (pages), restored should the thread ever stop. */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1_000;

// Plain CommonJS run by the thread (`eval`): it works the same from the sources
// and from the build, and better-sqlite3 is resolved here and handed over.
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const checkpoint = () => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message === 'close') { clearInterval(timer); db.close(); parentPort.close(); }
});
`;

/**
 * Copies SQLite's write-ahead log into the database file on a thread of its
 * own. SQLite does this on the writing connection at commit once the log is
 * longer than 1,000 pages: after a million-row import that is seconds of
 * copying on the server's event loop, during which no request is answered. So
 * the connection's own checkpoints are turned off and this thread runs passive
 * ones (they never block readers or writers). Should the thread fail, the
 * connection's own checkpoints come back on, so the log never grows unbounded.
 */
export function startWalCheckpointer(sqlite: SqliteDatabase.Database, file: string) {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { driver, file, everyMs: CHECKPOINT_EVERY_MS },
  });
  worker.unref();
  let stopped = false;
  const fallBack = () => {
    if (stopped || !sqlite.open) return;
    stopped = true;
    sqlite.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
  };
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  sqlite.pragma('wal_autocheckpoint = 0');
  // The log file shrinks back to this size once a checkpoint has emptied it.
  sqlite.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  return {
    /** Ends the thread; the connection's own checkpoints come back on while it stays open. */
    async stop() {
      fallBack();
      worker.postMessage('close');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2_000);
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
export type WalCheckpointer = ReturnType<typeof startWalCheckpointer>;
