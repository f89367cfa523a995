import { BlockList, isIP } from 'node:net';
import type { SharedLimits, Store } from '@plan/store';
import type { MiddlewareHandler } from 'hono';
import type { AuthVariables } from './auth.js';
import { ProblemError } from './problem.js';

const WINDOW_MS = 60_000;
/** How many clients the limiters remember at most; the least recently seen is forgotten first. */
export const LIMITER_CAPACITY = 10_000;

/**
 * Fixed one-minute windows of counts per key, in a map of at most `capacity` keys kept in
 * least-recently-used order: a flood of new keys forgets the oldest clients, one by one,
 * rather than clearing every counter at once.
 */
export class WindowCounts {
  private readonly windows = new Map<string, { start: number; count: number }>();
  constructor(private readonly capacity = LIMITER_CAPACITY) {}

  /** The count of `key` in the window holding `now` (0 when none). */
  count(key: string, now: number): { count: number; retryAfter: number } {
    const window = this.windows.get(key);
    if (!window || now - window.start >= WINDOW_MS) return { count: 0, retryAfter: 0 };
    return {
      count: window.count,
      retryAfter: Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)),
    };
  }

  /** Counts one more for `key`; returns the new count and the seconds until its window ends. */
  add(key: string, now: number): { count: number; retryAfter: number } {
    let window = this.windows.get(key);
    this.windows.delete(key);
    if (!window || now - window.start >= WINDOW_MS) window = { start: now, count: 0 };
    window.count++;
    this.windows.set(key, window);
    if (this.windows.size > this.capacity) {
      const oldest = this.windows.keys().next().value;
      if (oldest !== undefined) this.windows.delete(oldest);
    }
    return this.count(key, now);
  }

  get size() {
    return this.windows.size;
  }
}

/** A count of one key's hits in its current one-minute window, and the seconds until that window ends. */
type WindowCount = { count: number; retryAfter: number };

/** Fixed one-minute windows of counts per key, in this process or shared through the database. */
export type WindowCounter = {
  /** The count of `key` in the window holding `now` (0 when none). */
  count: (key: string, now: number) => Promise<WindowCount>;
  /** Counts one more for `key`; returns the new count. */
  add: (key: string, now: number) => Promise<WindowCount>;
};

/** A counter in this process's memory (WindowCounts): for SQLite, which one process serves. */
export function memoryCounter(capacity = LIMITER_CAPACITY): WindowCounter {
  const windows = new WindowCounts(capacity);
  return {
    count: async (key, now) => windows.count(key, now),
    add: async (key, now) => windows.add(key, now),
  };
}

/**
 * A counter in the database (`store.limits`), shared by every server process on it: windows
 * are aligned to the clock's minutes, so processes agree on them without talking to each other,
 * and each hit is one atomic upsert. `name` keeps the counts of different limits apart. Ended
 * windows are deleted once a minute per process, so the table holds about one row per client
 * seen in the last two minutes.
 */
export function sharedCounter(limits: SharedLimits, name: string): WindowCounter {
  let forgotten = 0;
  const windowOf = (now: number) => {
    const start = now - (now % WINDOW_MS);
    return { start, retryAfter: Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000)) };
  };
  return {
    async count(key, now) {
      const { start, retryAfter } = windowOf(now);
      return { count: await limits.hits(`${name}:${key}`, start), retryAfter };
    },
    async add(key, now) {
      const { start, retryAfter } = windowOf(now);
      const count = await limits.hit(`${name}:${key}`, start);
      if (start !== forgotten) {
        forgotten = start;
        // Housekeeping only: a failure (the database gone for a moment) is tried next minute.
        limits.forget(start - WINDOW_MS).catch(() => {});
      }
      return { count, retryAfter };
    },
  };
}

/**
 * The counter a limit uses: shared through the database on PostgreSQL (several server processes
 * may serve one database, and a client must not get a limit per process); in memory on SQLite,
 * which one process serves.
 */
export function windowCounter(
  store: Pick<Store, 'dialect' | 'limits'>,
  name: string,
): WindowCounter {
  return store.dialect === 'postgres' ? sharedCounter(store.limits, name) : memoryCounter();
}

/** `a.b.c.d` for an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`), the address itself otherwise. */
function plainAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

/**
 * The trusted proxies from `PLAN_TRUSTED_PROXIES`: addresses and CIDR ranges (IPv4 or IPv6).
 * Throws, naming the entry, on anything else.
 */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.trim().split('/');
    const plain = plainAddress(address);
    const family = isIP(plain);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      extra !== undefined ||
      (bits !== undefined && (!Number.isInteger(bits) || bits < 0 || bits > max))
    ) {
      throw new Error(
        `"${entry}" is not an IP address or a CIDR range (e.g. 10.0.0.0/8, ::1, fd00::/8)`,
      );
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(plain, type);
    else list.addSubnet(plain, bits, type);
  }
  return list;
}

const isTrusted = (list: BlockList, address: string) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * The client's address: the socket's peer, or, when that peer is a trusted proxy, the
 * nearest address in `X-Forwarded-For` that is not itself a trusted proxy (read right to
 * left, as each proxy appends the address it saw). A client's own `X-Forwarded-For` is never
 * believed: without trusted proxies the header is ignored. `undefined` for a request that
 * did not come through a socket (in-process calls, as in tests).
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  trusted: BlockList,
): string | undefined {
  if (!socketAddress) return undefined;
  let client = plainAddress(socketAddress);
  if (!isTrusted(trusted, client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',').map(plainAddress).reverse();
  for (const hop of hops) {
    if (isIP(hop) === 0) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client;
}

/** Sets `clientAddress` for the limiters and the request log (see clientAddressOf). */
export function identifyClient(
  trustedProxies: readonly string[] = [],
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const trusted = trustedProxyList(trustedProxies);
  return async (c, next) => {
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    c.set(
      'clientAddress',
      clientAddressOf(
        env?.incoming?.socket?.remoteAddress,
        c.req.header('x-forwarded-for'),
        trusted,
      ),
    );
    return next();
  };
}

/**
 * A fixed-window limit on writes per token id, or per client address without a token (the
 * socket's peer, or what a trusted proxy says). It protects the database from a runaway client.
 * The counts are `counter`'s: in memory by default (bounded to LIMITER_CAPACITY clients), shared
 * through the database when several processes serve one PostgreSQL (see windowCounter).
 */
export function limitWrites(
  perMinute: number,
  clock: () => Date,
  counter: WindowCounter = memoryCounter(),
): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS')
      return next();
    const principal = c.get('principal');
    const key = principal
      ? `token:${principal.id}`
      : `address:${c.get('clientAddress') ?? 'in-process'}`;
    const { count, retryAfter } = await counter.add(key, clock().getTime());
    if (count > perMinute) {
      throw new ProblemError(
        429,
        {
          zh: `此客户端每分钟写入超过 ${perMinute} 次，请 ${retryAfter} 秒后重试。`,
          en: `More than ${perMinute} writes a minute from this client; retry in ${retryAfter} s.`,
        },
        { headers: { 'retry-after': String(retryAfter) } },
      );
    }
    return next();
  };
}
