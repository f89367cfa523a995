import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { CanonicalValue } from './canonicalValue.js';
import { TableDigest } from './tableDigest.js';
import { TransferError } from './transferError.js';
import {
  TRANSFER_FORMAT,
  TRANSFER_FORMAT_VERSION,
  TransferHeader,
  type TransferTableSummary,
} from './transferHeader.js';

/** What a checked transfer file yields after its header: each table's rows, checked as they pass. */
export type TransferFileReader = {
  header: TransferHeader;
  /**
   * The file's tables in order, each with its rows (canonical values in the header's column
   * order). A table's count and hash are checked once its rows have been read: a mismatch, a
   * truncation or anything out of place throws a TransferError naming it, so a caller that
   * writes as it reads must write in a transaction and let the error roll it back.
   */
  tables: () => AsyncGenerator<{
    table: TransferTableSummary;
    rows: AsyncGenerator<CanonicalValue[]>;
  }>;
};

/**
 * Opens a transfer file (gzip-compressed JSON lines: the header, then per table a
 * `{"table":…}` line and its rows as JSON arrays, then `{"end":true}`) and reads its header.
 * Throws a TransferError naming the problem: not a transfer file, another format version,
 * a malformed header.
 */
export async function openTransferFile(path: string): Promise<TransferFileReader> {
  await refuseOtherFiles(path);
  const lines = readLines(path);
  const first = await lines.next();
  if (first.done) throw fileError(path, 'it is empty');
  const header = parseHeader(path, first.value);
  let started = false;
  async function* tables() {
    if (started) throw new Error('a transfer file is read once');
    started = true;
    let pending = await lines.next();
    for (const table of header.tables) {
      if (pending.done) throw truncated(path, `before table ${table.name}`);
      if (pending.value !== JSON.stringify({ table: table.name }))
        throw fileError(path, `table ${table.name} was expected, found ${preview(pending.value)}`);
      const digest = new TableDigest();
      let ended = false;
      async function* rows(): AsyncGenerator<CanonicalValue[]> {
        for (;;) {
          pending = await lines.next();
          if (pending.done) throw truncated(path, `in table ${table.name}`);
          if (!pending.value.startsWith('[')) break;
          digest.add(pending.value);
          if (digest.rows > table.rows)
            throw fileError(path, `table ${table.name} has more rows than its ${table.rows}`);
          yield parseRow(path, table, pending.value);
        }
        ended = true;
        if (digest.rows !== table.rows)
          throw fileError(
            path,
            `table ${table.name} has ${digest.rows} rows where the header says ${table.rows}`,
          );
        if (digest.sha256() !== table.sha256)
          throw fileError(
            path,
            `the content of table ${table.name} does not match its hash: the file has been changed or damaged`,
          );
      }
      yield { table, rows: rows() };
      if (!ended) throw new Error(`the rows of table ${table.name} were not read to the end`);
    }
    if (pending.done) throw truncated(path, 'before its end');
    if (pending.value !== END_LINE)
      throw fileError(path, `the end was expected, found ${preview(pending.value)}`);
    if (!(await lines.next()).done) throw fileError(path, 'there is more after its end');
  }
  return { header, tables };
}

/** The last line of a transfer file: a file without it was cut short. */
export const END_LINE = JSON.stringify({ end: true });

/**
 * Reads the whole file, checking every table's count and hash against the header, and gives
 * the header back; throws a TransferError naming the first problem.
 */
export async function verifyTransferFile(path: string): Promise<TransferHeader> {
  const file = await openTransferFile(path);
  for await (const { rows } of file.tables()) for await (const _ of rows);
  return file.header;
}

function parseHeader(path: string, line: string): TransferHeader {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw fileError(path, 'its first line is not a header');
  }
  const fields = (value ?? {}) as Record<string, unknown>;
  if (fields.format !== TRANSFER_FORMAT)
    throw fileError(path, 'it is not a transfer file made by plan backup or plan db copy');
  if (fields.formatVersion !== TRANSFER_FORMAT_VERSION)
    throw fileError(
      path,
      `it is of format version ${String(fields.formatVersion)}; this version of plan reads version ${TRANSFER_FORMAT_VERSION}`,
    );
  const checked = TransferHeader.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw fileError(
      path,
      `its header is malformed (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unknown'})`,
    );
  }
  return checked.data;
}

function parseRow(path: string, table: TransferTableSummary, line: string): CanonicalValue[] {
  let values: unknown;
  try {
    values = JSON.parse(line);
  } catch {
    throw fileError(path, `a row of table ${table.name} is not JSON: the file is damaged`);
  }
  if (!Array.isArray(values) || values.length !== table.columns.length)
    throw fileError(
      path,
      `a row of table ${table.name} does not have its ${table.columns.length} columns`,
    );
  return values as CanonicalValue[];
}

async function refuseOtherFiles(path: string) {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TransferError(
      'file',
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${String(code)})`,
    );
  }
  const start = Buffer.alloc(16);
  try {
    await handle.read(start, 0, 16, 0);
  } finally {
    await handle.close();
  }
  if (start.toString('latin1').startsWith('SQLite format 3'))
    throw fileError(
      path,
      'it is a SQLite database, not a backup made by plan backup: copy it with "plan db copy --from <file> --to <URL>"',
    );
  if (start[0] !== 0x1f || start[1] !== 0x8b)
    throw fileError(path, 'it is not gzip-compressed, so not a transfer file made by plan backup');
}

/** The file's lines, decompressed; a damaged or cut gzip stream is a TransferError. */
async function* readLines(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  // The current line's pieces: a long line (a file's bytes in base64) is joined once.
  let pieces: string[] = [];
  try {
    for await (const chunk of createReadStream(path).pipe(createGunzip())) {
      const text = decoder.write(chunk as Buffer);
      let start = 0;
      let newline = text.indexOf('\n');
      while (newline !== -1) {
        pieces.push(text.slice(start, newline));
        yield pieces.join('');
        pieces = [];
        start = newline + 1;
        newline = text.indexOf('\n', start);
      }
      if (start < text.length) pieces.push(text.slice(start));
    }
  } catch (error) {
    if (error instanceof TransferError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw /unexpected end/i.test(reason)
      ? fileError(path, `it is truncated: the compressed data ends early (${reason})`)
      : fileError(path, `it is damaged (${reason})`);
  }
  pieces.push(decoder.end());
  const last = pieces.join('');
  if (last !== '') yield last;
}

function preview(line: string) {
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}

function fileError(path: string, reason: string) {
  return new TransferError('file', `${path} is refused: ${reason}`);
}

function truncated(path: string, where: string) {
  return fileError(path, `it is truncated: it ends ${where}`);
}
