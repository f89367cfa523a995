import type { Context } from 'hono';
import { isCityScoped } from '../../access/tokenScope.js';
import { ownerOf, unitOwns, unitRefusal } from '../../access/unitScope.js';
import type { AppDeps, AppEnv } from '../../appTypes.js';
import { ProblemError } from '../../problem.js';

/**
 * Throws 403 when the token reports for a unit that has been retired: a retired unit does no
 * work, so its token (one kept from before the unit was retired) writes nothing. A token
 * without a unit is not concerned.
 */
export async function assertUnitInService(c: Context<AppEnv>, deps: AppDeps): Promise<void> {
  const principal = c.get('principal');
  const unit = principal?.scope?.unit;
  if (unit === undefined) return;
  if ((await deps.store.units.get(unit))?.retiredAt == null) return;
  throw new ProblemError(403, {
    zh: `令牌“${principal?.name}”代表的单位 ${unit} 已撤销，不再承担任何工作，该令牌不能再写入：请吊销它；单位恢复后再为其创建令牌。`,
    en: `The token "${principal?.name}" reports for unit ${unit}, which is retired and does no work, so the token may write nothing: revoke it, and create one for the unit if it returns to service.`,
  });
}

/**
 * Throws 403 when the token reports for a unit (scope.unit) that neither leads nor cooperates
 * on the item (its own assignment, else its measure's); the problem names the item and the unit.
 * A token without a unit (the bureau's) is not confined by this.
 */
export async function assertUnitMayWrite(
  c: Context<AppEnv>,
  deps: AppDeps,
  itemId: string,
): Promise<void> {
  const principal = c.get('principal');
  if (principal?.scope?.unit === undefined) return;
  await assertUnitInService(c, deps);
  const context = c.get('plan');
  const responsibilities = await deps.store.forPlan(context.id).listResponsibilities();
  const owner = ownerOf(itemId, responsibilities, context.catalogue?.targets ?? []);
  const refusal = unitRefusal(principal, itemId, owner);
  if (refusal) throw new ProblemError(403, refusal);
}

/**
 * Throws 403 when a unit's token writes an indicator's figure although its unit owns no target
 * linked to that indicator (the figures of such a target are the indicator's). A token without
 * a unit is not confined by this.
 */
export async function assertUnitMayWriteIndicator(
  c: Context<AppEnv>,
  deps: AppDeps,
  indicatorId: string,
): Promise<void> {
  const principal = c.get('principal');
  const unit = principal?.scope?.unit;
  if (unit === undefined) return;
  await assertUnitInService(c, deps);
  const context = c.get('plan');
  const targets = context.catalogue?.targets ?? [];
  const responsibilities = await deps.store.forPlan(context.id).listResponsibilities();
  const linked = targets.filter((target) => target.indicatorId === indicatorId);
  if (linked.some((target) => unitOwns(unit, ownerOf(target.id, responsibilities, targets))))
    return;
  throw new ProblemError(
    403,
    `The token "${principal?.name}" reports for unit ${unit}; indicator ${indicatorId} is not linked to any target unit ${unit} leads or cooperates on, so unit ${unit} may not write its figures.`,
  );
}

/**
 * Throws 403 unless the token may report on a measure: a unit's token on its unit's measures
 * (assertUnitMayWrite), otherwise the bureau's (a city-scoped editor or admin). A district's
 * token without a unit sends figures, not the city's measure reports.
 */
export async function assertMayReport(
  c: Context<AppEnv>,
  deps: AppDeps,
  measureId: string,
): Promise<void> {
  const principal = c.get('principal');
  if (principal?.scope?.unit === undefined && !isCityScoped(principal, c.get('plan').plan))
    throw new ProblemError(
      403,
      `The token "${principal?.name}" is confined to its regions (scope: regions ${principal?.scope?.regions?.join(', ')}); measure ${measureId} is reported on by its units or the city bureau.`,
    );
  await assertUnitMayWrite(c, deps, measureId);
}
