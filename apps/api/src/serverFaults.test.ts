import { createStore, openDatabase } from '@plan/store';
import { fixedClock } from '@plan/store/testing';
import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { isDatabaseUnavailable } from './serverFaults.js';

describe('isDatabaseUnavailable', () => {
  it('knows a database that is restarting, gone or out of connections', () => {
    for (const error of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), {
        code: '57P01',
      }),
      Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      Object.assign(new Error('connection failure'), { code: '08006' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }) }),
    ])
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });

  it('leaves other errors alone: a bad query, a constraint, a bug', () => {
    for (const error of [
      Object.assign(new Error('duplicate key'), { code: '23505' }),
      Object.assign(new Error('syntax error'), { code: '42601' }),
      new TypeError('x is undefined'),
      'a string',
      undefined,
    ])
      expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('a request when the database cannot be reached', () => {
  it('is answered 503 with Retry-After, in the asked language, and promptly', async () => {
    // Nothing listens on port 1: every connection is refused, as while PostgreSQL restarts.
    const store = createStore(
      openDatabase({
        dialect: 'postgres',
        connectionString: 'postgres://nobody@127.0.0.1:1/none',
        connectTimeoutMs: 1000,
      }),
      fixedClock,
    );
    try {
      const app = createApp({ store, clock: fixedClock });
      const started = Date.now();
      const response = await app.request('/api/v1/units', {
        headers: { 'accept-language': 'en' },
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
      expect(((await response.json()) as { detail: string }).detail).toMatch(/database/);
      const zh = await app.request('/api/v1/units?lang=zh');
      expect(zh.status).toBe(503);
      expect(((await zh.json()) as { detail: string }).detail).toMatch(/数据库/);
      expect(Date.now() - started).toBeLessThan(10_000);
      // Liveness does not need the database.
      expect((await app.request('/api/v1/health')).status).toBe(200);
    } finally {
      await store.close();
    }
  });
});
