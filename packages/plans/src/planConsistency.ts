import { type ConsistencyReport, checkConsistency } from '@plan/projects';
import type { ParsedPlan } from './parsePlan.js';

/**
 * The consistency report of a plan read from a file: its projects and targets checked against
 * themselves and its indicator tables (measure and heading numbering, box titles, each target
 * linked to an indicator against the table's value), as @plan/projects' `checkConsistency` does
 * for the built-in plan. A file carries no plan text, so what needs the text is not checked:
 * no counts the plan claims, no sums it states, no curated readings, and a table cell is cited
 * by its table without a line. `undefined` for a plan without projects (nothing to check).
 */
export function planConsistency(parsed: ParsedPlan): ConsistencyReport | undefined {
  const { catalogue, plan } = parsed;
  if (!catalogue) return undefined;
  return checkConsistency(catalogue.projects, catalogue.targets, plan, {
    outline: catalogue.outline,
    baselines: catalogue.baselines,
    listClaims: [],
    tableCells: [],
    sumChecks: [],
    curated: [],
    overrides: {},
  });
}
