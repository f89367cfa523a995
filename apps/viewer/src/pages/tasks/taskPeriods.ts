import { reportingPeriods } from '@plan/scoring';
import type { ReportingCycle } from '../../api/tracking.js';
import type { PlanSummary } from '../../api/types.js';

/**
 * The periods a report may be for: those of the plan's period that have begun by the as-of
 * date (the plan's first one before it begins), oldest first; and the one to offer first —
 * the period the API says is due next, else the latest that has ended, else the latest.
 */
export function taskPeriods(
  plan: Pick<PlanSummary, 'period'>,
  cycle: ReportingCycle,
  asOf: string,
  due: string | null | undefined,
): { periods: { id: string; start: string; end: string }[]; preferred: string | undefined } {
  const start = `${plan.period.start}-01-01`;
  const end = `${plan.period.end}-12-31`;
  const until = asOf < start ? start : asOf > end ? end : asOf;
  const periods = reportingPeriods(cycle, start, until);
  const ended = periods.filter((period) => period.end < asOf);
  const preferred =
    (due && periods.some((period) => period.id === due) ? due : undefined) ??
    ended.at(-1)?.id ??
    periods.at(-1)?.id;
  return { periods, preferred };
}
