import { PLAN_SOURCE } from '@plan/observations';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { AssessmentRun } from '../assessment/runAssessment.js';

/** One source of the figures a report used. */
export type SourceSummary = {
  source: string;
  illustrative: boolean;
  observations: number;
  indicators: number;
  firstTime: string;
  lastTime: string;
};

/** How old the latest figure of each indicator is on the as-of date. */
export type DataAge = {
  /** Indicators by the year of their latest figure (`null`: none), and how many of those figures are illustrative. */
  byLatestYear: { year: number | null; indicators: number; illustrative: number }[];
  /** Mean age in years of the latest figures, over indicators that have one. */
  meanAgeYears: number | null;
  noData: string[];
};

/**
 * Where the figures came from (per source, the plan's own 2020 values left
 * out since every table prints them) and how recent they are.
 */
export function dataSources(run: AssessmentRun): { sources: SourceSummary[]; age: DataAge } {
  const bySource = new Map<string, { rows: typeof run.used; indicators: Set<string> }>();
  for (const observation of run.used) {
    if (observation.source === PLAN_SOURCE) continue;
    const entry = bySource.get(observation.source) ?? { rows: [], indicators: new Set<string>() };
    entry.rows.push(observation);
    entry.indicators.add(observation.indicatorId);
    bySource.set(observation.source, entry);
  }
  const sources = [...bySource.entries()]
    .map(([source, entry]): SourceSummary => {
      const days = entry.rows.map((row) => row.day).sort();
      const times = entry.rows.map((row) => row.time).sort();
      return {
        source,
        illustrative: entry.rows.some((row) => row.illustrative),
        observations: entry.rows.length,
        indicators: entry.indicators.size,
        firstTime: times[0] ?? days[0] ?? '',
        lastTime: times.at(-1) ?? '',
      };
    })
    .sort(
      (a, b) => Number(a.illustrative) - Number(b.illustrative) || b.observations - a.observations,
    );

  const counts = new Map<number | null, { indicators: number; illustrative: number }>();
  const ages: number[] = [];
  const noData: string[] = [];
  for (const entry of run.provenance) {
    const latest = entry.latest;
    const year = latest ? Number(latest.day.slice(0, 4)) : null;
    const count = counts.get(year) ?? { indicators: 0, illustrative: 0 };
    count.indicators++;
    if (latest?.illustrative) count.illustrative++;
    counts.set(year, count);
    if (latest)
      ages.push(differenceInCalendarDays(parseISO(run.asOf), parseISO(latest.day)) / 365.25);
    else noData.push(entry.indicatorId);
  }
  const byLatestYear = [...counts.entries()]
    .map(([year, count]) => ({ year, ...count }))
    .sort((a, b) => (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY));
  return {
    sources,
    age: {
      byLatestYear,
      meanAgeYears: ages.length > 0 ? ages.reduce((sum, age) => sum + age, 0) / ages.length : null,
      noData,
    },
  };
}
