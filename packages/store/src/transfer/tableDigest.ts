import { createHash, type Hash } from 'node:crypto';
import { type CanonicalValue, toCanonical } from './canonicalValue.js';
import type { TransferTable } from './tableCatalog.js';

/**
 * A row in its canonical encoding: the JSON array of its values in the table's column order
 * (columns by name), each in its class's canonical form. It is the row's line in the transfer
 * file and what the table's hash is computed over, so equal rows encode alike on both engines.
 */
export function encodeRow(table: TransferTable, row: Record<string, unknown>): string {
  const values: CanonicalValue[] = table.columns.map((column) =>
    toCanonical(
      row[column.name],
      column.type,
      `${table.name}.${column.name} of ${keyOf(table, row)}`,
    ),
  );
  return JSON.stringify(values);
}

function keyOf(table: TransferTable, row: Record<string, unknown>): string {
  return `row ${table.primaryKey.map((name) => `${name}=${JSON.stringify(row[name])}`).join(', ')}`;
}

/**
 * Counts a table's rows and hashes them: SHA-256 over each row's canonical line followed by
 * a newline, in primary-key order.
 */
export class TableDigest {
  rows = 0;
  readonly #hash: Hash = createHash('sha256');

  add(line: string): void {
    this.rows += 1;
    this.#hash.update(line);
    this.#hash.update('\n');
  }

  /** The hex SHA-256 (once: the digest is spent after). */
  sha256(): string {
    return this.#hash.digest('hex');
  }
}
