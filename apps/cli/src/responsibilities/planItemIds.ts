import type { CliPlan } from '../plans/cliPlan.js';

/** The ids a responsibility can be set for: every measure of every project and every target. */
export function planItemIds(plan: Pick<CliPlan, 'projects' | 'targets'>): Set<string> {
  return new Set([
    ...plan.projects.flatMap((project) => project.measures.map((measure) => measure.id)),
    ...plan.targets.map((target) => target.id),
  ]);
}
