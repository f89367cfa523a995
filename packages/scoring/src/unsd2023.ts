import { timeLabel, timePiece, timePieces } from './_lib/labels.js';
import { fmt, pct, round4, round6 } from './_lib/numbers.js';
import { type Prepared, prepare } from './_lib/prepare.js';
import { slotCount } from './_lib/slots.js';
import { describeTarget, meets } from './_lib/target.js';
import type { AssessInput } from './schema/assessInput.js';
import type { Unsd2023Result } from './schema/results.js';
import type { SeriesPoint } from './schema/series.js';
import { statusLabels, type Unsd2023Status, unsd2023Statuses } from './statusLabels.js';

/** Slots of the kernel's output array. */
export const UN = { cagr: 0, projected: 1, ratio: 2, exception: 3 } as const;

/** How many slots `UN` has (counted once, not on every call). */
const UN_SLOTS = /* @__PURE__ */ slotCount(UN);

/** Kernel scores: 3 on track or met, 2 fair progress, 1 stagnation or regression, 0 not assessed. */
export const UN_NOT_ASSESSED = 0;
const UN_STAGNATION = 1;
const UN_FAIR = 2;
const UN_ON_TRACK = 3;

/** Exception codes written to `out[UN.exception]`: indexes into `EXCEPTIONS`. */
const LATEST_MEETS_TARGET = 0;
const WITHIN_ONE_POINT_OF_LIMIT = 1;
const BASE_AT_OR_PAST_TARGET = 2;
const EXCEPTIONS = [
  'latest_meets_target',
  'within_one_point_of_limit',
  'base_at_or_past_target',
] as const;

/** The same replacement of a zero base as sdg-build (the EUSTAT page is silent on zeros). */
const ZERO_REPLACEMENT = 0.001;

/**
 * The arithmetic of the UNSD 2023 Progress Chart (EUSTAT adaptation) on plain
 * numbers; returns the score 3, 2, 1, or 0 for "not assessed". `yT` is NaN
 * without a target. `nearLimit` is exception 2 (a latest value within 1 point
 * of a 0% or 100% target), decided by the caller who knows the unit.
 */
export function unsd2023Kernel(
  y0: number,
  t0: number,
  yi: number,
  ti: number,
  yT: number,
  tT: number,
  d: number,
  achieved: boolean,
  nearLimit: boolean,
  out: Float64Array,
): number {
  // Every slot written as a number: `fill` is a call into the runtime.
  out[0] = Number.NaN;
  out[1] = Number.NaN;
  out[2] = Number.NaN;
  out[3] = Number.NaN;
  const withTarget = !Number.isNaN(yT);
  if (withTarget && achieved) {
    out[UN.exception] = LATEST_MEETS_TARGET;
    return UN_ON_TRACK;
  }
  if (withTarget && nearLimit) {
    out[UN.exception] = WITHIN_ONE_POINT_OF_LIMIT;
    return UN_ON_TRACK;
  }
  if (ti - t0 < 1) return UN_NOT_ASSESSED;
  const base = y0 === 0 ? ZERO_REPLACEMENT : y0;
  if ((base > 0 && yi < 0) || (base < 0 && yi > 0)) return UN_NOT_ASSESSED;
  const cagr = (yi / base) ** (1 / (ti - t0)) - 1;
  out[UN.cagr] = cagr;
  if (Number.isNaN(cagr)) return UN_NOT_ASSESSED;
  if (!withTarget) {
    // Mirrored for a decrease; the sign of a negative base flips it back, as in sdg-build.
    const v = (y0 < 0 ? -1 : 1) * d * cagr;
    return v >= 0.02 ? UN_ON_TRACK : v >= 0.005 ? UN_FAIR : UN_STAGNATION;
  }
  const projected = yi * (1 + cagr) ** (tT - ti);
  out[UN.projected] = projected;
  if (d * (yT - y0) <= 0) {
    // The base already met (or equalled) the target and the latest value no longer does.
    out[UN.exception] = BASE_AT_OR_PAST_TARGET;
    return UN_STAGNATION;
  }
  const ratio = (projected - y0) / (yT - y0);
  out[UN.ratio] = ratio;
  return ratio >= 0.95 ? UN_ON_TRACK : ratio >= 0.1 ? UN_FAIR : UN_STAGNATION;
}

const OUT = /* @__PURE__ */ new Float64Array(UN_SLOTS);

/** The status labels in the order of `unsd2023Statuses` (an array read, not a lookup by name). */
const LABELS = /* @__PURE__ */ unsd2023Statuses.map(
  (status) => statusLabels['unsd-2023'][status].label,
);

// Pieces of the explanations around a time, built once per year (`timePiece`).
const VALUE_ZH = /* @__PURE__ */ timePieces('', '年值');
const THE_VALUE_EN = /* @__PURE__ */ timePieces('The ', ' value ');
const PROJECTS_ZH = /* @__PURE__ */ timePieces('，按此推算', '年为');
const FROM_EN = /* @__PURE__ */ timePieces(' (', '–');
const TO_EN = /* @__PURE__ */ timePieces('', ') projects ');
const FOR_EN = /* @__PURE__ */ timePieces(' for ', '; (projected − base) / (target − base) = ');

/**
 * The explanation of an unsd-2023 result in both languages. Its own function, so that the JIT
 * inlines the number formatting into it. The common texts join a few long pieces
 * (`timePieces`), the Chinese ones from the right: V8 joins a short Chinese piece and a short
 * number (fewer than 13 characters in all) in its runtime, at about three times the cost.
 */
function explain(
  reason: Unsd2023Result['components']['reason'],
  exception: Unsd2023Result['components']['exception'],
  p: Prepared,
  n: number,
  targetText: string | null,
  y0: number,
  yi: number,
  cagr: number | null,
  projected: number | null,
  ratio: number | null,
): { zh: string; en: string } {
  const target = p.target;
  let zh: string;
  let en: string;
  if (reason === 'no_data') {
    zh = `截至${p.asOf}没有数据。`;
    en = `No value is dated on or before ${p.asOf}.`;
  } else if (reason === 'one_point') {
    const baseText = timeLabel(p.points[0] as SeriesPoint);
    const latestText = timeLabel(p.points[n - 1] as SeriesPoint);
    zh = `至少需要相隔一年以上的两个数据（基期${baseText}，最新${latestText}）。`;
    en = `At least two years of data are needed (base ${baseText}, latest ${latestText}).`;
  } else if (reason === 'sign_change') {
    zh = `基期值${fmt(y0)}与最新值${fmt(yi)}正负号不同，无法计算年均复合增长率。`;
    en = `The base ${fmt(y0)} and the latest value ${fmt(yi)} differ in sign: no compound annual growth rate.`;
  } else if (reason) {
    zh = '年均复合增长率无法计算。';
    en = 'The compound annual growth rate is undefined.';
  } else if (exception === 'latest_meets_target') {
    const latestPoint = p.points[n - 1] as SeriesPoint;
    const latest = fmt(yi);
    // `2023年值52.3已满足目标（≥ 50），视为已实现。`
    zh =
      timePiece(VALUE_ZH, latestPoint) +
      (latest + ('已满足目标（' + targetText)) +
      '），视为已实现。';
    en = `${timePiece(THE_VALUE_EN, latestPoint)}${latest} meets the target (${targetText}): counted as met.`;
  } else if (exception === 'within_one_point_of_limit') {
    const latestText = timeLabel(p.points[n - 1] as SeriesPoint);
    zh = `${latestText}年值${fmt(yi)}与${fmt(target?.aim ?? null)}%的目标相差不超过1个百分点，视为已实现。`;
    en = `The ${latestText} value ${fmt(yi)} is within 1 point of the ${fmt(target?.aim ?? null)}% target: counted as met.`;
  } else if (exception === 'base_at_or_past_target') {
    const latestText = timeLabel(p.points[n - 1] as SeriesPoint);
    zh = `基期值${fmt(y0)}已处于或超过目标值，${latestText}年值${fmt(yi)}却不再满足目标（${targetText}）：倒退。`;
    en = `The base ${fmt(y0)} was at or past the target value, and the ${latestText} value ${fmt(yi)} no longer meets the target (${targetText}): regression.`;
  } else if (target !== null) {
    const cagrText = pct(cagr);
    const projectedText = fmt(projected);
    const ratioText = pct(ratio);
    // `年均复合增长率3.4%，按此推算2025年为86.2，完成比例（推算值−基期）/（目标−基期）=82.9%（阈值95%、10%）。`
    zh =
      '年均复合增长率' +
      (cagrText +
        (timePiece(PROJECTS_ZH, target) +
          (projectedText +
            ('，完成比例（推算值−基期）/（目标−基期）=' + (ratioText + '（阈值95%、10%）。')))));
    // `CAGR 3.4% (2020–2023) projects 86.2 for 2025; (projected − base) / (target − base) = 82.9% (…`
    en = `CAGR ${cagrText}${timePiece(FROM_EN, p.points[0] as SeriesPoint)}${timePiece(TO_EN, p.points[n - 1] as SeriesPoint)}${projectedText}${timePiece(FOR_EN, target)}${ratioText} (thresholds 95%, 10%).`;
  } else {
    zh = `无目标值：年均复合增长率${pct(cagr)}（${p.d > 0 ? '阈值2%、0.5%' : '阈值−2%、−0.5%'}）。`;
    en = `No target: CAGR ${pct(cagr)} (thresholds ${p.d > 0 ? '2% and 0.5%' : '−2% and −0.5%'}).`;
  }
  return { zh, en };
}

/** unsd-2023 on a prepared series (shared by `assess`). */
export function evaluateUnsd2023(p: Prepared): Unsd2023Result {
  const target = p.target;
  const withTarget = target !== null;
  // Exception 5: once the target year has passed, the assessment runs to the target year.
  let n = p.n;
  if (withTarget) while (n > 1 && (p.t[n - 1] as number) > target.t) n--;
  const pointsAfterTargetYear = p.n - n;
  const out = OUT;
  let code = 0;
  let achieved = false;
  let nearLimit = false;
  const y0 = n > 0 ? (p.y[0] as number) : Number.NaN;
  const t0 = n > 0 ? (p.t[0] as number) : Number.NaN;
  const yi = n > 0 ? (p.y[n - 1] as number) : Number.NaN;
  const ti = n > 0 ? (p.t[n - 1] as number) : Number.NaN;
  let reason: Unsd2023Result['components']['reason'] = null;
  if (n === 0) {
    out.fill(Number.NaN);
    reason = 'no_data';
  } else {
    if (withTarget) {
      achieved = meets(yi, target.cmp, target.value, target.upper, target.tolerance, p.d);
      const percentLike = p.unit === 'percent' || (p.limit !== null && p.limit === target.aim);
      nearLimit =
        percentLike && (target.aim === 0 || target.aim === 100) && Math.abs(yi - target.aim) <= 1;
    }
    code = unsd2023Kernel(
      y0,
      t0,
      yi,
      ti,
      withTarget ? target.aim : Number.NaN,
      withTarget ? target.t : Number.NaN,
      p.d,
      achieved,
      nearLimit,
      out,
    );
    if (code === UN_NOT_ASSESSED) reason = notAssessedReason(y0, t0, yi, ti);
  }
  // Scores 3, 2, 1 are statuses 0, 1, 2; not assessed is status 3.
  const statusIndex = code === UN_NOT_ASSESSED ? 3 : 3 - code;
  const status = unsd2023Statuses[statusIndex] as Unsd2023Status;
  const exceptionCode = out[UN.exception] as number;
  const exception = Number.isNaN(exceptionCode) ? null : (EXCEPTIONS[exceptionCode] ?? null);
  const targetText = withTarget
    ? describeTarget(target.cmp, target.value, target.upper, target.tolerance, p.d)
    : null;
  const cagr = round6(out[UN.cagr] as number);
  const projected = round6(out[UN.projected] as number);
  const ratio = round6(out[UN.ratio] as number);

  return {
    method: 'unsd-2023',
    status,
    label: LABELS[statusIndex] as Unsd2023Result['label'],
    score: code === UN_NOT_ASSESSED ? null : (code as 1 | 2 | 3),
    components: {
      calculation: withTarget ? 'with_target' : 'without_target',
      direction: p.direction,
      sign: y0 < 0 ? -1 : 1,
      baseYear: n > 0 ? round4(t0) : null,
      baseValue: n > 0 ? y0 : null,
      latestYear: n > 0 ? round4(ti) : null,
      latestValue: n > 0 ? yi : null,
      targetYear: withTarget ? round4(target.t) : null,
      targetValue: withTarget ? target.aim : null,
      comparator: withTarget ? target.comparator : null,
      target: targetText,
      cagr,
      projectedValue: projected,
      ratio,
      thresholds: withTarget ? { high: 0.95, low: 0.1 } : { high: 0.02, low: 0.005 },
      exception,
      asOf: p.asOf,
      pointsUsed: n,
      pointsAfterTargetYear,
      pointsAfterAsOf: p.points.length - p.n,
      reason,
    },
    explanation: explain(reason, exception, p, n, targetText, y0, yi, cagr, projected, ratio),
  };
}

/** Why the kernel did not assess a series (it returned `UN_NOT_ASSESSED`). */
function notAssessedReason(
  y0: number,
  t0: number,
  yi: number,
  ti: number,
): 'one_point' | 'sign_change' | 'undefined_growth' {
  if (ti - t0 < 1) return 'one_point';
  const base = y0 === 0 ? ZERO_REPLACEMENT : y0;
  return (base > 0 && yi < 0) || (base < 0 && yi > 0) ? 'sign_change' : 'undefined_growth';
}

/**
 * Scores a series by the UN Statistics Division Progress Chart 2023, as
 * adapted by EUSTAT. With a target: the latest value is carried to the target
 * year at the observed CAGR and `(projected − base) / (target − base)` is
 * compared with 0.95 and 0.10 (score 3, 2, 1). Without: the CAGR against 2%
 * and 0.5% (mirrored for a decrease). Exceptions of the source: a latest value
 * meeting the target counts as met; within 1 point of a 0% or 100% target
 * counts as met; a passed target year is assessed up to the target year;
 * at least two years of data are required.
 *
 * @throws ScoringInputError naming what is wrong with the input
 * @example
 *   unsd2023({
 *     direction: 'decrease',
 *     series: [{ year: 2020, value: 19 }, { year: 2023, value: 17 }],
 *     target: { year: 2025, value: 15 },
 *   }).score; // 2: CAGR −3.6% projects 15.79 for 2025, (15.79 − 19) / (15 − 19) ≈ 0.80
 */
export function unsd2023(input: Omit<AssessInput, 'method'>): Unsd2023Result {
  return evaluateUnsd2023(prepare({ ...input, method: 'unsd-2023' }));
}
