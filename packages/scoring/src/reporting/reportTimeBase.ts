import { assertCalendarDay, yearOf, zhDay } from './_lib/dates.js';
import { type ReportKind, reportKindLabels, reportKinds } from './reportKinds.js';

/** The period a report covers and the day it judges. */
export type ReportTimeBase = {
  kind: ReportKind;
  /** `YYYY` for an annual report, else the kind's own name (`midterm`, `final`). */
  period: string;
  /** The first day the report covers. */
  from: string;
  /** The day the report judges (its as-of day). */
  asOf: string;
  /** The report's title line, e.g. 2024年度监测 / 中期评估（截至2023年12月31日）. */
  label: { zh: string; en: string };
};

/** A plan period by its first and last day, e.g. `{ start: '2021-01-01', end: '2025-12-31' }`. */
export type PlanDays = { start: string; end: string };

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/**
 * The period a report covers and the day it judges.
 *
 * - `annual` with period `'YYYY'`: that calendar year, clipped to the plan period
 *   (`2024` → 2024-01-01 … 2024-12-31).
 * - `midterm`: from the plan's start to the end of its midpoint year, the year
 *   `first + floor((last − first) / 2)`: 2023 for 2021–2025 (three of five years
 *   judged, as the national 14th FYP mid-term evaluation did in 2023), 2023 for 2021–2026.
 *   A one-year plan's midpoint is its only year.
 * - `final`: the whole plan period, judged on its last day.
 *
 * `period` may be left out for `midterm` and `final` or given as the kind's name.
 *
 * @param plan the plan period's first and last day (`YYYY-MM-DD`)
 * @throws RangeError naming a bad kind, plan period or report period
 * @example
 *   reportTimeBase('midterm', { start: '2021-01-01', end: '2025-12-31' }).asOf; // '2023-12-31'
 */
export function reportTimeBase(kind: ReportKind, plan: PlanDays, period?: string): ReportTimeBase {
  if (!(reportKinds as readonly string[]).includes(kind)) {
    throw new RangeError(
      `kind: expected one of ${reportKinds.join(', ')}, got ${JSON.stringify(kind)}`,
    );
  }
  assertCalendarDay(plan?.start, 'plan.start');
  assertCalendarDay(plan?.end, 'plan.end');
  if (plan.start > plan.end) {
    throw new RangeError(`plan: the start ${plan.start} is after the end ${plan.end}`);
  }
  const first = yearOf(plan.start);
  const last = yearOf(plan.end);
  const kindLabel = reportKindLabels[kind];

  if (kind === 'annual') {
    if (period === undefined || !/^\d{4}$/.test(period)) {
      throw new RangeError(
        `period: an annual report needs its year as YYYY (${first}–${last}), got ${JSON.stringify(period)}`,
      );
    }
    const year = Number(period);
    if (year < first || year > last) {
      throw new RangeError(`period: ${period} is outside the plan period ${first}–${last}`);
    }
    return {
      kind,
      period,
      from: max(`${period}-01-01`, plan.start),
      asOf: min(`${period}-12-31`, plan.end),
      label: { zh: `${period}年度监测`, en: `${kindLabel.en} ${period}` },
    };
  }

  if (period !== undefined && period !== kind) {
    throw new RangeError(
      `period: a ${kind} report's period is ${JSON.stringify(kind)} or left out, got ${JSON.stringify(period)}`,
    );
  }
  const asOf =
    kind === 'final' ? plan.end : min(`${first + Math.floor((last - first) / 2)}-12-31`, plan.end);
  return {
    kind,
    period: kind,
    from: plan.start,
    asOf,
    label: {
      zh: `${kindLabel.zh}（截至${zhDay(asOf)}）`,
      en: `${kindLabel.en} (as of ${asOf})`,
    },
  };
}

/**
 * A plan's period in days from its years: `{ start: 2021, end: 2025 }` → 2021-01-01 … 2025-12-31
 * (the `period` of a @plan/indicators plan).
 */
export function planDays(period: { start: number; end: number }): PlanDays {
  const year = (y: number) => String(y).padStart(4, '0');
  return { start: `${year(period.start)}-01-01`, end: `${year(period.end)}-12-31` };
}
