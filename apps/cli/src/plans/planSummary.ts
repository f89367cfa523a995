import type { Plan } from '@plan/indicators';

/** What `plan validate` and `plan plans add` say about a plan file they read: its id, title, period and sizes. */
export function planSummary(plan: Readonly<Plan>) {
  return {
    id: plan.id,
    title: plan.title,
    period: plan.period,
    tables: plan.tables.length,
    indicators: plan.indicators.length,
    regions: plan.regions.length,
  };
}

/** The summary in one line: `fixture-plan (测试用规划), 2026–2030: 2 table(s), 6 indicator(s), 5 region(s)`. */
export function planSummaryText(summary: ReturnType<typeof planSummary>): string {
  return (
    `${summary.id} (${summary.title.zh}), ${summary.period.start}–${summary.period.end}: ` +
    `${summary.tables} table(s), ${summary.indicators} indicator(s), ${summary.regions} region(s)`
  );
}
