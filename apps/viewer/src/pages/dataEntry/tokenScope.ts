import type { Indicator, Me, PlanSummary, Region, Role } from '../../api/types.js';

/**
 * What a token may write (GET /api/v1/me `scope`; null: unrestricted, as tokens were
 * before scopes). Each list, when set, confines the token to its ids.
 */
export type TokenScope = NonNullable<Me['scope']>;

/**
 * City-scoped: the token's regions are unset or include the plan's subject region (the
 * city covers the city); region-scoped otherwise, and what it writes waits for the city's
 * approval. The API decides the same way; the viewer only offers what it would accept.
 */
export function scopeKind(scope: TokenScope | null | undefined, plan: PlanSummary) {
  const regions = scope?.regions;
  return !regions || regions.includes(plan.subjectRegion) ? 'city' : 'region';
}

/** Whether a signed-in token may approve and return the districts' figures: a city-scoped editor or an administrator. */
export function mayReview(me: Me, plan: PlanSummary): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'editor' && scopeKind(me.scope, plan) === 'city';
}

/**
 * The regions the add form offers: the plan's subject region and its districts (a scoped
 * token only those its regions cover: a city scope covers its districts), and the benchmark
 * region to an administrator only (the API refuses anyone else's benchmark figures).
 */
export function writableRegions(
  plan: PlanSummary,
  scope: TokenScope | null | undefined,
  role: Role,
): Region[] {
  const regions = scope?.regions;
  return plan.regions.filter((region) => {
    if (region.id === plan.benchmarkRegion) return role === 'admin';
    const inPlan = region.id === plan.subjectRegion || region.parent === plan.subjectRegion;
    if (!inPlan) return false;
    if (!regions) return true;
    return (
      regions.includes(region.id) ||
      (region.parent !== undefined && regions.includes(region.parent))
    );
  });
}

/** The indicators a scope's tables and indicators allow (all of them without either). */
export function writableIndicators(
  indicators: readonly Indicator[],
  scope: TokenScope | null | undefined,
): Indicator[] {
  return indicators.filter(
    (indicator) =>
      (!scope?.indicators || scope.indicators.includes(indicator.id)) &&
      (!scope?.tables || scope.tables.includes(indicator.table)),
  );
}
