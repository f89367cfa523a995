import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ProblemError } from '../../problem.js';

/** A page's size: `limit` rows, by default and at most as below. */
export const DEFAULT_LIMIT = 5000;
export const MAX_LIMIT = 10000;

export const Limit = z.coerce
  .number()
  .int('expected a whole number')
  .min(1)
  .max(MAX_LIMIT)
  .optional()
  .meta({
    description: `At most this many items (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}); follow nextCursor for the rest`,
    example: 100,
  });

export const Cursor = z
  .string()
  .max(2000)
  .optional()
  .meta({ description: 'The nextCursor of the previous page, as given (opaque)' });

type Key = readonly [string, string, string, string];

/**
 * An opaque cursor: the sort key of a page's last row, bound to the query it
 * came from (its sort and filters) by a digest, so a cursor from another
 * query, or one edited by hand, is refused rather than answered wrongly.
 */
export function encodeCursor(query: string, key: Key): string {
  const payload = JSON.stringify([digest(query, key), ...key]);
  return Buffer.from(payload).toString('base64url');
}

export function decodeCursor(query: string, cursor: string): Key {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const shape = z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]);
  const result = shape.safeParse(parsed);
  if (!result.success || result.data[0] !== digest(query, result.data.slice(1) as unknown as Key))
    throw new ProblemError(
      400,
      'cursor is not one this list gave for these filters and sort; start again without it.',
      { errors: [{ path: 'query.cursor', message: 'unknown or altered cursor' }] },
    );
  const [, a, b, c, d] = result.data;
  return [a, b, c, d];
}

function digest(query: string, key: Key): string {
  return createHash('sha256')
    .update(JSON.stringify([query, ...key]))
    .digest('base64url')
    .slice(0, 16);
}
