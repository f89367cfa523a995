import type { Me, PlanSummary } from '../../api/types.js';
import { scopeKind } from '../dataEntry/tokenScope.js';
import { unitOfMe } from './unitOfMe.js';

/**
 * Whether a token reports as the bureau: no unit, an editor or admin, city-scoped (no regions,
 * or regions that include the plan's subject region). The API accepts such a token's measure
 * reports (`unit` null) and refuses a district's token without a unit.
 */
export function mayReportAsBureau(me: Pick<Me, 'role' | 'scope'>, plan: PlanSummary): boolean {
  if (unitOfMe(me)) return false;
  if (me.role !== 'editor' && me.role !== 'admin') return false;
  return scopeKind(me.scope, plan) === 'city';
}
