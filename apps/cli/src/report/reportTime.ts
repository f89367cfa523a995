import { planDays, type ReportKind, type ReportTimeBase, reportTimeBase } from '@plan/scoring';

/** The report's kind and time base, and the day it judges. */
type ReportTime = {
  timeBase: ReportTimeBase;
  /** The as-of day: the one given, else the time base's (never after today). */
  asOf: string;
  /** Said when the as-of day given is not the kind's own (the report judges the day given). */
  note?: string;
};

/** The kind a period names: a year is annual, `midterm` and `final` are themselves. */
const kindOfPeriod = (period: string): ReportKind =>
  period === 'midterm' || period === 'final' ? period : 'annual';

/**
 * Which report to write: `kind` as given, else the one the period names, else
 * the final evaluation once the plan has ended on the as-of day (or today,
 * when none is given) and the annual monitoring report of that year before.
 * An annual report's year defaults to the as-of day's (or today's), inside the
 * plan period. The as-of day is the one given, else the time base's day but
 * never after today.
 *
 * @throws RangeError naming a bad kind or period (from reportTimeBase)
 */
export function reportTime(o: {
  plan: { start: number; end: number };
  kind?: ReportKind | undefined;
  period?: string | undefined;
  asOf?: string | undefined;
  today: string;
}): ReportTime {
  const days = planDays(o.plan);
  const day = o.asOf ?? o.today;
  const kind = o.kind ?? (o.period ? kindOfPeriod(o.period) : day >= days.end ? 'final' : 'annual');
  const year = Math.min(o.plan.end, Math.max(o.plan.start, Number(day.slice(0, 4))));
  const period = o.period ?? (kind === 'annual' ? String(year) : kind);
  const timeBase = reportTimeBase(kind, days, period);
  if (o.asOf === undefined) return { timeBase, asOf: [timeBase.asOf, o.today].sort()[0] as string };
  return {
    timeBase,
    asOf: o.asOf,
    ...(o.asOf === timeBase.asOf
      ? {}
      : {
          note: `--as-of ${o.asOf} is not the day the ${kind} report (${period}) judges, ${timeBase.asOf}: the report judges ${o.asOf}`,
        }),
  };
}
