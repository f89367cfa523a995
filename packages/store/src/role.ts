import { z } from 'zod';

/** What a token may do: viewer reads, editor also writes observations, admin also manages tokens. */
export const Role = z.enum(['viewer', 'editor', 'admin']).meta({ id: 'Role' });
export type Role = z.infer<typeof Role>;

/** Who made a request: the token's id, name and role. Never the token itself. */
export type Principal = { id: string; name: string; role: Role };
