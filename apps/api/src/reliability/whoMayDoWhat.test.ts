import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../_test/testApp.js';
import { openApiOperations } from './openApiOperations.js';

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely; the OpenAPI check in testApp validates their shape
type Json = Record<string, any>;
let t: Awaited<ReturnType<typeof testApp>>;
afterEach(async () => t?.close());

/** A clock the test moves on. */
function movableClock() {
  let now = new Date('2024-06-30T08:00:00.000Z').getTime();
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms) };
}

/** The env @hono/node-server gives a request that came over a socket from `address`. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe('reads and computations that need a token', () => {
  it('answers 401 to anonymous /assess, exports and history, and documents it', async () => {
    t = await testApp();
    const anonymous = [
      ['POST', '/api/v1/assess'],
      ['GET', '/api/v1/observations?format=csv'],
      ['GET', '/api/v1/observations?format=xlsx'],
      ['GET', '/api/v1/assessments?asOf=2023-12-31&format=csv'],
      ['GET', '/api/v1/observations/00000000-0000-4000-8000-000000000000/history'],
    ] as const;
    for (const [method, path] of anonymous) {
      const response = await t.app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST'
          ? {
              body: JSON.stringify({
                method: 'unsd-2023',
                direction: 'increase',
                series: [
                  { year: 2020, value: 43 },
                  { year: 2023, value: 44.5 },
                ],
                target: { year: 2025, value: 45 },
              }),
            }
          : {}),
      });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
    }
    expect((await t.app.request('/api/v1/observations')).status).toBe(200);
    const assess = await t.app.request('/api/v1/assess', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.auth('viewer') },
      body: JSON.stringify({
        method: 'unsd-2023',
        direction: 'increase',
        series: [
          { year: 2020, value: 43 },
          { year: 2023, value: 44.5 },
        ],
        target: { year: 2025, value: 45 },
      }),
    });
    expect(assess.status).toBe(200);
    const secured = openApiOperations(t.app).filter((operation) => operation.secured);
    for (const [method, path] of [
      ['POST', '/api/v1/assess'],
      ['GET', '/api/v1/observations/{id}/history'],
    ]) {
      expect(
        secured.some((operation) => operation.method === method && operation.path === path),
        `${method} ${path} documents its security`,
      ).toBe(true);
    }
  });
});

describe('failed sign-ins', () => {
  it('are limited per client address: past 20 a minute, 429 with Retry-After before any token lookup', async () => {
    const time = movableClock();
    t = await testApp({ clock: time.clock });
    const lookups: string[] = [];
    const findByHash = t.store.tokens.findByHash;
    t.store.tokens.findByHash = (hash) => {
      lookups.push(hash);
      return findByHash(hash);
    };
    const me = (token: string, address: string) =>
      t.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } }, from(address));
    for (let attempt = 0; attempt < 20; attempt++) {
      expect((await me(`plan_wrong-guess-${attempt}-0000000000`, '203.0.113.7')).status).toBe(401);
    }
    const lookupsBefore = lookups.length;
    const limited = await me('plan_wrong-guess-21-0000000000', '203.0.113.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as Json).detail).toMatch(/failed sign-ins/);
    // Even the right token waits: the limit comes before the lookup.
    expect((await me(t.tokens.viewer, '203.0.113.7')).status).toBe(429);
    expect(lookups.length).toBe(lookupsBefore);
    // Another client, and anonymous requests of the same one, are not affected.
    expect((await me(t.tokens.viewer, '203.0.113.8')).status).toBe(200);
    expect((await t.app.request('/api/v1/health', {}, from('203.0.113.7'))).status).toBe(200);
    // A minute later the client may try again.
    time.advance(60_000);
    expect((await me(t.tokens.viewer, '203.0.113.7')).status).toBe(200);
  });

  it('cannot be spread over made-up X-Forwarded-For addresses', async () => {
    t = await testApp();
    for (let attempt = 0; attempt < 25; attempt++) {
      const response = await t.app.request(
        '/api/v1/me',
        {
          headers: {
            authorization: `Bearer plan_wrong-guess-${attempt}-0000000000`,
            'x-forwarded-for': `198.51.100.${attempt}`,
          },
        },
        from('203.0.113.9'),
      );
      expect(response.status).toBe(attempt < 20 ? 401 : 429);
    }
  });
});

describe('the write rate limit', () => {
  it('is keyed on the socket address without a token, ignoring X-Forwarded-For from untrusted peers', async () => {
    t = await testApp({ writeRatePerMinute: 3 });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await t.app.request(
        '/api/v1/observations',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `198.51.100.${attempt}`,
          },
          body: '{}',
        },
        from('203.0.113.10'),
      );
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const log = t.logs.at(-1) as Json;
    expect(log.client).toBe('203.0.113.10');
  });

  it('believes X-Forwarded-For only from a configured proxy, and logs the client it names', async () => {
    t = await testApp({ writeRatePerMinute: 1, trustedProxies: ['10.0.0.0/8'] });
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await t.app.request(
        '/api/v1/observations',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            // The client may prepend anything; the proxy appends the address it saw.
            'x-forwarded-for': `6.6.6.6, 198.51.100.${attempt}`,
          },
          body: '{}',
        },
        from('::ffff:10.1.2.3'),
      );
      expect(response.status).toBe(401);
      expect((t.logs.at(-1) as Json).client).toBe(`198.51.100.${attempt}`);
    }
  });

  it('is keyed on the token id, so a flood of addresses cannot clear a token’s counter', async () => {
    t = await testApp({ writeRatePerMinute: 2 });
    const write = (address: string) =>
      t.app.request(
        '/api/v1/observations',
        {
          method: 'POST',
          ...t.json('editor', { indicatorId: 'student-myopia-rate', year: 2023, value: 57 }),
        },
        from(address),
      );
    expect((await write('203.0.113.1')).status).toBe(201);
    expect((await write('203.0.113.2')).status).toBe(409);
    expect((await write('203.0.113.3')).status).toBe(429);
  });
});

describe('a new token', () => {
  it('comes with Cache-Control: no-store', async () => {
    t = await testApp();
    const response = await t.app.request('/api/v1/tokens', {
      method: 'POST',
      ...t.json('admin', { name: 'statistics-bureau-sync', role: 'editor' }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
