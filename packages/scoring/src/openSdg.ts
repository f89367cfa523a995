import { withExactScore } from './_lib/exactScore.js';
import { timeLabel, timePiece, timePieces } from './_lib/labels.js';
import { fmt, pct, round4, round6 } from './_lib/numbers.js';
import { type Prepared, prepare } from './_lib/prepare.js';
import { slotCount } from './_lib/slots.js';
import { describeTarget, meets } from './_lib/target.js';
import type { AssessInput } from './schema/assessInput.js';
import type { OpenSdgResult } from './schema/results.js';
import type { SeriesPoint } from './schema/series.js';
import { type OpenSdgStatus, openSdgStatuses, statusLabels } from './statusLabels.js';

/** Slots of the kernel's output array. */
export const OS = {
  progressValue: 0,
  score: 1,
  cagrObserved: 2,
  cagrRequired: 3,
  coefficient: 4,
  high: 5,
  med: 6,
  low: 7,
  baseUsed: 8,
  targetUsed: 9,
  sign: 10,
} as const;

/** Kernel status codes, in the order of `openSdgStatuses`. */
export const OS_ACHIEVED = 0;
const OS_SUBSTANTIAL = 1;
const OS_MODERATE = 2;
const OS_LIMITED = 3;
const OS_DETERIORATION = 4;
export const OS_NOT_AVAILABLE = 5;

/** The exponent of the scaling factor C for a natural limit (sdg-build). */
const LIMIT_EXPONENT = 4.44;
/** Replaces a zero base or target: an exponential model cannot start from, or aim at, zero. */
const ZERO_REPLACEMENT = 0.001;

/**
 * Score of a progress value, from the published breakpoints of the open-sdg
 * methodology: with a target R = −60% → −5, 60% → 0, 130% → +5 (linear
 * between, clamped); without one CAGR = −2% → −5, 0 → −2.5, 0.5%·C → 0,
 * 1.5%·C → 2.5, 2%·C → +5.
 */
function scoreOf(value: number, withTarget: boolean, coefficient: number): number {
  if (withTarget) {
    if (value >= 0.6) return Math.min(((value - 0.6) * 5) / 0.7, 5);
    return Math.max(((value - 0.6) * 5) / 1.2, -5);
  }
  if (value < 0) return Math.max(125 * value - 2.5, -5);
  if (coefficient === 0) return 5;
  const v = value / coefficient;
  if (v >= 0.015) return Math.min(500 * v - 5, 5);
  if (v >= 0.005) return 250 * v - 1.25;
  return 500 * v - 2.5;
}

/**
 * The arithmetic of the open-sdg progress measure on plain numbers. `yT` is
 * NaN without a target; `limit` NaN without a natural limit. Writes the
 * figures into `out` (see `OS`) and returns the status code.
 */
export function openSdgKernel(
  y0: number,
  t0: number,
  yi: number,
  ti: number,
  yT: number,
  tT: number,
  d: number,
  limit: number,
  achieved: boolean,
  out: Float64Array,
): number {
  const withTarget = !Number.isNaN(yT);
  const sign = y0 < 0 ? -1 : 1;
  let high: number;
  let med: number;
  let low = 0;
  let coefficient = Number.NaN;
  if (withTarget) {
    high = 0.95;
    med = 0.6;
  } else {
    high = 0.015;
    med = 0.005;
    if (!Number.isNaN(limit)) {
      const b = Math.abs(y0);
      const l = Math.abs(limit);
      coefficient =
        b >= 2 * l
          ? 1
          : b <= l
            ? 1 - (b / l) ** LIMIT_EXPONENT
            : 1 - ((2 * l - b) / l) ** LIMIT_EXPONENT;
      high *= coefficient;
      med *= coefficient;
      low *= coefficient;
    }
  }
  const base = y0 === 0 ? ZERO_REPLACEMENT : y0;
  const aim = yT === 0 ? ZERO_REPLACEMENT : yT;
  out[OS.coefficient] = coefficient;
  out[OS.high] = high;
  out[OS.med] = med;
  out[OS.low] = low;
  out[OS.baseUsed] = base;
  out[OS.targetUsed] = aim;
  out[OS.sign] = sign;
  let progress = Number.NaN;
  let cagrObserved = Number.NaN;
  let cagrRequired = Number.NaN;
  // A sign change between base and latest, or fewer than two years, leaves the measure undefined.
  if (!((base > 0 && yi < 0) || (base < 0 && yi > 0)) && ti - t0 >= 1) {
    cagrObserved = (yi / base) ** (1 / (ti - t0)) - 1;
    if (withTarget) {
      cagrRequired = (aim / base) ** (1 / (tT - t0)) - 1;
      progress = (sign * d * cagrObserved) / Math.abs(cagrRequired);
    } else {
      progress = sign * d * cagrObserved;
    }
  }
  out[OS.progressValue] = progress;
  out[OS.cagrObserved] = cagrObserved;
  out[OS.cagrRequired] = cagrRequired;
  if (achieved) {
    out[OS.score] = 5;
    return OS_ACHIEVED;
  }
  if (Number.isNaN(progress)) {
    out[OS.score] = Number.NaN;
    return OS_NOT_AVAILABLE;
  }
  out[OS.score] = scoreOf(progress, withTarget, !Number.isNaN(coefficient) ? coefficient : 1);
  if (progress >= high) return OS_SUBSTANTIAL;
  if (progress >= med) return OS_MODERATE;
  if (progress >= low) return OS_LIMITED;
  return OS_DETERIORATION;
}

/** The status labels by kernel code (an array read, not a lookup by status name). */
const LABELS = /* @__PURE__ */ openSdgStatuses.map(
  (status) => statusLabels['open-sdg'][status].label,
);

const OUT = /* @__PURE__ */ new Float64Array(/* @__PURE__ */ slotCount(OS));

// Pieces of the explanations around a time, built once per year (`timePiece`).
const VALUE_ZH = /* @__PURE__ */ timePieces('', '年值');
const THE_VALUE_EN = /* @__PURE__ */ timePieces('The ', ' value ');
const FROM_EN = /* @__PURE__ */ timePieces(' (', '–');
const TO_EN = /* @__PURE__ */ timePieces('', ') against ');
const BY_EN = /* @__PURE__ */ timePieces(' by ', ': R = ');

/**
 * The explanation of an open-sdg status in both languages. Its own function,
 * so that the JIT inlines the number formatting into it.
 */
function explain(
  code: number,
  reason: OpenSdgResult['components']['reason'],
  p: Prepared,
  targetText: string | null,
  y0: number,
  yi: number,
  progressValue: number | null,
  score: number | null,
  out: Float64Array,
): { zh: string; en: string } {
  const n = p.n;
  const target = p.target;
  let zh: string;
  let en: string;
  if (code === OS_ACHIEVED) {
    const latestPoint = p.points[n - 1] as SeriesPoint;
    const latest = fmt(yi);
    // `2023年值52.3已满足目标（≥ 50），记5分。`, joined from the right as in time-progress.
    zh =
      // biome-ignore lint/style/useTemplate: a template joins from the left
      timePiece(VALUE_ZH, latestPoint) + (latest + ('已满足目标（' + targetText)) + '），记5分。';
    en = `${timePiece(THE_VALUE_EN, latestPoint)}${latest} meets the target (${targetText}): score 5.`;
  } else if (reason === 'no_data') {
    zh = `截至${p.asOf}没有数据。`;
    en = `No value is dated on or before ${p.asOf}.`;
  } else if (reason === 'sign_change') {
    const base = fmt(y0);
    const latest = fmt(yi);
    zh = `基期值${base}与最新值${latest}正负号不同，指数增长模型不适用，无法评估。`;
    en = `The base ${base} and the latest value ${latest} differ in sign; the growth model does not apply, so progress cannot be assessed.`;
  } else if (reason === 'one_point') {
    const baseText = timeLabel(p.points[0] as SeriesPoint);
    const latestText = timeLabel(p.points[n - 1] as SeriesPoint);
    zh = `基期（${baseText}）与最新数据（${latestText}）相隔不足一年，至少需要两年的数据。`;
    en = `The base (${baseText}) and the latest value (${latestText}) are less than a year apart: at least two years of data are needed.`;
  } else if (reason === 'undefined_growth') {
    zh = `增长率无法计算（目标值与基期值正负号不同，或所需增长率为零且实际无变化）。`;
    en = `The growth ratio is undefined (target and base differ in sign, or no growth was required and none happened).`;
  } else if (target !== null && out[OS.cagrRequired] === 0) {
    const cagrText = pct(out[OS.cagrObserved] as number);
    const latest = fmt(yi);
    const infinity = (out[OS.progressValue] as number) > 0 ? '+∞' : '−∞';
    const scoreText = fmt(score);
    zh = `目标值等于基期值，无需增长即可达标；最新值${latest}未满足目标（${targetText}），实际增长${cagrText}，R为${infinity}，得分${scoreText}。`;
    en = `The target equals the base, so no growth was required; the latest value ${latest} does not meet the target (${targetText}) after growth of ${cagrText}: R is ${infinity}, score ${scoreText}.`;
  } else if (target !== null) {
    const cagrText = pct(out[OS.cagrObserved] as number);
    const r = pct(progressValue);
    const required = pct(out[OS.cagrRequired] as number);
    const scoreText = fmt(score);
    zh = `实际年均复合增长率${cagrText}，按期达标所需${required}，比值R=${r}（阈值95%、60%、0），得分${scoreText}。`;
    // `Observed CAGR 3.4% (2020–2023) against 4.1% needed to reach 80 by 2025: R = 82.9% (…`
    const from = timePiece(FROM_EN, p.points[0] as SeriesPoint);
    const to = timePiece(TO_EN, p.points[n - 1] as SeriesPoint);
    en = `Observed CAGR ${cagrText}${from}${to}${required} needed to reach ${fmt(target.aim)}${timePiece(BY_EN, target)}${r} (thresholds 95%, 60%, 0), score ${scoreText}.`;
  } else {
    const scaled = !Number.isNaN(out[OS.coefficient]);
    const limit = scaled ? fmt(p.limit) : '';
    const coefficient = scaled ? fmt(round4(out[OS.coefficient] as number)) : '';
    const c = scaled ? `，极限${limit}使阈值乘以C=${coefficient}` : '';
    const cEn = scaled ? `; the limit ${limit} scales the thresholds by C = ${coefficient}` : '';
    const progress = pct(progressValue);
    const scoreText = fmt(score);
    zh = `无定量目标：按期望方向计的年均复合增长率${progress}（阈值1.5%、0.5%、0${c}），得分${scoreText}。`;
    en = `No quantitative target: CAGR in the desired direction ${progress} (thresholds 1.5%, 0.5%, 0${cEn}), score ${scoreText}.`;
  }
  return { zh, en };
}

/** open-sdg on a prepared series (shared by `assess`). */
export function evaluateOpenSdg(p: Prepared): OpenSdgResult {
  const n = p.n;
  const target = p.target;
  const withTarget = target !== null;
  const out = OUT;
  let code: number;
  let achieved = false;
  let reason: OpenSdgResult['components']['reason'] = null;
  const y0 = n > 0 ? (p.y[0] as number) : Number.NaN;
  const t0 = n > 0 ? (p.t[0] as number) : Number.NaN;
  const yi = n > 0 ? (p.y[n - 1] as number) : Number.NaN;
  const ti = n > 0 ? (p.t[n - 1] as number) : Number.NaN;
  if (n === 0) {
    out.fill(Number.NaN);
    code = OS_NOT_AVAILABLE;
    reason = 'no_data';
  } else {
    achieved =
      withTarget && meets(yi, target.cmp, target.value, target.upper, target.tolerance, p.d);
    code = openSdgKernel(
      y0,
      t0,
      yi,
      ti,
      withTarget ? target.aim : Number.NaN,
      withTarget ? target.t : Number.NaN,
      p.d,
      p.limit ?? Number.NaN,
      achieved,
      out,
    );
    if (Number.isNaN(out[OS.progressValue])) {
      const base = out[OS.baseUsed] as number;
      reason =
        (base > 0 && yi < 0) || (base < 0 && yi > 0)
          ? 'sign_change'
          : ti - t0 < 1
            ? 'one_point'
            : 'undefined_growth';
    }
  }
  const status = openSdgStatuses[code] as OpenSdgStatus;
  const progressValue = round6(out[OS.progressValue] as number);
  const score = round4(out[OS.score] as number);
  const targetText = withTarget
    ? describeTarget(target.cmp, target.value, target.upper, target.tolerance, p.d)
    : null;
  const explanation = explain(code, reason, p, targetText, y0, yi, progressValue, score, out);
  const baseYear = n > 0 ? round4(t0) : null;
  const currentYear = n > 0 ? round4(ti) : null;
  const targetYear = withTarget ? round4(target.t) : null;
  const result: OpenSdgResult = {
    method: 'open-sdg',
    status,
    label: LABELS[code] as OpenSdgResult['label'],
    score,
    progressValue,
    components: {
      calculation: withTarget ? 'with_target' : 'without_target',
      direction: p.direction,
      d: p.d,
      sign: n > 0 ? (out[OS.sign] as number) : 1,
      baseYear,
      baseValue: n > 0 ? y0 : null,
      baseValueUsed: n > 0 ? (out[OS.baseUsed] as number) : null,
      currentYear,
      currentValue: n > 0 ? yi : null,
      targetYear,
      targetValue: withTarget ? target.aim : null,
      targetValueUsed: withTarget ? (target.aim === 0 ? ZERO_REPLACEMENT : target.aim) : null,
      comparator: withTarget ? target.comparator : null,
      target: targetText,
      limit: p.limit,
      coefficient: round6(out[OS.coefficient] as number),
      thresholds: {
        high: round6(out[OS.high] as number) ?? 0,
        med: round6(out[OS.med] as number) ?? 0,
        low: round6(out[OS.low] as number) ?? 0,
      },
      cagrObserved: round6(out[OS.cagrObserved] as number),
      cagrRequired: round6(out[OS.cagrRequired] as number),
      progressValue,
      targetAchieved: achieved,
      asOf: p.asOf,
      pointsUsed: n,
      pointsAfterAsOf: p.points.length - n,
      reason: code === OS_ACHIEVED ? null : reason,
    },
    explanation,
  };
  // `exactScoreOf` computes the unrounded score again from the components, unless a time
  // in them was rounded (dated points): then it is remembered.
  if (baseYear !== t0 || currentYear !== ti || (withTarget && targetYear !== target.t))
    withExactScore(result, out[OS.score] as number);
  return result;
}

/**
 * Scores a series by the Statistics Canada / sdg-build (open-sdg 2.4) progress
 * measure. With a target: `target_achieved` when the latest value meets it
 * (score 5), else R = s·d·CAGRᵢ / |CAGR_T| against 95%, 60%, 0. Without: s·d·CAGRᵢ
 * against 1.5%·C, 0.5%·C, 0, where C scales the thresholds near a natural
 * `limit`. Edge rules of the source: a zero base or target is replaced by
 * 0.001; a sign change, or less than a year between base and latest, gives
 * `not_available`; duplicate years are an error.
 *
 * @throws ScoringInputError naming what is wrong with the input
 * @example
 *   const result = openSdg({
 *     direction: 'increase',
 *     series: [{ year: 2015, value: 50 }, { year: 2020, value: 60 }],
 *     target: { year: 2030, value: 80 },
 *   });
 *   result.status; // 'substantial_progress' (R ≈ 1.17, score ≈ 4.05)
 */
export function openSdg(input: Omit<AssessInput, 'method'>): OpenSdgResult {
  return evaluateOpenSdg(prepare({ ...input, method: 'open-sdg' }));
}
