import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Role } from './role.js';
import type { TokenScope } from './tokenScope.js';
import type { StoredToken, TokenStore } from './tokens.js';

/** A new bearer token: 32 random bytes, shown once and stored only as its hash. */
export function generateToken(): string {
  return `plan_${randomBytes(32).toString('base64url')}`;
}

/** The SHA-256 of a token, as hex: what the store keeps and looks tokens up by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A stored token as the API shows it: never its value or hash. */
export function tokenInfo(row: StoredToken) {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    /** What the token may write beyond its role; null = unrestricted. */
    scope: row.scope,
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
  };
}

/**
 * Creates a token and stores only its hash; the token itself is returned once. Without a
 * `scope` the token writes whatever its role allows, as before scopes.
 */
export async function createToken(
  deps: { store: { tokens: Pick<TokenStore, 'create'> } },
  name: string,
  role: Role,
  createdBy: string,
  options: { scope?: TokenScope | null | undefined } = {},
) {
  const token = generateToken();
  const row = await deps.store.tokens.create({
    id: randomUUID(),
    name,
    role,
    token_hash: hashToken(token),
    created_by: createdBy,
    scope: options.scope ?? null,
  });
  return { token, info: tokenInfo(row) };
}
