import type { Category, Indicator, Plan, PlanValue } from '@plan/indicators';
import type { IndicatorAssessment, Method } from '@plan/scoring';
import { formatNumber } from '../_lib/formatNumbers.js';
import type { Lang } from '../_lib/localize.js';
import { formatObservedValue } from './formatObservedValue.js';
import type { AssessmentRun, Provenance } from './runAssessment.js';

/** 完成进度 and 时序进度 of one quantity (a whole indicator, or one part of a split one). */
export type ProgressFigures = {
  part: { zh: string; en: string } | null;
  completion: number | null;
  timeProgress: number | null;
};

/** One indicator in one region, with every method's assessment and the figures a table shows. */
export type IndicatorRow = {
  indicator: Indicator;
  /** The names of its categories from the top of its table down (竞技体育 › 队伍建设 › 运动员). */
  categories: { zh: string; en: string }[];
  region: string;
  provenance: Provenance;
  /** One per method of the run, in its order. */
  assessments: { method: Method; assessment: IndicatorAssessment }[];
  /** The time-progress assessment when it was run, else the first. */
  primary: IndicatorAssessment;
  /** Plan values as printed (verbatim), or for a district its first observation. */
  baselineText: string;
  targetText: string;
  latestText: string | null;
  latestTime: string | null;
  /** From the time-progress method; empty when it was not run. */
  progress: ProgressFigures[];
};

/** A plan cell as printed; a blank, "—" or "-" cell (no value) shows as "—". */
export const printed = (value: PlanValue | undefined): string =>
  !value || value.kind === 'absent' ? '—' : value.printed.trim();

/**
 * Lines up the assessments of a run by indicator and region, in the plan's
 * order, with the printed plan values and the latest observed value.
 */
export function indicatorRows(
  plan: Readonly<Plan>,
  run: AssessmentRun,
  lang: Lang,
): IndicatorRow[] {
  const byKey = new Map<string, { method: Method; assessment: IndicatorAssessment }[]>();
  for (const { method, assessment } of run.results) {
    for (const item of assessment.indicators) {
      const key = `${item.indicatorId}\u0000${item.region}`;
      const list = byKey.get(key);
      if (list) list.push({ method, assessment: item });
      else byKey.set(key, [{ method, assessment: item }]);
    }
  }
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const categories = categoryNames(plan);
  return run.provenance.map((provenance): IndicatorRow => {
    const indicator = indicators.get(provenance.indicatorId) as Indicator;
    const assessments = byKey.get(`${provenance.indicatorId}\u0000${provenance.region}`) ?? [];
    const primary = (assessments.find((item) => item.method === 'time-progress') ?? assessments[0])
      ?.assessment as IndicatorAssessment;
    const pair =
      provenance.region === plan.benchmarkRegion
        ? indicator.values.benchmark
        : indicator.values.subject;
    const isPlanRegion =
      provenance.region === plan.subjectRegion || provenance.region === plan.benchmarkRegion;
    const timeProgress = assessments.find((item) => item.method === 'time-progress')?.assessment;
    return {
      indicator,
      categories: indicator.categoryPath.map(
        (id) => categories.get(`${indicator.table}/${id}`) ?? { zh: id, en: id },
      ),
      region: provenance.region,
      provenance,
      assessments,
      primary,
      baselineText: isPlanRegion ? printed(pair.baseline) : observedBaseline(primary),
      targetText: printed(pair.target),
      latestText: provenance.latest
        ? formatObservedValue(provenance.latest.value, indicator, lang)
        : null,
      latestTime: provenance.latest?.time ?? null,
      progress: timeProgress ? progressOf(timeProgress) : [],
    };
  });
}

/** Every category's name by "table/category id". */
function categoryNames(plan: Readonly<Plan>): Map<string, { zh: string; en: string }> {
  const names = new Map<string, { zh: string; en: string }>();
  const walk = (table: string, categories: readonly Category[]) => {
    for (const category of categories) {
      names.set(`${table}/${category.id}`, category.name);
      walk(table, category.children);
    }
  };
  for (const table of plan.tables) walk(table.id, table.categories);
  return names;
}

/** A district's base: the plan prints none, so its first observation, with its time. */
function observedBaseline(assessment: IndicatorAssessment | undefined): string {
  const bases = (assessment?.quantities ?? [])
    .map((quantity) => quantity.baseline)
    .filter((base) => base !== null);
  if (bases.length === 0) return '—';
  return bases.map((base) => `${formatNumber(base.value, 4)} (${base.time})`).join(' / ');
}

function progressOf(assessment: IndicatorAssessment): ProgressFigures[] {
  return assessment.quantities.map((quantity) => {
    const result = quantity.result;
    // Without data after the base there is no progress to show, not a progress of 0.
    const components =
      result?.method === 'time-progress' && !assessment.missing ? result.components : null;
    return {
      part: quantity.partLabel,
      completion: components?.completionProgress ?? null,
      timeProgress: components?.timeProgress ?? null,
    };
  });
}
