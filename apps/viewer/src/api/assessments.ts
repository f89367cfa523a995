import type { Method, TimeProgressComponents } from '@plan/scoring';
import type {
  AssessmentsAnswer,
  IndicatorAssessment,
  IndicatorAssessmentsAnswer,
  LocalizedText,
  QuantityAssessment,
} from './types.js';

/**
 * One indicator's assessment as the API sends it, with the headline figures of
 * its time-progress calculation read out for the pages: nothing is computed
 * here, each figure is a component the API reported.
 */
export type AssessmentItem = IndicatorAssessment & {
  /** 完成进度: the API's completionProgress; null without data (never shown as 0) */
  completion: number | null;
  /** 时序进度 at the latest value's date, as the status is judged */
  timeProgress: number | null;
  /** The value on the straight path at the latest value's date (the API's expectedValue) */
  expected: number | null;
  /** For a split indicator, the expected value of each part (empty otherwise) */
  expectedParts: { part: string | null; label: LocalizedText | null; value: number | null }[];
  latest: { value: number; date: string } | null;
};

/** GET /api/v1/assessments, with each indicator read as an `AssessmentItem`. */
export type AssessmentSet = Omit<AssessmentsAnswer, 'indicators'> & { items: AssessmentItem[] };

/** GET /api/v1/indicators/{id}/assessment, with each method's assessment read as an `AssessmentItem`. */
export type IndicatorAssessments = Omit<IndicatorAssessmentsAnswer, 'methods'> & {
  methods: Record<Method, AssessmentItem>;
};

/** A time as scoring writes it ("2023" for a yearly value, or a date) as the day it stands for. */
export function dayOf(time: string): string {
  return /^\d{4}$/.test(time) ? `${time}-12-31` : time.slice(0, 10);
}

/** The time-progress components of a quantity, when it was judged by that method. */
export function timeProgressOf(
  quantity: QuantityAssessment | undefined,
): TimeProgressComponents | null {
  return quantity?.result?.method === 'time-progress' ? quantity.result.components : null;
}

/**
 * The quantity the headline figures come from: the only one, or of a split
 * indicator (中职 / 高职) the part furthest behind, as its status is the worst
 * of its parts.
 */
function headlineQuantity(assessment: IndicatorAssessment): QuantityAssessment | undefined {
  const behind = (quantity: QuantityAssessment) =>
    timeProgressOf(quantity)?.completionProgress ?? Number.POSITIVE_INFINITY;
  const scored = assessment.quantities.filter((quantity) => quantity.result);
  return [...scored].sort((a, b) => behind(a) - behind(b))[0] ?? assessment.quantities[0];
}

/** Reads one indicator's assessment into what the pages show. */
export function toAssessmentItem(assessment: IndicatorAssessment): AssessmentItem {
  const quantity = headlineQuantity(assessment);
  const components = timeProgressOf(quantity);
  // Without data to judge by there is no completion: never show it as 0.
  const missing = assessment.missing;
  return {
    ...assessment,
    completion: missing ? null : (components?.completionProgress ?? null),
    timeProgress: missing ? null : (components?.timeProgress ?? null),
    expected: components?.expectedValue ?? null,
    expectedParts:
      assessment.quantities.length > 1
        ? assessment.quantities.map((candidate) => ({
            part: candidate.part,
            label: candidate.partLabel,
            value: timeProgressOf(candidate)?.expectedValue ?? null,
          }))
        : [],
    latest: quantity?.latest
      ? { value: quantity.latest.value, date: dayOf(quantity.latest.time) }
      : null,
  };
}

/** Reads GET /api/v1/assessments. */
export function toAssessmentSet(answer: AssessmentsAnswer): AssessmentSet {
  const { indicators, ...rest } = answer;
  return { ...rest, items: indicators.map(toAssessmentItem) };
}

/** Reads GET /api/v1/indicators/{id}/assessment. */
export function toIndicatorAssessments(answer: IndicatorAssessmentsAnswer): IndicatorAssessments {
  const methods = Object.fromEntries(
    Object.entries(answer.methods).map(([method, assessment]) => [
      method,
      toAssessmentItem(assessment),
    ]),
  ) as Record<Method, AssessmentItem>;
  return { ...answer, methods };
}

/**
 * The time progress (时序进度) the rows are judged at, and its day: each indicator is judged at
 * its latest value's date, so the headline is the API's `timeProgress` of the quantity judged
 * from the plan's base year to its target year whose latest value is the newest — the header
 * and the rows then show one time progress, not the as-of date's beside the data's. Null when
 * no indicator was judged so.
 */
export function judgedTimeProgress(
  items: readonly IndicatorAssessment[],
  plan: { baselineYear: number; targetYear: number },
): { share: number; date: string } | null {
  let best: { share: number; date: string } | null = null;
  for (const item of items) {
    for (const quantity of item.quantities) {
      const components = timeProgressOf(quantity);
      const share = components?.timeProgress;
      const date = components?.latestDate;
      if (
        share != null &&
        date != null &&
        quantity.baseline?.time === String(plan.baselineYear) &&
        quantity.target?.year === plan.targetYear &&
        (best === null || dayOf(date) > best.date)
      )
        best = { share, date: dayOf(date) };
    }
  }
  return best;
}

/** The time progress the rows are judged at (see `judgedTimeProgress`), as a share; null without one. */
export function periodTimeProgress(
  items: readonly IndicatorAssessment[],
  plan: { baselineYear: number; targetYear: number },
): number | null {
  return judgedTimeProgress(items, plan)?.share ?? null;
}
