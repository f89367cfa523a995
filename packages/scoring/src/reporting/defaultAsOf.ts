import { assertCalendarDay, zhDay } from './_lib/dates.js';
import type { PlanDays } from './reportTimeBase.js';

/** Which rule chose the as-of day. */
export type DefaultAsOfRule = 'latest-data' | 'plan-end' | 'today' | 'plan-start';

/** The as-of day chosen when the user gave none, the rule that chose it and why, in both languages. */
export type DefaultAsOf = {
  asOf: string;
  rule: DefaultAsOfRule;
  explanation: { zh: string; en: string };
};

/**
 * The as-of day to judge when the user gave none, so a page opened without a date
 * judges the figures it has rather than today's calendar:
 *
 * 1. `plan-end`: today is after the plan's last day → its last day (the final evaluation);
 * 2. `latest-data`: the latest day with data inside the plan period, when it is not after today;
 * 3. `today`: the data is dated after today (never judge a day still to come), or the plan has
 *    not started yet;
 * 4. `plan-start`: there is no data inside the plan period → the plan's first day.
 *
 * Never after today. `latestDataDate` is the latest observation day the caller found inside
 * the plan period; a day outside it counts as no data.
 *
 * @throws RangeError naming a field that is not a `YYYY-MM-DD` day, or a plan period that ends
 *   before it starts
 * @example
 *   defaultAsOf({ plan: { start: '2021-01-01', end: '2025-12-31' }, latestDataDate: '2023-12-31', today: '2024-05-06' });
 *   // { asOf: '2023-12-31', rule: 'latest-data', … }
 */
export function defaultAsOf(o: {
  plan: PlanDays;
  latestDataDate: string | null;
  today: string;
}): DefaultAsOf {
  const { plan, latestDataDate, today } = o;
  assertCalendarDay(plan?.start, 'plan.start');
  assertCalendarDay(plan?.end, 'plan.end');
  if (plan.start > plan.end) {
    throw new RangeError(`plan: the start ${plan.start} is after the end ${plan.end}`);
  }
  if (latestDataDate !== null) assertCalendarDay(latestDataDate, 'latestDataDate');
  assertCalendarDay(today, 'today');

  if (today > plan.end) {
    return {
      asOf: plan.end,
      rule: 'plan-end',
      explanation: {
        zh: `未指定评估日期：规划期已于${zhDay(plan.end)}结束，按规划期末进行总结评估。`,
        en: `No as-of date given: the plan period ended on ${plan.end}, so it is judged as of its end (final evaluation).`,
      },
    };
  }
  const inPeriod =
    latestDataDate !== null && latestDataDate >= plan.start && latestDataDate <= plan.end;
  if (inPeriod && latestDataDate <= today) {
    return {
      asOf: latestDataDate,
      rule: 'latest-data',
      explanation: {
        zh: `未指定评估日期：按规划期内最新数据日期${zhDay(latestDataDate)}评估。`,
        en: `No as-of date given: judged as of ${latestDataDate}, the latest date with data inside the plan period.`,
      },
    };
  }
  if (inPeriod) {
    return {
      asOf: today,
      rule: 'today',
      explanation: {
        zh: `未指定评估日期：最新数据日期${zhDay(latestDataDate)}晚于今天，按今天（${zhDay(today)}）评估。`,
        en: `No as-of date given: the latest data is dated ${latestDataDate}, after today, so it is judged as of today (${today}).`,
      },
    };
  }
  if (today < plan.start) {
    return {
      asOf: today,
      rule: 'today',
      explanation: {
        zh: `未指定评估日期：规划期尚未开始（${zhDay(plan.start)}起），按今天（${zhDay(today)}）评估。`,
        en: `No as-of date given: the plan period has not started yet (it starts on ${plan.start}), so it is judged as of today (${today}).`,
      },
    };
  }
  return {
    asOf: plan.start,
    rule: 'plan-start',
    explanation: {
      zh: `未指定评估日期：规划期内尚无数据，按规划期起始日${zhDay(plan.start)}评估。`,
      en: `No as-of date given: there is no data inside the plan period yet, so it is judged as of its first day (${plan.start}).`,
    },
  };
}
