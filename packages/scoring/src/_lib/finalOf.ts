import type { Indicator, Plan } from '@plan/indicators';
import { assessChecked } from '../assessIndicator.js';
import type {
  FinalEvaluation,
  FinalIndicatorEvaluation,
  FinalQuantity,
  FinalVerdict,
} from '../schema/finalEvaluation.js';
import type { IndicatorAssessment, QuantityAssessment } from '../schema/indicatorAssessment.js';
import type { Observation } from '../schema/observation.js';
import type { IndicatorOptions } from './assessQuantity.js';
import type { Text } from './indicatorSpecs.js';
import { fmt, pct, round } from './numbers.js';
import { aimOf, CMP, DEFAULT_ABOUT_SHARE, meets } from './target.js';
import { isoDecimalYearCached, yearEndIso } from './time.js';

/** The last day of a plan: 31 December of the end of its period. */
export function planEndDate(plan: Pick<Plan, 'period'>): string {
  return yearEndIso(plan.period.end);
}

/**
 * Whether the plan period is over on an as-of date: on its last day or after (a date-time
 * counts by its day). The last day counts because the final evaluation (总结评估) judges each
 * target by the last value on or before that day, which is all there is by then; a report
 * "as of 2025-12-31" is the final one.
 */
export function isPlanOver(plan: Pick<Plan, 'period'>, asOf: string): boolean {
  return asOf.slice(0, 10) >= planEndDate(plan);
}

/** The decimal year of a series time: `2025` is the end of 2025, as everywhere in the package. */
function yearOf(time: string): number {
  return /^\d{4}$/.test(time) ? Number(time) : isoDecimalYearCached(time);
}

type Target = NonNullable<QuantityAssessment['target']>;

function holds(value: number, target: Target, direction: QuantityAssessment['direction']): boolean {
  const cmp = CMP[target.comparator];
  const tolerance = Math.abs(target.value) * DEFAULT_ABOUT_SHARE;
  return meets(
    value,
    cmp,
    target.value,
    target.upper ?? target.value,
    tolerance,
    direction === 'increase' ? 1 : -1,
  );
}

/** Value − target; for a range, from its nearer end and 0 inside it. */
function differenceOf(value: number, target: Target): number | null {
  if (target.comparator === 'between' && target.upper !== null) {
    if (value < target.value) return round(value - target.value);
    if (value > target.upper) return round(value - target.upper);
    return 0;
  }
  return round(value - target.value);
}

function quantityAtEnd(
  end: QuantityAssessment,
  now: QuantityAssessment | undefined,
  endYear: number,
): FinalQuantity {
  const baseline = end.baseline ? { time: end.baseline.time, value: end.baseline.value } : null;
  // The plan's own baseline is not a value of the period: with nothing after it, there is no data.
  const latest = end.latest;
  const atEnd =
    latest && !(end.baseline?.from === 'plan' && latest.time === end.baseline.time) ? latest : null;
  const target = end.target;
  const d = end.direction === 'increase' ? 1 : -1;
  let verdict: FinalVerdict = 'no_target';
  let difference: number | null = null;
  let shareOfWay: number | null = null;
  if (target) {
    verdict =
      atEnd === null ? 'no_data' : holds(atEnd.value, target, end.direction) ? 'met' : 'missed';
    if (atEnd) {
      difference = differenceOf(atEnd.value, target);
      const aim = aimOf(CMP[target.comparator], target.value, target.upper ?? target.value, d);
      shareOfWay =
        baseline && aim !== baseline.value
          ? round((atEnd.value - baseline.value) / (aim - baseline.value))
          : null;
    }
  }
  const later = now?.latest;
  const afterDeadline =
    later && yearOf(later.time) > endYear
      ? {
          time: later.time,
          value: later.value,
          met: target ? holds(later.value, target, end.direction) : false,
        }
      : null;
  return {
    part: end.part,
    partLabel: end.partLabel,
    direction: end.direction,
    baseline,
    target: target
      ? {
          value: target.value,
          upper: target.upper,
          comparator: target.comparator,
          printed: target.printed,
        }
      : null,
    atEnd,
    verdict,
    difference,
    shareOfWay,
    afterDeadline,
  };
}

function indicatorVerdict(quantities: readonly FinalQuantity[]): FinalVerdict {
  const judged = quantities.filter((quantity) => quantity.verdict !== 'no_target');
  if (judged.length === 0) return 'no_target';
  if (judged.some((quantity) => quantity.verdict === 'missed')) return 'missed';
  if (judged.some((quantity) => quantity.verdict === 'no_data')) return 'no_data';
  return 'met';
}

const timeZh = (time: string) => (/^\d{4}$/.test(time) ? `${time}年` : time);

function explainQuantity(quantity: FinalQuantity, endDate: string): Text {
  const zhLabel = quantity.partLabel ? `${quantity.partLabel.zh}：` : '';
  const enLabel = quantity.partLabel ? `${quantity.partLabel.en}: ` : '';
  const target = quantity.target?.printed ?? '';
  let zh: string;
  let en: string;
  const at = quantity.atEnd;
  switch (quantity.verdict) {
    case 'no_target':
      zh = '规划未设目标';
      en = 'the plan sets no target';
      break;
    case 'no_data':
      zh = `截至规划期末（${endDate}）无数据，目标${target}`;
      en = `no value by the end of the plan (${endDate}); target ${target}`;
      break;
    default: {
      const share = quantity.shareOfWay === null ? '' : `，完成${pct(quantity.shareOfWay)}`;
      const shareEn =
        quantity.shareOfWay === null
          ? ''
          : `, ${pct(quantity.shareOfWay)} of the way from the baseline`;
      const gap = quantity.verdict === 'met' ? '' : `，相差${fmt(quantity.difference)}`;
      const gapEn = quantity.verdict === 'met' ? '' : `, off by ${fmt(quantity.difference)}`;
      const time = (at as { time: string }).time;
      const value = fmt((at as { value: number }).value);
      zh = `${timeZh(time)}为${value}，目标${target}，${quantity.verdict === 'met' ? '已实现' : '未实现'}${gap}${share}`;
      en = `${value} in ${time} against a target of ${target}: ${quantity.verdict === 'met' ? 'met' : 'missed'}${gapEn}${shareEn}`;
    }
  }
  const after = quantity.afterDeadline;
  if (after) {
    zh += `；期满后${timeZh(after.time)}为${fmt(after.value)}${after.met ? '，已达到目标' : ''}（不改变期末结论）`;
    en += `; after the deadline, ${fmt(after.value)} in ${after.time}${after.met ? ' meets the target' : ''} (the verdict at the end stands)`;
  }
  return { zh: `${zhLabel}${zh}。`, en: `${enLabel}${en}.` };
}

/**
 * One indicator's final evaluation, from its assessment as of the plan's last
 * day (only values dated on or before it) and its assessment as of the later
 * as-of date (for what came after the deadline, shown apart).
 */
function finalIndicator(
  atEnd: IndicatorAssessment,
  now: IndicatorAssessment,
  endDate: string,
): FinalIndicatorEvaluation {
  const endYear = yearOf(endDate);
  const quantities = atEnd.quantities.map((quantity, index) =>
    quantityAtEnd(quantity, now.quantities[index], endYear),
  );
  const verdict = indicatorVerdict(quantities);
  const judged = quantities.filter((quantity) => quantity.verdict !== 'no_target');
  const metAfterDeadline =
    (verdict === 'missed' || verdict === 'no_data') &&
    judged.every((quantity) => quantity.verdict === 'met' || quantity.afterDeadline?.met === true);
  const parts = quantities.map((quantity) => explainQuantity(quantity, endDate));
  return {
    indicatorId: atEnd.indicatorId,
    table: atEnd.table,
    categoryPath: atEnd.categoryPath,
    name: atEnd.name,
    unit: atEnd.unit,
    region: atEnd.region,
    verdict,
    metAfterDeadline,
    statusAtEnd: atEnd.status,
    labelAtEnd: atEnd.label,
    scoredOn: atEnd.scoredOn,
    quantities,
    explanation: {
      zh: parts.map((part) => part.zh).join(''),
      en: parts.map((part) => part.en).join(' '),
    },
  };
}

/**
 * The final evaluation of a plan as of a date after its end: each indicator
 * and region assessed again as of the plan's last day, set beside its
 * assessment as of `options.asOf` (`current`, in the same order).
 */
export function finalEvaluationOf(
  plan: Readonly<Plan>,
  regions: readonly string[],
  observationsOf: (indicator: Indicator, region: string) => readonly Observation[],
  options: IndicatorOptions & { asOf: string },
  current: readonly IndicatorAssessment[],
): FinalEvaluation {
  const endDate = planEndDate(plan);
  const atEndOptions = { ...options, asOf: endDate };
  const indicators: FinalIndicatorEvaluation[] = [];
  let index = 0;
  for (const region of regions) {
    for (const indicator of plan.indicators) {
      const atEnd = assessChecked(
        indicator,
        observationsOf(indicator, region),
        atEndOptions,
        region,
      );
      indicators.push(finalIndicator(atEnd, current[index] as IndicatorAssessment, endDate));
      index++;
    }
  }
  const counts = { met: 0, missed: 0, no_data: 0, no_target: 0, metAfterDeadline: 0 };
  for (const evaluation of indicators) {
    counts[evaluation.verdict]++;
    if (evaluation.metAfterDeadline) counts.metAfterDeadline++;
  }
  return {
    planId: plan.id,
    endDate,
    asOf: options.asOf,
    method: options.method,
    regions: [...regions],
    indicators,
    counts,
  };
}
