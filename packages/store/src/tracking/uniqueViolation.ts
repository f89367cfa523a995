/**
 * True for a write refused by a unique key (PostgreSQL 23505, SQLite's constraint codes): the
 * sign that a concurrent write got there first (each write checks before, but on PostgreSQL
 * two transactions can both pass the check).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
