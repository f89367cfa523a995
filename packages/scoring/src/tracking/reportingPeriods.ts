import { addDays, formatISO, parseISO } from 'date-fns';
import { IsoDate } from '../schema/series.js';
import { ScoringInputError } from '../scoringInputError.js';
import { type DuePeriod, ReportingCycle, type ReportingPeriod } from './schema.js';

/** Months per period of each cycle. */
const MONTHS: Record<ReportingCycle, number> = { year: 12, half: 6, quarter: 3 };

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1-12) of a year, ISO. */
function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function periodOf(cycle: ReportingCycle, year: number, index: number): ReportingPeriod {
  const months = MONTHS[cycle];
  const firstMonth = index * months + 1;
  const lastMonth = firstMonth + months - 1;
  const id =
    cycle === 'year'
      ? `${year}`
      : cycle === 'half'
        ? `${year}-H${index + 1}`
        : `${year}-Q${index + 1}`;
  return { id, start: `${year}-${pad(firstMonth)}-01`, end: monthEnd(year, lastMonth) };
}

function check(cycle: unknown, dates: Record<string, unknown>) {
  const parsed = ReportingCycle.safeParse(cycle);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'cycle');
  for (const [name, date] of Object.entries(dates)) {
    const ok = IsoDate.safeParse(date);
    if (!ok.success) throw ScoringInputError.fromZod(ok.error, name);
  }
  return parsed.data;
}

/**
 * The reporting periods of a cycle that overlap `from`–`to` (ISO dates), in order: `2024`,
 * `2024-H1`/`2024-H2`, `2024-Q1`…`2024-Q4`, each with its first and last day.
 *
 * @example
 *   reportingPeriods('half', '2024-03-01', '2024-12-31').map((p) => p.id); // ['2024-H1', '2024-H2']
 */
export function reportingPeriods(
  cycle: ReportingCycle,
  from: string,
  to: string,
): ReportingPeriod[] {
  const c = check(cycle, { from, to });
  const start = from.slice(0, 10);
  const end = to.slice(0, 10);
  const periods: ReportingPeriod[] = [];
  const perYear = 12 / MONTHS[c];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
    for (let index = 0; index < perYear; index++) {
      const period = periodOf(c, year, index);
      if (period.end >= start && period.start <= end) periods.push(period);
    }
  }
  return periods;
}

/**
 * The latest period of the plan (`periodStart`–`periodEnd`) whose report is due by `asOf`: its
 * end plus `graceDays` (30 by default: a 2024 report is due by 30 January 2025) on or before
 * `asOf`. Null before the first is due. Once the plan's period is over, its last period stays the
 * one due.
 *
 * @example
 *   lastDuePeriod('year', '2026-12-02', { periodStart: '2021-01-01', periodEnd: '2025-12-31' });
 *   // { id: '2025', start: '2025-01-01', end: '2025-12-31', dueBy: '2026-01-30' }
 */
export function lastDuePeriod(
  cycle: ReportingCycle,
  asOf: string,
  o: { periodStart: string; periodEnd: string; graceDays?: number },
): DuePeriod | null {
  check(cycle, { asOf, periodStart: o.periodStart, periodEnd: o.periodEnd });
  const grace = o.graceDays ?? 30;
  if (!Number.isInteger(grace) || grace < 0) {
    throw new ScoringInputError([
      { path: ['options', 'graceDays'], message: 'graceDays must be a whole number ≥ 0' },
    ]);
  }
  const day = asOf.slice(0, 10);
  let due: DuePeriod | null = null;
  for (const period of reportingPeriods(cycle, o.periodStart, o.periodEnd)) {
    const dueBy = formatISO(addDays(parseISO(period.end), grace), { representation: 'date' });
    if (dueBy <= day) due = { ...period, dueBy };
  }
  return due;
}
