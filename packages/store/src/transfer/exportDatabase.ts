import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import type { Kysely } from 'kysely';
import type { Database, Dialect } from '../database.js';
import { appliedMigration, readDataVersion } from './databaseState.js';
import { readTableRows } from './readTableRows.js';
import { END_LINE, verifyTransferFile } from './readTransferFile.js';
import { readExcludedTables, readTableCatalog } from './tableCatalog.js';
import { encodeRow, TableDigest } from './tableDigest.js';
import { TransferError } from './transferError.js';
import { TRANSFER_FORMAT, TRANSFER_FORMAT_VERSION, type TransferHeader } from './transferHeader.js';

/** Bytes of lines gathered before one write to the compressor. */
const WRITE_CHUNK = 256 * 1024;

/**
 * Writes every moved table of the database to `out` as a transfer file, read in one snapshot
 * (a repeatable-read transaction on PostgreSQL, one read transaction on SQLite, so a server
 * writing meanwhile does not tear it), rows streamed page by page. The rows are written first
 * and the header, which needs their counts and hashes, is put before them as a gzip member of
 * its own (gzip readers read concatenated members as one stream). The file is then read back
 * and checked against the header before it takes the name `out`: a file at `out` is always whole.
 */
export async function exportDatabase(
  source: { db: Kysely<Database>; dialect: Dialect },
  out: string,
  now: () => Date = () => new Date(),
): Promise<TransferHeader> {
  const db = source.db as unknown as Kysely<unknown>;
  const { dialect } = source;
  const stamp = randomUUID().slice(0, 8);
  const bodyPath = `${out}.${stamp}.body.tmp`;
  const wholePath = `${out}.${stamp}.tmp`;
  try {
    const snapshot =
      dialect === 'postgres'
        ? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
        : db.transaction();
    const header = await snapshot.execute((trx) => writeBody(trx, dialect, bodyPath, now));
    await writeFile(wholePath, gzipSync(`${JSON.stringify(header)}\n`));
    await pipeline(createReadStream(bodyPath), createWriteStream(wholePath, { flags: 'a' }));
    await rm(bodyPath, { force: true });
    const read = await verifyTransferFile(wholePath);
    if (JSON.stringify(read) !== JSON.stringify(header))
      throw new TransferError(
        'verification',
        `${out}: the written header does not read back equal`,
      );
    await rename(wholePath, out);
    return header;
  } finally {
    await rm(bodyPath, { force: true });
    await rm(wholePath, { force: true });
  }
}

async function writeBody(
  db: Kysely<unknown>,
  dialect: Dialect,
  bodyPath: string,
  now: () => Date,
): Promise<TransferHeader> {
  const migration = await appliedMigration(db);
  if (migration === undefined)
    throw new TransferError(
      'target',
      'the source database is not a plan database: no migration has run on it',
    );
  const catalog = await readTableCatalog(db, dialect);
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(bodyPath));
  let buffered: string[] = [];
  let bufferedLength = 0;
  const flush = async () => {
    if (buffered.length === 0) return;
    const ok = gzip.write(buffered.join(''));
    buffered = [];
    bufferedLength = 0;
    if (!ok) await once(gzip, 'drain');
  };
  const put = async (line: string) => {
    buffered.push(line, '\n');
    bufferedLength += line.length + 1;
    if (bufferedLength >= WRITE_CHUNK) await flush();
  };
  const tables: TransferHeader['tables'] = [];
  try {
    for (const table of catalog) {
      await put(JSON.stringify({ table: table.name }));
      const digest = new TableDigest();
      for await (const row of readTableRows(db, dialect, table)) {
        const line = encodeRow(table, row);
        digest.add(line);
        await put(line);
      }
      tables.push({ ...table, rows: digest.rows, sha256: digest.sha256() });
    }
    await put(END_LINE);
    await flush();
    gzip.end();
    await written;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw error;
  }
  return {
    format: TRANSFER_FORMAT,
    formatVersion: TRANSFER_FORMAT_VERSION,
    migration,
    createdAt: now().toISOString(),
    source: { dialect },
    dataVersion: await readDataVersion(db),
    excluded: await readExcludedTables(db, dialect),
    tables,
  };
}
