import type { Plan } from '@plan/indicators';
import type { IndicatorLike } from './observations.js';

/** What checking observations looks up in a plan. */
export type PlanLookups = {
  indicatorOf: (id: string) => IndicatorLike | undefined;
  regions: ReadonlySet<string>;
};

type Kept = PlanLookups & { from: readonly [readonly unknown[], readonly unknown[]] };

const lookups = new WeakMap<object, Kept>();

/**
 * A plan's indicators by id and its region ids, built once per plan object (a
 * server checks the same plan's observations after every write); built again
 * if the plan's lists were replaced since.
 */
export function planLookups(plan: Pick<Plan, 'indicators' | 'regions'>): PlanLookups {
  const known = lookups.get(plan);
  if (known && known.from[0] === plan.indicators && known.from[1] === plan.regions) return known;
  const indicators = new Map<string, IndicatorLike>(
    plan.indicators.map((indicator) => [indicator.id, indicator]),
  );
  const built: Kept = {
    indicatorOf: (id) => indicators.get(id),
    regions: new Set(plan.regions.map((region) => region.id)),
    from: [plan.indicators, plan.regions],
  };
  lookups.set(plan, built);
  return built;
}
