import { defaultAsOf, planDays } from '@plan/scoring';
import type { QueryClient } from '@tanstack/react-query';
import { latestDataDayQuery } from '../lib/useDefaultAsOf.js';
import { isIsoDay, type Settings, settingsFrom } from '../lib/useSettings.js';
import { assessmentsQuery } from './assessmentQueries.js';
import { type PlanId, planIdFrom } from './planScope.js';
import { indicatorsQuery, observationsQuery, planQuery, plansQuery } from './queries.js';

// The reads of the pages most people open first, started as soon as what they depend on is
// known, so they download beside the page's chunk rather than after it. Each is the
// query the page itself makes (same key, same function): the page then finds it under way or done.

/**
 * What the layout and the first page need that depends only on the plan: its summary, the list
 * of plans (the switcher) and, for the indicators page, its indicators (the overview's first
 * screen does without them: it reads them for its category cards below). main.tsx starts them
 * before React's first render, so they do not wait for it.
 */
function prefetchPlanData(client: QueryClient, pathname: string, planId: PlanId) {
  void client.prefetchQuery(planQuery(planId));
  void client.prefetchQuery(plansQuery());
  if (pathname === '/indicators') void client.prefetchQuery(indicatorsQuery(planId));
}

/** The assessments (and on the indicators page the observations) of the view's settings. */
export function prefetchViewData(
  client: QueryClient,
  pathname: string,
  planId: PlanId,
  settings: Settings,
) {
  if (pathname !== '/' && pathname !== '/indicators') return;
  void client.prefetchQuery(assessmentsQuery(planId, settings));
  // Completion against time elapsed is the time-progress calculation, whatever the method.
  if (settings.method !== 'time-progress')
    void client.prefetchQuery(assessmentsQuery(planId, { ...settings, method: 'time-progress' }));
  if (pathname === '/indicators')
    void client.prefetchQuery(
      observationsQuery(planId, { region: settings.region, illustrative: settings.illustrative }),
    );
}

/**
 * The first page's reads, from main.tsx before React renders: the plan's (above), then as soon
 * as the plan's summary (and while the plan runs, its newest figure's day) is in, the view's —
 * the settings worked out as `useSettings` and `useDefaultAsOf` work them out, so the pages
 * find the same queries. Nothing is started that they would not ask for; a read that fails
 * here is left to the page, which asks again.
 */
export async function prefetchFirstPage(
  client: QueryClient,
  { pathname, search, today }: { pathname: string; search: string; today: string },
) {
  const params = new URLSearchParams(search);
  const planId = planIdFrom(params);
  prefetchPlanData(client, pathname, planId);
  if (pathname !== '/' && pathname !== '/indicators') return;
  try {
    const plan = await client.fetchQuery(planQuery(planId));
    // The URL's region when it names a well-formed one ('' otherwise), as the settings read it.
    const asked = settingsFrom(params, { asOf: today, region: '' });
    let asOf = params.get('asOf');
    if (!isIsoDay(asOf)) {
      const period = planDays(plan.period);
      const region = asked.region || plan.subjectRegion;
      const latestDataDate =
        today <= period.end
          ? await client.fetchQuery(
              latestDataDayQuery(planId, { period, region, illustrative: asked.illustrative }),
            )
          : null;
      asOf = defaultAsOf({ plan: period, latestDataDate, today }).asOf;
    }
    prefetchViewData(
      client,
      pathname,
      planId,
      settingsFrom(params, { asOf, region: plan.subjectRegion }),
    );
  } catch {
    // The page reads again and shows what went wrong.
  }
}
