import { z } from 'zod';
import type { TokenScope } from './tokenScope.js';

/** What a token may do: viewer reads, editor also writes observations, admin also manages tokens. */
export const Role = z.enum(['viewer', 'editor', 'admin']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

/**
 * Who made a request: the token's id, name, role and scope (null: unrestricted, as tokens
 * were before scopes). Never the token itself.
 */
export type Principal = { id: string; name: string; role: Role; scope: TokenScope | null };
