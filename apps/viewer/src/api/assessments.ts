import type { Method } from '@plan/scoring';
import type { LocalizedText } from './types.js';

/** One assessed quantity as the API sends it (the whole indicator, or one part of a split one). */
export type QuantityAssessment = {
  part: string | null;
  partLabel: LocalizedText | null;
  direction: 'increase' | 'decrease';
  baseline: { time: string; value: number; printed: string | null; from: string } | null;
  target: {
    year: number;
    value: number;
    upper: number | null;
    comparator: string;
    printed: string;
    from: string;
  } | null;
  latest: { time: string; value: number } | null;
  result: MethodResult | null;
  benchmark: {
    region: string;
    explanation: LocalizedText;
    colour: string;
    meetsTarget: boolean | null;
  } | null;
};

/** A method's result for one quantity: status, label, explanation and every calculation component. */
export type MethodResult = {
  method: Method;
  status: string;
  label: LocalizedText;
  explanation: LocalizedText;
  score: number | null;
  components: Record<string, unknown>;
};

/** What the viewer needs of one indicator's assessment, whatever the method. */
export type AssessmentItem = {
  indicatorId: string;
  method: Method;
  status: string;
  label: LocalizedText;
  /** No data to judge by: counted as missing, never as zero */
  missing: boolean;
  score: number | null;
  /** 完成进度: (latest − base) / (target − base) */
  completion: number | null;
  /** 时序进度: the elapsed share of the plan period at the as-of date */
  timeProgress: number | null;
  /** The value on the straight path from baseline to target at the as-of date */
  expected: number | null;
  /** For a split indicator, the expected value of each part (empty otherwise) */
  expectedParts: { part: string | null; label: LocalizedText | null; value: number | null }[];
  latest: { value: number; date: string } | null;
  explanation: LocalizedText;
  quantities: QuantityAssessment[];
};

export type AssessmentSet = {
  asOf: string;
  method: Method;
  region: string;
  /** true when illustrative demo figures were used */
  illustrative: boolean;
  items: AssessmentItem[];
};

type Raw = Record<string, unknown>;

const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const text = (value: unknown): LocalizedText =>
  isObject(value) && typeof value.zh === 'string' && typeof value.en === 'string'
    ? { zh: value.zh, en: value.en }
    : { zh: '', en: '' };

/** A time as scoring writes it ("2023" for a yearly value, or a date) as the day it stands for. */
export function dayOf(time: string): string {
  return /^\d{4}$/.test(time) ? `${time}-12-31` : time.slice(0, 10);
}

function firstResult(quantities: QuantityAssessment[]): MethodResult | null {
  return quantities.find((quantity) => quantity.result)?.result ?? null;
}

function component(result: MethodResult | null, name: string): number | null {
  return result ? num(result.components[name]) : null;
}

/** The value on the straight path from a quantity's baseline to its target, at a share of the period. */
function onPath(quantity: QuantityAssessment, share: number | null): number | null {
  if (!quantity.baseline || !quantity.target || share === null) return null;
  return quantity.baseline.value + (quantity.target.value - quantity.baseline.value) * share;
}

/**
 * Reads one indicator's assessment from the API into what the pages show. The
 * headline figures (completion, time progress, expected value, latest) are taken
 * from the item when the API gives them, else from the time-progress
 * components of its quantity; of a split indicator (中职 / 高职), from the part
 * furthest behind, as its status is the worst of its parts.
 */
export function toAssessmentItem(raw: Raw, fallbackMethod: Method): AssessmentItem {
  const quantities = (Array.isArray(raw.quantities) ? raw.quantities : []) as QuantityAssessment[];
  const scored = quantities.filter((candidate) => candidate.result);
  const quantity =
    [...scored].sort(
      (a, b) =>
        (component(a.result, 'completionProgress') ?? Number.POSITIVE_INFINITY) -
        (component(b.result, 'completionProgress') ?? Number.POSITIVE_INFINITY),
    )[0] ?? quantities[0];
  const result = quantity?.result ?? firstResult(quantities);
  const latestRaw = isObject(raw.latest) ? raw.latest : null;
  const latest =
    latestRaw && num(latestRaw.value) !== null
      ? {
          value: num(latestRaw.value) as number,
          date: dayOf(String(latestRaw.date ?? latestRaw.time ?? '')),
        }
      : quantity?.latest
        ? { value: quantity.latest.value, date: dayOf(quantity.latest.time) }
        : null;
  // The time progress the status is judged on: at the latest value's date.
  const timeProgress = num(raw.timeProgress) ?? component(result, 'timeProgress');
  // The value expected now: on the straight path at the as-of date, per part.
  const expectedParts = quantities.map((candidate) => ({
    part: candidate.part,
    label: candidate.partLabel,
    value: onPath(candidate, component(candidate.result, 'timeProgressAtAsOf')),
  }));
  const expected =
    num(raw.expected) ??
    num(raw.expectedValue) ??
    (quantity ? onPath(quantity, component(result, 'timeProgressAtAsOf')) : null);
  const method = (typeof raw.method === 'string' ? raw.method : fallbackMethod) as Method;
  // Without data to judge by there is no completion and no score: never show them as 0.
  const missing = raw.missing === true;
  return {
    indicatorId: String(raw.indicatorId),
    method,
    status: String(raw.status ?? result?.status ?? ''),
    label: text(raw.label ?? result?.label),
    missing,
    score: missing ? null : num(raw.score),
    completion: missing ? null : (num(raw.completion) ?? component(result, 'completionProgress')),
    timeProgress: missing ? null : timeProgress,
    expected,
    expectedParts: expectedParts.length > 1 ? expectedParts : [],
    latest,
    explanation: text(raw.explanation ?? result?.explanation),
    quantities,
  };
}

/** Reads GET /api/v1/assessments. */
export function toAssessmentSet(raw: unknown, requested: { method: Method }): AssessmentSet {
  const body = isObject(raw) ? raw : {};
  const method = (typeof body.method === 'string' ? body.method : requested.method) as Method;
  const list = Array.isArray(body.items)
    ? body.items
    : Array.isArray(body.indicators)
      ? body.indicators
      : [];
  const items = list.filter(isObject).map((item) => toAssessmentItem(item, method));
  return {
    asOf: String(body.asOf ?? ''),
    method,
    region: String(body.region ?? ''),
    illustrative: body.illustrative === true,
    items,
  };
}
