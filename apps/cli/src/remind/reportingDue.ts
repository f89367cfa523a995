import { lastDuePeriod, reportingPeriods } from '@plan/scoring';
import { addDays, formatISO, parseISO } from 'date-fns';

/** Days after a period's end its report is due: trackPlan's default, which the API uses too. */
const GRACE_DAYS = 30;

export type DueReport = { id: string; start: string; end: string; dueBy: string };

/**
 * The reporting periods a reminder names: the last one whose report is due
 * by the as-of date, and the next one still to come, within the plan's period.
 */
export function reportingDue(
  cycle: 'year' | 'half' | 'quarter',
  asOf: string,
  period: { start: number; end: number },
): { last: DueReport | null; next: DueReport | null } {
  const periodStart = `${period.start}-01-01`;
  const periodEnd = `${period.end}-12-31`;
  const last = lastDuePeriod(cycle, asOf, { periodStart, periodEnd, graceDays: GRACE_DAYS });
  const next =
    reportingPeriods(cycle, periodStart, periodEnd)
      .map((each) => ({
        ...each,
        dueBy: formatISO(addDays(parseISO(each.end), GRACE_DAYS), { representation: 'date' }),
      }))
      .find((each) => each.dueBy > asOf) ?? null;
  return {
    last: last ? { id: last.id, start: last.start, end: last.end, dueBy: last.dueBy } : null,
    next,
  };
}
