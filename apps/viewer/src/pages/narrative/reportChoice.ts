import { type ReportKind, reportKinds } from '@plan/scoring';

/** Which report's sections the page edits: its kind and period (`YYYY`, `midterm` or `final`). */
export type ReportChoice = { kind: ReportKind; period: string };

const isKind = (text: string | null): text is ReportKind =>
  text !== null && (reportKinds as readonly string[]).includes(text);

/** The years of a plan period, first to last. */
export function planYears(period: { start: number; end: number }): number[] {
  return Array.from({ length: period.end - period.start + 1 }, (_, i) => period.start + i);
}

/**
 * The report a URL names (`?kind=annual&year=2024`, `?kind=midterm`), or the default one: the
 * final evaluation once the plan period is over; else the annual report of the last year that
 * has ended (the plan's first year while none has).
 */
export function reportChoiceFrom(
  params: URLSearchParams,
  plan: { period: { start: number; end: number } },
  today: string,
): ReportChoice {
  const { start, end } = plan.period;
  const kind = params.get('kind');
  if (isKind(kind) && kind !== 'annual') return { kind, period: kind };
  const year = Number(params.get('year'));
  if (kind === 'annual' && Number.isInteger(year) && year >= start && year <= end)
    return { kind, period: String(year) };
  const thisYear = Number(today.slice(0, 4));
  if (kind !== 'annual' && thisYear > end) return { kind: 'final', period: 'final' };
  return { kind: 'annual', period: String(Math.min(Math.max(thisYear - 1, start), end)) };
}

/** The search parameters that name a report. */
export function reportChoiceParams(choice: ReportChoice): Record<string, string> {
  return choice.kind === 'annual' ? { kind: 'annual', year: choice.period } : { kind: choice.kind };
}
