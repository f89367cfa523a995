/**
 * Names no token may take: they are what the audit shows for the admin token and for the
 * writers that are not tokens (the seed, imports, the CLI), so a token named like them
 * would write "as" them. Compared regardless of case and surrounding spaces.
 */
export const RESERVED_TOKEN_NAMES = [
  'PLAN_ADMIN_TOKEN',
  'admin',
  'administrator',
  'root',
  'system',
  'plan',
  'import',
  'seed',
  'cli',
  'demo',
  'unknown',
  'anonymous',
] as const;

const reserved = new Set(RESERVED_TOKEN_NAMES.map((name) => name.toLowerCase()));

/** True for a name no new token may take (see RESERVED_TOKEN_NAMES). */
export function isReservedTokenName(name: string): boolean {
  return reserved.has(name.trim().toLowerCase());
}
