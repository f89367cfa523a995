import { timingSafeEqual } from 'node:crypto';
import { hashToken, type Principal, type Role, type Store } from '@plan/store';
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem.js';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export type AuthVariables = { principal: Principal | undefined };

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/;

/**
 * Reads the bearer token, when there is one, and resolves it to a principal.
 * `PLAN_ADMIN_TOKEN` is an admin; other tokens must exist and not be revoked.
 * A malformed header or an unknown token is refused here, even on public reads,
 * so a client with a broken token learns of it at once.
 */
export function authenticate(
  store: Store,
  adminToken: string | undefined,
): MiddlewareHandler<{ Variables: AuthVariables }> {
  const adminHash = adminToken ? Buffer.from(hashToken(adminToken), 'hex') : undefined;
  return async (c, next) => {
    const header = c.req.header('authorization');
    if (header === undefined) {
      c.set('principal', undefined);
      return next();
    }
    const match = BEARER.exec(header.trim());
    if (!match?.[1]) {
      throw new ProblemError(401, 'The Authorization header must be "Bearer <token>".', {
        headers: { 'www-authenticate': 'Bearer error="invalid_request"' },
      });
    }
    const hash = hashToken(match[1]);
    if (adminHash && timingSafeEqual(adminHash, Buffer.from(hash, 'hex'))) {
      c.set('principal', { id: 'admin-token', name: 'PLAN_ADMIN_TOKEN', role: 'admin' });
      return next();
    }
    const row = await store.tokens.findByHash(hash);
    if (!row || row.revoked_at !== null) {
      throw new ProblemError(401, row ? 'This token has been revoked.' : 'Unknown token.', {
        headers: { 'www-authenticate': 'Bearer error="invalid_token"' },
      });
    }
    c.set('principal', { id: row.id, name: row.name, role: row.role });
    return next();
  };
}

/** Refuses requests without a token (401) or with too low a role (403). */
export function requireRole(role: Role): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (!principal) {
      throw new ProblemError(401, `This needs a bearer token with the ${role} role.`, {
        headers: { 'www-authenticate': 'Bearer' },
      });
    }
    if (RANK[principal.role] < RANK[role]) {
      throw new ProblemError(
        403,
        `The token "${principal.name}" has the ${principal.role} role; this needs ${role}.`,
      );
    }
    return next();
  };
}
