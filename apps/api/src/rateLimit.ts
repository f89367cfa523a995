import type { MiddlewareHandler } from 'hono';
import type { AuthVariables } from './auth.js';
import { ProblemError } from './problem.js';

/**
 * A fixed-window limit on writes per token (or per client address without one).
 * In memory: one process serves the API; the limit protects the database from a
 * runaway client, not from a determined attacker.
 */
export function limitWrites(
  perMinute: number,
  clock: () => Date,
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS')
      return next();
    const key = c.get('principal')?.id ?? c.req.header('x-forwarded-for') ?? 'anonymous';
    const now = clock().getTime();
    const window = windows.get(key);
    if (!window || now - window.start >= 60_000) {
      windows.set(key, { start: now, count: 1 });
      if (windows.size > 10_000) windows.clear();
      return next();
    }
    window.count++;
    if (window.count > perMinute) {
      const retry = Math.max(1, Math.ceil((window.start + 60_000 - now) / 1000));
      throw new ProblemError(
        429,
        `More than ${perMinute} writes a minute from this client; retry in ${retry} s.`,
        {
          headers: { 'retry-after': String(retry) },
        },
      );
    }
    return next();
  };
}
