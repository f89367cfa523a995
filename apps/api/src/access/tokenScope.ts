import type { Plan } from '@plan/indicators';

/**
 * What a token is confined to (null or absent: unrestricted, as tokens were before scopes).
 * Each list, when given, is an allow-list; lists combine with AND.
 */
export type ScopeLists = {
  regions?: readonly string[] | undefined;
  tables?: readonly string[] | undefined;
  indicators?: readonly string[] | undefined;
  projects?: readonly string[] | undefined;
};

/** Who writes, as far as the scope check needs: the token's name, role and scope. */
export type ScopedWriter = {
  name: string;
  role: 'viewer' | 'editor' | 'admin';
  scope?: ScopeLists | null | undefined;
};

/** One row a write touches: its region, and its indicator (absent: a write across indicators). */
export type ScopedRow = { indicatorId?: string | undefined; region: string };

/**
 * City-scoped: the token may write the subject region (its `regions` is unset, or names the
 * plan's subject region). Otherwise it is region-scoped: a district's account, whose figures
 * are submitted for the city's approval.
 */
export function isCityScoped(writer: ScopedWriter | undefined, plan: Plan): boolean {
  const regions = writer?.scope?.regions;
  return regions === undefined || regions.includes(plan.subjectRegion);
}

/** The regions a list of region ids covers: each, and every region under it (by `parent`). */
function coveredRegions(plan: Plan, roots: readonly string[]): Set<string> {
  const covered = new Set(roots);
  let grew = true;
  while (grew) {
    grew = false;
    for (const region of plan.regions) {
      if (region.parent && covered.has(region.parent) && !covered.has(region.id)) {
        covered.add(region.id);
        grew = true;
      }
    }
  }
  return covered;
}

/** The scope as a reader sees it in a problem: `regions dongsheng; tables sports`. */
export function describeScope(scope: ScopeLists | null | undefined): string {
  if (!scope) return 'unrestricted';
  const parts = (['regions', 'tables', 'indicators', 'projects'] as const)
    .filter((key) => scope[key] !== undefined)
    .map((key) => `${key} ${(scope[key] ?? []).join(', ') || '(none)'}`);
  return parts.length > 0 ? parts.join('; ') : 'unrestricted';
}

/**
 * Why `writer` may not write `row` in `plan`, or undefined when it may:
 * - the benchmark region's figures (the province the tables print beside the city) are an
 *   admin's alone, whatever the scope;
 * - a scope's `regions` covers the regions it names and those under them (a city scope covers
 *   its districts);
 * - `tables` and `indicators` confine the indicators (not asked of a write across indicators).
 * An unscoped token writes as before. The plan's own rows are refused elsewhere (writePolicy).
 */
export function scopeRefusal(
  writer: ScopedWriter | undefined,
  plan: Plan,
  row: ScopedRow,
): string | undefined {
  if (row.region === plan.benchmarkRegion && writer?.role !== 'admin')
    return `The benchmark region's figures (${row.region}) are written by an admin only.`;
  const scope = writer?.scope;
  if (!scope) return undefined;
  const name = writer?.name ?? 'unknown';
  const outside = (what: string) =>
    `The token "${name}" may not write ${what} (scope: ${describeScope(scope)}).`;
  if (scope.regions !== undefined && !coveredRegions(plan, scope.regions).has(row.region))
    return outside(`region ${row.region}`);
  if (row.indicatorId === undefined) return undefined;
  if (scope.indicators !== undefined && !scope.indicators.includes(row.indicatorId))
    return outside(`indicator ${row.indicatorId}`);
  if (scope.tables !== undefined) {
    const table = plan.indicators.find((indicator) => indicator.id === row.indicatorId)?.table;
    if (table === undefined || !scope.tables.includes(table))
      return outside(`indicator ${row.indicatorId} (table ${table ?? 'unknown'})`);
  }
  return undefined;
}

/**
 * The rows of an import outside the writer's scope, by row number, each with why; empty when
 * every row is inside. The import then writes nothing.
 */
export function rowsOutsideScope(
  writer: ScopedWriter | undefined,
  plan: Plan,
  rows: Iterable<ScopedRow & { row: number }>,
): { row: number; problem: string }[] {
  const refused: { row: number; problem: string }[] = [];
  for (const row of rows) {
    const problem = scopeRefusal(writer, plan, row);
    if (problem) refused.push({ row: row.row, problem });
  }
  return refused;
}
