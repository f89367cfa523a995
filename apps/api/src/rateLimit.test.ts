import { createStore, openDatabase, type SharedLimits } from '@plan/store';
import { describe, expect, it } from 'vitest';
import {
  clientAddressOf,
  sharedCounter,
  trustedProxyList,
  WindowCounts,
  windowCounter,
} from './rateLimit.js';

describe('WindowCounts', () => {
  it('counts per key within a minute and starts again after it', () => {
    const counts = new WindowCounts();
    expect(counts.add('a', 0).count).toBe(1);
    expect(counts.add('a', 30_000)).toEqual({ count: 2, retryAfter: 30 });
    expect(counts.add('a', 60_000).count).toBe(1);
  });

  it('keeps at most its capacity, forgetting the least recently seen key first, never all at once', () => {
    const counts = new WindowCounts(3);
    counts.add('token', 0);
    counts.add('token', 0);
    for (const key of ['x', 'y']) counts.add(key, 0);
    counts.add('token', 0);
    counts.add('z', 0);
    expect(counts.size).toBe(3);
    expect(counts.count('token', 0).count).toBe(3);
    expect(counts.count('x', 0).count).toBe(0);
  });
});

describe('clientAddressOf', () => {
  const none = trustedProxyList([]);
  const proxies = trustedProxyList(['10.0.0.0/8', '::1']);

  it('is the socket address, whatever X-Forwarded-For says, without trusted proxies', () => {
    expect(clientAddressOf('203.0.113.5', '1.2.3.4', none)).toBe('203.0.113.5');
    expect(clientAddressOf('::ffff:203.0.113.5', undefined, none)).toBe('203.0.113.5');
  });

  it('reads X-Forwarded-For from the right, past trusted proxies, from a trusted peer only', () => {
    expect(clientAddressOf('10.0.0.2', '6.6.6.6, 198.51.100.4, 10.0.0.9', proxies)).toBe(
      '198.51.100.4',
    );
    expect(clientAddressOf('::1', '198.51.100.4', proxies)).toBe('198.51.100.4');
    expect(clientAddressOf('203.0.113.5', '198.51.100.4', proxies)).toBe('203.0.113.5');
    expect(clientAddressOf('10.0.0.2', 'not-an-ip, 10.0.0.3', proxies)).toBe('10.0.0.3');
  });

  it('is undefined for a request that did not come through a socket', () => {
    expect(clientAddressOf(undefined, '1.2.3.4', proxies)).toBeUndefined();
  });
});

describe('trustedProxyList', () => {
  it('takes addresses and CIDR ranges of both families and names anything else', () => {
    expect(() => trustedProxyList(['127.0.0.1', '10.0.0.0/8', 'fd00::/8'])).not.toThrow();
    expect(() => trustedProxyList(['10.0.0.0/33'])).toThrow(/"10.0.0.0\/33" is not/);
    expect(() => trustedProxyList(['proxy.local'])).toThrow(/"proxy.local" is not/);
  });
});

describe('sharedCounter', () => {
  it('counts one key together across counters on one database (two server processes), in minute windows', async () => {
    const store = createStore(openDatabase({ dialect: 'sqlite', file: ':memory:' }));
    await store.migrate();
    try {
      const first = sharedCounter(store.limits, 'write');
      const second = sharedCounter(store.limits, 'write');
      const otherLimit = sharedCounter(store.limits, 'sign-in');
      const now = Date.UTC(2024, 5, 30, 8, 0, 15);
      expect(await first.add('token:a', now)).toEqual({ count: 1, retryAfter: 45 });
      expect(await second.add('token:a', now + 5_000)).toEqual({ count: 2, retryAfter: 40 });
      expect(await first.count('token:a', now)).toEqual({ count: 2, retryAfter: 45 });
      expect((await otherLimit.count('token:a', now)).count).toBe(0);
      // The next minute starts over, for every process at once.
      expect((await second.add('token:a', now + 45_000)).count).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('is what windowCounter gives on PostgreSQL; on SQLite (one process) the counts stay in memory', async () => {
    const keys: string[] = [];
    const limits: SharedLimits = {
      hit: async (key) => {
        keys.push(key);
        return 7;
      },
      hits: async () => 7,
      forget: async () => 0,
    };
    expect((await windowCounter({ dialect: 'postgres', limits }, 'write').add('a', 0)).count).toBe(
      7,
    );
    expect((await windowCounter({ dialect: 'sqlite', limits }, 'write').add('a', 0)).count).toBe(1);
    expect(keys).toEqual(['write:a']);
  });
});
