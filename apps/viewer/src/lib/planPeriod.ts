import type { PlanSummary } from '../api/types.js';

/** The last day of the plan period (31 December of its last year). */
export function planEndDate(plan: Pick<PlanSummary, 'period'>): string {
  return `${plan.period.end}-12-31`;
}

/**
 * Whether the plan period is over on the as-of date (its last day or later): then
 * the plan has ended (规划期已结束) and the API's assessment carries the final
 * evaluation (总结评估), as @plan/scoring's isPlanOver says.
 */
export function planHasEnded(plan: Pick<PlanSummary, 'period'>, asOf: string): boolean {
  return asOf >= planEndDate(plan);
}
