import { z } from 'zod';

/** What the first line of a transfer file says it is. */
export const TRANSFER_FORMAT = 'plan-store-transfer';
/** The layout this version writes and reads; a file of another version is refused, saying so. */
export const TRANSFER_FORMAT_VERSION = 1;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex');

/** One table in a transfer file: its columns, key, row count and content hash. */
export const TransferTableSummary = z.object({
  name: z.string().min(1),
  columns: z.array(
    z.object({
      name: z.string().min(1),
      type: z.enum(['text', 'integer', 'float', 'boolean', 'blob']),
    }),
  ),
  primaryKey: z.array(z.string().min(1)).min(1),
  rows: z.number().int().nonnegative(),
  /** SHA-256 over the rows' canonical lines, each followed by a newline, in key order. */
  sha256: Sha256,
});
export type TransferTableSummary = z.infer<typeof TransferTableSummary>;

/**
 * The header of a transfer file (its first line): what made it, from which migration, and per
 * table the row count and content hash the rows after it must match.
 */
export const TransferHeader = z.object({
  format: z.literal(TRANSFER_FORMAT),
  formatVersion: z.literal(TRANSFER_FORMAT_VERSION),
  /** The last migration the source database had run: the target must be at the same one. */
  migration: z.string().min(1),
  createdAt: z.string(),
  source: z.object({ dialect: z.enum(['sqlite', 'postgres']) }),
  /** The source's data version; the target's is set above it and above its own. */
  dataVersion: z.number().int().nonnegative(),
  /** Tables the source held that are not moved, with the reason. */
  excluded: z.array(z.object({ table: z.string(), reason: z.string() })),
  tables: z.array(TransferTableSummary),
});
export type TransferHeader = z.infer<typeof TransferHeader>;
