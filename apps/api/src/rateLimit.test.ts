import { describe, expect, it } from 'vitest';
import { clientAddressOf, trustedProxyList, WindowCounts } from './rateLimit.js';

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
