import { elapsedShare } from './_lib/elapsedShare.js';
import { pointDay, pointIso, timeLabel, timePiece, timePieces } from './_lib/labels.js';
import { fmt, orNull, pct, round6, round6Into } from './_lib/numbers.js';
import { type Prepared, type PreparedTarget, prepare } from './_lib/prepare.js';
import { projectPoints } from './_lib/projection.js';
import { slotCount } from './_lib/slots.js';
import { describeTarget, meets } from './_lib/target.js';
import { isoDay } from './_lib/time.js';
import type { AssessInput } from './schema/assessInput.js';
import type { TimeProgressResult } from './schema/results.js';
import type { SeriesPoint } from './schema/series.js';
import { statusLabels, type TimeProgressStatus, timeProgressStatuses } from './statusLabels.js';

/** Slots of the kernel's output array. */
export const TP = {
  completion: 0,
  timeProgress: 1,
  expected: 2,
  fromExpected: 3,
  toTarget: 4,
  yearsRemaining: 5,
  requiredPace: 6,
} as const;

/** Kernel status codes, in the order of `timeProgressStatuses`. */
export const TP_ACHIEVED = 0;
export const TP_AHEAD = 1;
export const TP_ON_TRACK = 2;
export const TP_BEHIND = 3;
export const TP_REGRESSING = 4;
export const TP_NO_DATA = 5;

/**
 * The arithmetic of time-progress on plain numbers, for `assess` and for
 * columns of series. Writes the figures into `out` (see `TP`) and returns the
 * status code. `day*` are calendar day numbers, `t*` decimal years.
 */
export function timeProgressKernel(
  y0: number,
  day0: number,
  yi: number,
  dayi: number,
  ti: number,
  aim: number,
  dayT: number,
  tT: number,
  d: number,
  achieved: boolean,
  onePoint: boolean,
  tolerance: number,
  out: Float64Array,
): number {
  const tau = elapsedShare(day0, dayT, dayi);
  const span = aim - y0;
  const completion = d * span > 0 ? (yi - y0) / span : Number.NaN;
  const expected = y0 + tau * span;
  const yearsRemaining = tT - ti;
  // The slots of `TP` written as numbers: a shorter function, which the JIT inlines at less cost.
  out[0] = completion;
  out[1] = tau;
  out[2] = expected;
  out[3] = yi - expected;
  out[4] = aim - yi;
  out[5] = yearsRemaining;
  out[6] = yearsRemaining > 0 ? (aim - yi) / yearsRemaining : Number.NaN;
  if (achieved) return TP_ACHIEVED;
  if (onePoint) return TP_NO_DATA;
  if (d * (yi - y0) < 0) return TP_REGRESSING;
  if (dayi >= dayT || Number.isNaN(completion)) return TP_BEHIND;
  if (completion >= tau + tolerance) return TP_AHEAD;
  if (completion >= tau - tolerance) return TP_ON_TRACK;
  return TP_BEHIND;
}

const EMPTY = /* @__PURE__ */ new Float64Array(/* @__PURE__ */ slotCount(TP));
/** The kernel's figures rounded (`round6Into`). */
const ROUNDED = /* @__PURE__ */ new Float64Array(/* @__PURE__ */ slotCount(TP));

function emptyResult(
  p: Prepared,
  reason: 'no_target' | 'no_data',
  zh: string,
  en: string,
): TimeProgressResult {
  const base = p.n > 0 ? (p.points[0] ?? null) : null;
  const latest = p.n > 0 ? (p.points[p.n - 1] ?? null) : null;
  return {
    method: 'time-progress',
    status: 'no_data',
    label: statusLabels['time-progress'].no_data.label,
    score: null,
    components: {
      direction: p.direction,
      comparator: p.target?.comparator ?? 'eq',
      target: null,
      baseDate: base ? pointIso(base) : null,
      baseValue: base ? base.value : null,
      latestDate: latest ? pointIso(latest) : null,
      latestValue: latest ? latest.value : null,
      targetDate: p.target ? pointIso(p.target) : null,
      targetValue: p.target ? p.target.value : null,
      asOf: p.asOf,
      pointsUsed: p.n,
      pointsAfterAsOf: p.points.length - p.n,
      completionProgress: null,
      timeProgress: null,
      timeProgressAtAsOf: null,
      onTrackTolerance: p.onTrackTolerance,
      expectedValue: null,
      differenceFromExpected: null,
      differenceToTarget: null,
      yearsRemaining: null,
      requiredAnnualPace: null,
      targetDatePassed: null,
      projection: null,
      reason,
    },
    explanation: { zh, en },
  };
}

/** The label of a target met once its date has passed (rather than ahead of it). */
const ACHIEVED_LABEL = { zh: '已实现', en: 'Achieved' };

/** The status labels by kernel code (an array read, not a lookup by status name). */
const LABELS = /* @__PURE__ */ timeProgressStatuses.map(
  (status) => statusLabels['time-progress'][status].label,
);

// Pieces of the explanations around a time, built once per year (`timePiece`).
const VALUE_ZH = /* @__PURE__ */ timePieces('', '年值');
const THE_VALUE_EN = /* @__PURE__ */ timePieces('The ', ' value ');
const MEETS_ZH = /* @__PURE__ */ timePieces('已达到', '目标（');
const MEETS_EN = /* @__PURE__ */ timePieces(' meets the ', ' target (');
const FROM_EN = /* @__PURE__ */ timePieces(' (', ') to ');
const AT_END_EN = /* @__PURE__ */ timePieces(' (', ').');
const AHEAD_ZH = /* @__PURE__ */ timePieces('（', '），快于预期');
const ON_TRACK_ZH = /* @__PURE__ */ timePieces('（', '），两者相差不超过');
const ON_TRACK_EN = /* @__PURE__ */ timePieces(' (', '), within ±');
const BEHIND_ZH = /* @__PURE__ */ timePieces('（', '），落后于时序进度');
const BEHIND_EN = /* @__PURE__ */ timePieces(' (', '), ');

/**
 * `完成进度60%，时序进度62.5%` followed by `rest`. The Chinese texts are joined from the
 * right: V8 joins a short Chinese piece and a short number (`完成进度` + `60%`, under 13
 * characters in all, one of them two bytes a character and the other one) in its runtime,
 * at about three times the cost of any other join.
 */
function figuresZh(completionText: string, tauText: string, rest: string): string {
  // biome-ignore lint/style/useTemplate: a template joins from the left (see above)
  return '完成进度' + (completionText + ('，时序进度' + (tauText + rest)));
}

/** `completion 60% of the way from 10 (2020) to 80, time progress 62.5%`. */
function figuresEn(
  completionText: string,
  tauText: string,
  y0: number,
  basePoint: SeriesPoint,
  aim: number,
): string {
  return `completion ${completionText} of the way from ${fmt(y0)}${timePiece(FROM_EN, basePoint)}${fmt(aim)}, time progress ${tauText}`;
}

/**
 * The explanation of a time-progress status in both languages. Its own
 * function, so that the JIT inlines the number formatting into it. The common
 * statuses join a few long pieces (`timePieces`); their Chinese texts are
 * grouped as `figuresZh` explains.
 */
function explain(
  code: number,
  p: Prepared,
  target: PreparedTarget,
  targetText: string,
  basePoint: SeriesPoint,
  latestPoint: SeriesPoint,
  completionValue: number,
  tauValue: number,
  completion: number | null,
  tau: number | null,
  passed: boolean,
): { zh: string; en: string } {
  const n = p.n;
  const y0 = p.y[0] as number;
  const yi = p.y[n - 1] as number;
  let zh: string;
  let en: string;
  switch (code) {
    case TP_ACHIEVED: {
      const latest = fmt(yi);
      // `2023年值52.3已达到2025目标（≥ 50），提前实现。`
      zh =
        timePiece(VALUE_ZH, latestPoint) +
        (latest + timePiece(MEETS_ZH, target)) +
        targetText +
        (passed ? '）。' : '），提前实现。');
      // `The 2023 value 52.3 meets the 2025 target (≥ 50), ahead of the target date.`
      en =
        timePiece(THE_VALUE_EN, latestPoint) +
        latest +
        timePiece(MEETS_EN, target) +
        targetText +
        (passed ? ').' : '), ahead of the target date.');
      if (n === 1) {
        zh += '基期值即已达标。';
        en += ' The target was already met at the base.';
      }
      break;
    }
    case TP_NO_DATA: {
      const baseText = timeLabel(basePoint);
      const base = fmt(y0);
      zh = `只有基期值（${baseText}年${base}），尚无后续数据，无法判断进度。`;
      en = `Only the base value is known (${base} in ${baseText}); there is no later value to measure progress by.`;
      break;
    }
    case TP_REGRESSING: {
      const latest = fmt(yi);
      const base = fmt(y0);
      const away = p.d > 0 ? '下降，背离目标（' : '上升，背离目标（';
      // `2023年值46.5较基期50.26下降，背离目标（≥ 59.54）。`
      // Joined from the right, as `figuresZh` explains.
      zh =
        timePiece(VALUE_ZH, latestPoint) +
        (latest + ('较基期' + (base + (away + targetText)))) +
        '）。';
      // `The 2023 value 46.5 has moved away from the target (≥ 59.54) since the base 50.26 (2020).`
      en = `${timePiece(THE_VALUE_EN, latestPoint)}${latest} has moved away from the target (${targetText}) since the base ${base}${timePiece(AT_END_EN, basePoint)}`;
      break;
    }
    default: {
      if (code === TP_BEHIND && passed) {
        const targetWhen = timeLabel(target);
        const latestText = timeLabel(latestPoint);
        const latest = fmt(yi);
        zh = `目标期（${targetWhen}）已过，${latestText}年值${latest}未达到目标（${targetText}）。`;
        en = `The target date (${targetWhen}) has passed and the ${latestText} value ${latest} does not meet the target (${targetText}).`;
        break;
      }
      if (code === TP_BEHIND && completion === null) {
        const latestText = timeLabel(latestPoint);
        const latest = fmt(yi);
        const base = fmt(y0);
        zh = `基期值${base}已处于或超过目标值，但${latestText}年值${latest}未满足目标（${targetText}）。`;
        en = `The base ${base} was already at or past the target value, but the ${latestText} value ${latest} does not meet the target (${targetText}).`;
        break;
      }
      const completionText = pct(completion);
      const tauText = pct(tau);
      const figures = figuresEn(completionText, tauText, y0, basePoint, target.aim);
      if (code === TP_AHEAD) {
        // `完成进度70%，时序进度60%（2023），快于预期10%。`
        const lead = pct(completionValue - tauValue);
        zh = `${figuresZh(completionText, tauText, timePiece(AHEAD_ZH, latestPoint) + lead)}。`;
        en = `Ahead of schedule: ${figures}${timePiece(AT_END_EN, latestPoint)}`;
        if (completionValue > 1) {
          zh += `已超出目标值（${targetText}）。`;
          en += ` The value has gone past the target (${targetText}).`;
        }
      } else if (code === TP_ON_TRACK) {
        const tolerance = pct(p.onTrackTolerance);
        zh = `${figuresZh(completionText, tauText, timePiece(ON_TRACK_ZH, latestPoint) + tolerance)}，基本符合预期。`;
        en = `Broadly on schedule: ${figures}${timePiece(ON_TRACK_EN, latestPoint)}${tolerance}.`;
      } else {
        const short = pct(tauValue - completionValue);
        zh = `${figuresZh(completionText, tauText, timePiece(BEHIND_ZH, latestPoint) + short)}，滞后。`;
        en = `Behind schedule: ${figures}${timePiece(BEHIND_EN, latestPoint)}${short} short.`;
      }
    }
  }
  return { zh, en };
}

/** time-progress on a prepared series (shared by `assess`). */
export function evaluateTimeProgress(p: Prepared): TimeProgressResult {
  const target = p.target;
  if (!target) {
    return emptyResult(
      p,
      'no_target',
      '没有目标值，无法计算完成进度。',
      'No target: completion progress cannot be measured.',
    );
  }
  if (p.n === 0) {
    return emptyResult(
      p,
      'no_data',
      `截至${p.asOf}没有数据（基期值也在其后）。`,
      `No value is dated on or before ${p.asOf} (not even the base).`,
    );
  }
  const n = p.n;
  const basePoint = p.points[0] as NonNullable<(typeof p.points)[0]>;
  const latestPoint = p.points[n - 1] as NonNullable<(typeof p.points)[0]>;
  const y0 = p.y[0] as number;
  const yi = p.y[n - 1] as number;
  const ti = p.t[n - 1] as number;
  const day0 = pointDay(basePoint);
  const dayi = pointDay(latestPoint);
  const dayT = pointDay(target);
  const achieved = meets(yi, target.cmp, target.value, target.upper, target.tolerance, p.d);
  const out = EMPTY;
  const code = timeProgressKernel(
    y0,
    day0,
    yi,
    dayi,
    ti,
    target.aim,
    dayT,
    target.t,
    p.d,
    achieved,
    n === 1,
    p.onTrackTolerance,
    out,
  );
  const status = timeProgressStatuses[code] as TimeProgressStatus;
  const rounded = ROUNDED;
  round6Into(out, rounded);
  // With only the base value there is no progress to measure: missing, never zero.
  const completion = code === TP_NO_DATA ? null : orNull(rounded[TP.completion] as number);
  const tau = code === TP_NO_DATA ? null : orNull(rounded[TP.timeProgress] as number);
  let tauAsOf = tau;
  if (p.asOf !== null) tauAsOf = round6(elapsedShare(day0, dayT, isoDay(p.asOf)));
  const passed = dayi >= dayT;
  const targetText = describeTarget(target.cmp, target.value, target.upper, target.tolerance, p.d);
  const explanation = explain(
    code,
    p,
    target,
    targetText,
    basePoint,
    latestPoint,
    out[TP.completion] as number,
    out[TP.timeProgress] as number,
    completion,
    tau,
    passed,
  );
  const label =
    code === TP_ACHIEVED && passed ? ACHIEVED_LABEL : (LABELS[code] as TimeProgressResult['label']);

  // The unrounded score is computed again from the components when a roll-up asks (`exactScoreOf`).
  return {
    method: 'time-progress',
    status,
    label,
    score: completion,
    components: {
      direction: p.direction,
      comparator: target.comparator,
      target: targetText,
      baseDate: pointIso(basePoint),
      baseValue: y0,
      latestDate: pointIso(latestPoint),
      latestValue: yi,
      targetDate: pointIso(target),
      targetValue: target.aim,
      asOf: p.asOf,
      pointsUsed: n,
      pointsAfterAsOf: p.points.length - n,
      completionProgress: completion,
      timeProgress: tau,
      timeProgressAtAsOf: tauAsOf,
      onTrackTolerance: p.onTrackTolerance,
      expectedValue: orNull(rounded[TP.expected] as number),
      differenceFromExpected: orNull(rounded[TP.fromExpected] as number),
      differenceToTarget: orNull(rounded[TP.toTarget] as number),
      yearsRemaining: orNull(rounded[TP.yearsRemaining] as number),
      requiredAnnualPace: orNull(rounded[TP.requiredPace] as number),
      targetDatePassed: passed,
      projection: n >= 2 ? projectPoints(p.t, p.y, n, target.t, target.aim, p.d) : null,
      reason: n === 1 && !achieved ? 'one_point' : null,
    },
    explanation,
  };
}

/**
 * Scores a series by the practice of Chinese plan mid-term evaluations:
 * completion progress `(latest − base) / (target − base)` against time
 * progress (elapsed share of base date → target date, in calendar days at the
 * latest value's date). Statuses: `achieved` (the target's comparator holds),
 * `ahead` / `on_track` / `behind` (completion against time progress ± the
 * tolerance, default 5 points), `regressing` (moved away from the target),
 * `no_data`.
 *
 * @throws ScoringInputError naming what is wrong with the input
 * @example
 *   timeProgress({
 *     direction: 'increase',
 *     series: [{ year: 2020, value: 10 }, { year: 2023, value: 52 }],
 *     target: { year: 2025, value: 80 },
 *   }).status; // 'on_track': completion (52 − 10) / (80 − 10) = 60%, time progress at the end of 2023 ≈ 60%
 */
export function timeProgress(input: Omit<AssessInput, 'method'>): TimeProgressResult {
  return evaluateTimeProgress(prepare({ ...input, method: 'time-progress' }));
}
