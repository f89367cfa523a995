import type { Context } from 'hono';
import { problemResponse } from './problem.js';

/** What a 503 for a lost database asks the client to wait, in seconds. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node's socket errors of a connection that could not be made or was cut. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's SQLSTATEs of a server that is going away or not there yet: class 08 (connection
 * exception), 57P01–57P03 (shut down by an administrator, crashed, cannot connect now: a restart),
 * 53300 (too many connections); and SQLite's busy database (its lock held past busy_timeout).
 */
const DATABASE_CODES = /^(08...|57P0[123]|53300|SQLITE_BUSY)$/;

/** What pg says, without a code, of a connection it lost or could not get within its time. */
const LOST_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|is not queryable|Connection ended unexpectedly/i;

/**
 * Whether `error` (or an error it wraps, through `cause`) says the database cannot be reached
 * just now, rather than that the request or the code is wrong: the server is restarting or gone,
 * no connection came within the pool's bound, or the connection broke mid-query. Such a request
 * may succeed when retried, so it is answered 503 with Retry-After, not 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || DATABASE_CODES.test(code)))
      return true;
    if (typeof message === 'string' && LOST_CONNECTION.test(message)) return true;
    current = cause;
  }
  return false;
}

/** The 503 problem of a request that found the database unreachable; the client retries after a while. */
export function databaseUnavailableResponse(c: Context): Response {
  return problemResponse(
    c,
    503,
    {
      zh: `数据库暂时无法连接，请 ${DATABASE_RETRY_AFTER_SECONDS} 秒后重试。`,
      en: `The database cannot be reached just now; retry in ${DATABASE_RETRY_AFTER_SECONDS} s.`,
    },
    { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } },
  );
}
