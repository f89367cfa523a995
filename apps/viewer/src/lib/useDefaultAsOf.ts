import { useQuery } from '@tanstack/react-query';
import { getJson, withQuery } from '../api/client.js';
import { apiPath, usePlanId } from '../api/planScope.js';
import { usePlan } from '../api/queries.js';
import type { ObservationList } from '../api/types.js';
import { type DefaultAsOf, defaultAsOf } from './defaultAsOf.js';
import { planEndDate } from './planPeriod.js';

const TODAY = {
  zh: '未能读取最新数据的日期：默认按今天评估',
  en: 'The latest data’s date could not be read: judged as of today',
};

/**
 * The as-of date a page judges by when the URL names none (see `defaultAsOf`), once the plan
 * and — while the plan runs — the date of its newest approved figure inside the period are
 * known; undefined until then. The figure is read as the reader sees them (with or without
 * the illustrative ones), one row, newest first. Its key sits under the observations', so a
 * write (which invalidates those) reads it again.
 */
export function useDefaultAsOf(today: string, illustrative: boolean): DefaultAsOf | undefined {
  const planId = usePlanId();
  const plan = usePlan().data;
  const period = plan ? { start: `${plan.period.start}-01-01`, end: planEndDate(plan) } : undefined;
  // After the plan's end the rule needs no data.
  const needsData = period !== undefined && today <= period.end;
  const latest = useQuery({
    queryKey: ['observations', planId, { newest: true, illustrative }] as const,
    queryFn: async ({ signal }) => {
      const answer = await getJson<ObservationList>(
        withQuery(apiPath(planId, '/observations'), {
          sort: '-date',
          limit: '1',
          from: period?.start,
          to: period?.end,
          approval: 'approved',
          includeIllustrative: illustrative ? 'true' : undefined,
        }),
        signal,
      );
      return answer.items[0]?.date ?? null;
    },
    enabled: needsData,
    staleTime: 60_000,
    // Switching illustrative figures on or off keeps the page while the date is read again.
    placeholderData: (previous) => previous,
  });
  if (!period) return undefined;
  if (!needsData) return defaultAsOf({ plan: period, latestDataDate: null, today });
  if (latest.isPending) return undefined;
  // A failed read must not keep every page waiting: then today, as before the rule.
  if (latest.isError) return { asOf: today, rule: 'today', explanation: TODAY };
  return defaultAsOf({ plan: period, latestDataDate: latest.data, today });
}
