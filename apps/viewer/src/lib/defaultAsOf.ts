/**
 * Which rule chose the as-of date a page opened without one judges by:
 * `latest-data` the latest date with data inside the plan period; `plan-end` the plan has ended
 * (the final-evaluation view); `today` data dated after today are not judged yet; `plan-start`
 * no data inside the period.
 */
export type DefaultAsOfRule = 'latest-data' | 'plan-end' | 'today' | 'plan-start';

export type DefaultAsOf = {
  asOf: string;
  rule: DefaultAsOfRule;
  explanation: { zh: string; en: string };
};

const EXPLANATIONS: Record<DefaultAsOfRule, { zh: string; en: string }> = {
  'latest-data': {
    zh: '默认按规划期内最新数据的日期评估',
    en: 'By default judged as of the latest date with data in the plan period',
  },
  'plan-end': {
    zh: '规划期已结束：默认按规划期末评估（总结评估）',
    en: 'The plan has ended: by default judged as of its end (final evaluation)',
  },
  today: {
    zh: '默认按今天评估：最新数据的日期尚未到来',
    en: 'By default judged as of today: the latest data are dated later',
  },
  'plan-start': {
    zh: '规划期内尚无数据：默认按规划期初评估',
    en: 'No data in the plan period yet: by default judged as of its start',
  },
};

/**
 * The as-of day to judge when the reader gave none: the latest date with data inside the plan
 * period, or the plan's end once today is after it (the final evaluation); never after today;
 * the plan's start when there is no data. The same rule as @plan/scoring's `defaultAsOf`
 * (issue 16 point 4), kept here until the API reports the day it chose.
 *
 * @example
 *   defaultAsOf({ plan: { start: '2021-01-01', end: '2025-12-31' }, latestDataDate: '2023-12-31', today: '2024-06-30' })
 *   // → { asOf: '2023-12-31', rule: 'latest-data', … }
 */
export function defaultAsOf(o: {
  plan: { start: string; end: string };
  latestDataDate: string | null;
  today: string;
}): DefaultAsOf {
  const { plan, today } = o;
  const chosen = (asOf: string, rule: DefaultAsOfRule): DefaultAsOf => ({
    asOf,
    rule,
    explanation: EXPLANATIONS[rule],
  });
  if (today > plan.end) return chosen(plan.end, 'plan-end');
  const latest = o.latestDataDate?.slice(0, 10) ?? null;
  const inPeriod = latest !== null && latest >= plan.start && latest <= plan.end ? latest : null;
  if (inPeriod === null)
    return today < plan.start ? chosen(today, 'today') : chosen(plan.start, 'plan-start');
  return inPeriod > today ? chosen(today, 'today') : chosen(inPeriod, 'latest-data');
}
