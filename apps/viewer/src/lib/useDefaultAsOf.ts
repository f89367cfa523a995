import { type DefaultAsOf, defaultAsOf, planDays } from '@plan/scoring';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, withQuery } from '../api/client.js';
import { apiPath, type PlanId, usePlanId } from '../api/planScope.js';
import { usePlan } from '../api/queries.js';
import type { ObservationList } from '../api/types.js';

const FAILED = {
  zh: '未能读取最新数据的日期：按今天评估。',
  en: 'The latest data’s date could not be read: judged as of today.',
};

/**
 * The as-of date a page judges by when the URL names none: @plan/scoring's `defaultAsOf`
 * (the latest date with data inside the plan period; the plan's end once it is over; never
 * after today; its start without data), on the figures the API's default would judge — the
 * region's approved ones, illustrative ones when shown — so the viewer and the API agree.
 * Undefined until the plan and, while the plan runs, the newest such figure are read (one row,
 * newest first, see `latestDataDayQuery`).
 */
export function useDefaultAsOf(o: {
  today: string;
  region: string | undefined;
  illustrative: boolean;
}): DefaultAsOf | undefined {
  const { today, illustrative } = o;
  const planId = usePlanId();
  const plan = usePlan().data;
  const region = o.region ?? plan?.subjectRegion;
  const period = plan ? planDays(plan.period) : undefined;
  // After the plan's end the rule needs no data.
  const needsData = period !== undefined && today <= period.end;
  const latest = useQuery({
    ...latestDataDayQuery(planId, { period, region, illustrative }),
    enabled: needsData,
    // Switching the region or the illustrative figures keeps the page while the date is read again.
    placeholderData: (previous) => previous,
  });
  if (!period) return undefined;
  if (!needsData) return defaultAsOf({ plan: period, latestDataDate: null, today });
  if (latest.isPending) return undefined;
  // A failed read must not keep every page waiting.
  if (latest.isError) return { asOf: today, rule: 'today', explanation: FAILED };
  return defaultAsOf({ plan: period, latestDataDate: latest.data, today });
}

/**
 * The day of the newest figure inside the plan period the default as-of date is chosen by
 * (one row, newest first), or null without one. Its key sits under the observations', so a
 * write reads it again.
 */
export function latestDataDayQuery(
  planId: PlanId,
  {
    period,
    region,
    illustrative,
  }: {
    period: { start: string; end: string } | undefined;
    region: string | undefined;
    illustrative: boolean;
  },
) {
  return queryOptions({
    queryKey: ['observations', planId, { newest: true, region, illustrative }] as const,
    queryFn: async ({ signal }) => {
      const answer = await getJson<ObservationList>(
        withQuery(apiPath(planId, '/observations'), {
          sort: '-date',
          limit: 1,
          from: period?.start,
          to: period?.end,
          region,
          approval: 'approved',
          includeIllustrative: illustrative ? 'true' : undefined,
        }),
        signal,
      );
      return answer.items[0]?.date.slice(0, 10) ?? null;
    },
    staleTime: 60_000,
  });
}
