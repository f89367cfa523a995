import { timingSafeEqual } from 'node:crypto';
import { hashToken, type Principal, type Role, type Store } from '@plan/store';
import type { MiddlewareHandler } from 'hono';
import { roleZh } from './i18n/chineseOf.js';
import type { Bilingual } from './i18n/requestLanguage.js';
import { ProblemError } from './problem.js';
import { memoryCounter, type WindowCounter } from './rateLimit.js';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export type AuthVariables = {
  principal: Principal | undefined;
  /** The client's address (see identifyClient); undefined for in-process requests. */
  clientAddress: string | undefined;
};

/** The principal of PLAN_ADMIN_TOKEN; its name is reserved, so no token can write as it. */
export const ADMIN_PRINCIPAL: Principal = {
  id: 'admin-token',
  name: 'PLAN_ADMIN_TOKEN',
  role: 'admin',
  scope: null,
};

/** Failed sign-ins allowed per client address and minute before 429 (default). */
export const SIGN_IN_FAILURES_PER_MINUTE = 20;

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/;

/**
 * Reads the bearer token, when there is one, and resolves it to a principal.
 * `PLAN_ADMIN_TOKEN` is an admin; other tokens must exist and not be revoked.
 * A malformed header or an unknown token is refused here, even on public reads,
 * so a client with a broken token learns of it at once.
 *
 * Failed sign-ins are counted per client address (`clientAddress`, from identifyClient):
 * past `failuresPerMinute` in a minute, a request carrying a token is answered 429 with
 * Retry-After before the token is looked up, so guessing tokens costs a minute per
 * `failuresPerMinute` guesses. Requests without a token are not affected. `failures` keeps the
 * counts: in memory by default (at most LIMITER_CAPACITY addresses), or in the database, shared
 * by every server process on it (see windowCounter).
 */
export function authenticate(
  store: Store,
  adminToken: string | undefined,
  options: { clock?: () => Date; failuresPerMinute?: number; failures?: WindowCounter } = {},
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const adminHash = adminToken ? Buffer.from(hashToken(adminToken), 'hex') : undefined;
  const clock = options.clock ?? (() => new Date());
  const limit = options.failuresPerMinute ?? SIGN_IN_FAILURES_PER_MINUTE;
  const failures = options.failures ?? memoryCounter();
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', undefined);
      return next();
    }
    const address = c.get('clientAddress');
    const now = clock().getTime();
    if (address !== undefined) {
      const { count, retryAfter } = await failures.count(address, now);
      if (count >= limit) {
        throw new ProblemError(
          429,
          {
            zh: `此地址一分钟内登录失败已达 ${limit} 次，请 ${retryAfter} 秒后重试。`,
            en: `${limit} failed sign-ins within a minute from this address; retry in ${retryAfter} s.`,
          },
          { headers: { 'retry-after': String(retryAfter) } },
        );
      }
    }
    const refuse = async (detail: Bilingual, error: string) => {
      if (address !== undefined) await failures.add(address, now);
      return new ProblemError(401, detail, {
        headers: { 'www-authenticate': `Bearer error="${error}"` },
      });
    };
    const match = BEARER.exec(header.trim());
    if (!match?.[1]) {
      throw await refuse(
        {
          zh: 'Authorization 请求头应为“Bearer <令牌>”的形式。',
          en: 'The Authorization header must be "Bearer <token>".',
        },
        'invalid_request',
      );
    }
    const hash = hashToken(match[1]);
    if (adminHash && timingSafeEqual(adminHash, Buffer.from(hash, 'hex'))) {
      c.set('principal', ADMIN_PRINCIPAL);
      return next();
    }
    const row = await store.tokens.findByHash(hash);
    if (!row || row.revoked_at !== null) {
      throw await refuse(
        row
          ? { zh: '此令牌已被吊销，请向管理员申请新令牌。', en: 'This token has been revoked.' }
          : { zh: '令牌无效：系统中没有这个令牌，请检查是否复制完整。', en: 'Unknown token.' },
        'invalid_token',
      );
    }
    c.set('principal', { id: row.id, name: row.name, role: row.role, scope: row.scope });
    return next();
  };
}

/**
 * Throws 401 without a principal, 403 when its role is below `role`; returns the principal.
 * For handlers where only some answers need a token (exports of a public list).
 */
export function assertRole(principal: Principal | undefined, role: Role): Principal {
  if (!principal) {
    const needed = {
      zh: `此操作需要${roleZh(role)}角色的令牌（Bearer）。`,
      en: `This needs a bearer token with the ${role} role.`,
    };
    throw new ProblemError(401, needed, {
      headers: { 'www-authenticate': 'Bearer' },
    });
  }
  if (RANK[principal.role] < RANK[role]) {
    throw new ProblemError(403, {
      zh: `令牌“${principal.name}”的角色是${roleZh(principal.role)}，此操作需要${roleZh(role)}角色。`,
      en: `The token "${principal.name}" has the ${principal.role} role; this needs ${role}.`,
    });
  }
  return principal;
}

/** Refuses requests without a token (401) or with too low a role (403). */
export function requireRole(role: Role): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    assertRole(c.get('principal'), role);
    return next();
  };
}

/** Who a write is recorded as: the token's id and its (unique) name. */
export function actorOf(principal: Principal | undefined): { id: string | null; name: string } {
  return principal ? { id: principal.id, name: principal.name } : { id: null, name: 'unknown' };
}
