import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { PLAN_PARAM, type PlanId, usePlanId } from '../api/planScope.js';
import { indicatorsQuery, planFileQuery, usePlan, usePlans } from '../api/queries.js';
import { useLocale } from '../i18n/LocaleProvider.js';
import { indicatorOfPath, linkedIndicators, pathInPlan } from '../lib/pathInPlan.js';

// What a switch keeps of the URL: the date, the method and the illustrative switch. A region,
// a table or a category belongs to one plan; the other plan starts from its own.
const KEPT = ['asOf', 'method', 'illustrative'];

/**
 * The plan switcher (规划): the plans GET /api/v1/plans lists. Choosing one
 * puts it in the URL (`?plan=<id>`; the default plan leaves it out) and keeps
 * the page, or on an indicator's page the same or the linked indicator. Shown
 * only when there is more than one plan to choose from.
 */
export function PlanSwitcher() {
  const { t, pick } = useLocale();
  const id = useId();
  const plans = usePlans();
  const planId = usePlanId();
  const current = usePlan().data?.id;
  const client = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  if (!plans.data || plans.data.length < 2) return null;
  const defaultId = plans.data.find((plan) => plan.default)?.id;
  const selected = planId ?? defaultId ?? current ?? '';

  /** The page to open in the other plan: an indicator's page needs the other plan's indicators. */
  async function pathIn(target: PlanId, targetId: string): Promise<string> {
    if (indicatorOfPath(location.pathname) === undefined || current === undefined)
      return location.pathname;
    try {
      const [indicators, here, there] = await Promise.all([
        client.fetchQuery(indicatorsQuery(target)),
        client.fetchQuery(planFileQuery(current)),
        client.fetchQuery(planFileQuery(targetId)),
      ]);
      return pathInPlan(location.pathname, {
        indicatorIds: new Set(indicators.map((indicator) => indicator.id)),
        linked: linkedIndicators(here, there),
      });
    } catch {
      return '/indicators';
    }
  }

  async function choose(targetId: string) {
    const target: PlanId = targetId === defaultId ? null : targetId;
    const params = new URLSearchParams(location.search);
    const next = new URLSearchParams();
    for (const key of KEPT) {
      const value = params.get(key);
      if (value !== null) next.set(key, value);
    }
    if (target !== null) next.set(PLAN_PARAM, target);
    const search = next.toString();
    navigate({ pathname: await pathIn(target, targetId), search: search ? `?${search}` : '' });
  }

  return (
    <div className="plan-switcher no-print">
      <label htmlFor={`${id}-plan`}>{t('plan.label')}</label>
      <select
        id={`${id}-plan`}
        value={selected}
        onChange={(event) => void choose(event.target.value)}
      >
        {plans.data.some((plan) => plan.id === selected) ? null : (
          <option value={selected}>{selected}</option>
        )}
        {plans.data.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {pick(plan.title)}
          </option>
        ))}
      </select>
    </div>
  );
}
