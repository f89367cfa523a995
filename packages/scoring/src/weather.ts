import { timeLabel, timePiece, timePieces } from './_lib/labels.js';
import { fmt, pct, round4, round6 } from './_lib/numbers.js';
import { type Prepared, prepare } from './_lib/prepare.js';
import { slotCount } from './_lib/slots.js';
import { describeTarget, meets } from './_lib/target.js';
import type { AssessInput } from './schema/assessInput.js';
import type { WeatherResult } from './schema/results.js';
import type { SeriesPoint } from './schema/series.js';
import { statusLabels, type WeatherStatus, weatherStatuses } from './statusLabels.js';

/** Slots of the kernel's output array. */
export const WE = {
  meanChange: 0,
  lastChange: 1,
  projected: 2,
  missShare: 3,
  procedure: 4,
  first: 5,
} as const;

const PROCEDURES = ['target', 'target_reached', 'direction'] as const;
/** The window: the last six points (five annual changes); fewer than four points, no symbol. */
const WINDOW = 6;
const MINIMUM = 4;

/** Kernel symbol codes, in the order of `weatherStatuses`. */
const WE_SUN = 0;
const WE_SLIGHTLY_CLOUDY = 1;
const WE_CLOUDY = 2;
const WE_THUNDERSTORM = 3;
export const WE_NOT_CALCULABLE = 4;
/** Procedure codes written to `out[WE.procedure]`: indexes into `PROCEDURES`. */
const BY_TARGET = 0;
const TARGET_REACHED = 1;
const BY_DIRECTION = 2;

/**
 * The arithmetic of the German weather symbols on the first `n` points of
 * `t`/`y`. `yT` is NaN without a target. Returns the symbol code (0 sun,
 * 1 slightly cloudy, 2 cloudy, 3 thunderstorm, 4 not calculable).
 */
export function weatherKernel(
  t: ArrayLike<number>,
  y: ArrayLike<number>,
  offset: number,
  n: number,
  yT: number,
  tT: number,
  d: number,
  achieved: boolean,
  out: Float64Array,
): number {
  // The slots before `first` written as numbers: `fill` is a call into the runtime.
  out[0] = Number.NaN;
  out[1] = Number.NaN;
  out[2] = Number.NaN;
  out[3] = Number.NaN;
  out[4] = Number.NaN;
  const size = Math.min(n, WINDOW);
  out[WE.first] = n - size;
  if (size < MINIMUM) return WE_NOT_CALCULABLE;
  const last = offset + n - 1;
  const first = last - size + 1;
  const yi = y[last] as number;
  const ti = t[last] as number;
  // The mean of the annual changes in the window: per year, so gaps in the data do not bias it.
  const meanChange = (yi - (y[first] as number)) / (ti - (t[first] as number));
  const lastChange = (yi - (y[last - 1] as number)) / (ti - (t[last - 1] as number));
  out[WE.meanChange] = meanChange;
  out[WE.lastChange] = lastChange;
  if (Number.isNaN(yT)) {
    out[WE.procedure] = BY_DIRECTION;
    const mean = d * meanChange > 0;
    const latest = d * lastChange > 0;
    return mean ? (latest ? WE_SUN : WE_SLIGHTLY_CLOUDY) : latest ? WE_CLOUDY : WE_THUNDERSTORM;
  }
  if (achieved) {
    // Already met: the procedure for targets kept every year — the level first, then the trend.
    out[WE.procedure] = TARGET_REACHED;
    return d * meanChange >= 0 ? WE_SUN : WE_SLIGHTLY_CLOUDY;
  }
  out[WE.procedure] = BY_TARGET;
  const years = Math.max(tT - ti, 0);
  const projected = yi + meanChange * years;
  out[WE.projected] = projected;
  const gap = yT - yi;
  const missShare = gap === 0 ? (d * meanChange > 0 ? 0 : 1) : (yT - projected) / gap;
  out[WE.missShare] = missShare;
  if (d * meanChange <= 0) return WE_THUNDERSTORM;
  if (missShare < 0.05) return WE_SUN;
  if (missShare <= 0.2) return WE_SLIGHTLY_CLOUDY;
  return WE_CLOUDY;
}

const OUT = /* @__PURE__ */ new Float64Array(/* @__PURE__ */ slotCount(WE));

/** The status labels in the order of `weatherStatuses` (an array read, not a lookup by name). */
const LABELS = /* @__PURE__ */ weatherStatuses.map((status) => statusLabels.weather[status].label);

/** `近3次变化的年均变化` and ` over the last 3 changes` by the number of changes (window − 1). */
const MEAN_ZH = /* @__PURE__ */ Array.from({ length: WINDOW }, (_, k) => `近${k}次变化的年均变化`);
const OVER_EN = /* @__PURE__ */ Array.from(
  { length: WINDOW },
  (_, k) => ` over the last ${k} changes`,
);
/**
 * The English that follows the mean change's figure, whole for each number of changes (and
 * each ending), so that an explanation joins one piece where it joined two or three:
 * ` over the last 3 changes, the value reaches `, … `, last change `, … ` does not move
 * towards the target (`, and `; … shows no setback.` / ` points to a setback.`.
 */
const OVER_REACHES_EN = /* @__PURE__ */ OVER_EN.map((over) => `${over}, the value reaches `);
const OVER_LAST_EN = /* @__PURE__ */ OVER_EN.map((over) => `${over}, last change `);
const OVER_NOT_TOWARDS_EN = /* @__PURE__ */ OVER_EN.map(
  (over) => `${over} does not move towards the target (`,
);
const OVER_NO_SETBACK_EN = /* @__PURE__ */ OVER_EN.map((over) => `${over} shows no setback.`);
const OVER_SETBACK_EN = /* @__PURE__ */ OVER_EN.map((over) => `${over} points to a setback.`);

// Pieces of the explanations around a time, built once per year (`timePiece`).
const VALUE_ZH = /* @__PURE__ */ timePieces('', '年值');
const THE_VALUE_EN = /* @__PURE__ */ timePieces('The ', ' value ');
const PROJECTS_ZH = /* @__PURE__ */ timePieces('，按此推算', '年为');
const BY_MET_EN = /* @__PURE__ */ timePieces(' by ', ': the target (');
const BY_MISSING_EN = /* @__PURE__ */ timePieces(' by ', ', missing ');

/**
 * The explanation of a weather symbol in both languages. Its own function, so that the JIT
 * inlines the number formatting into it. The Chinese texts are joined from the right: V8 joins
 * a short Chinese piece and a short number (fewer than 13 characters in all) in its runtime, at
 * about three times the cost of any other join. The English texts join the kept pieces above,
 * each where the text had two or three.
 */
function explain(
  code: number,
  procedure: WeatherResult['components']['procedure'],
  p: Prepared,
  n: number,
  changes: number,
  targetText: string | null,
  yi: number,
  meanChange: number | null,
  lastChange: number | null,
  projected: number | null,
  missShare: number | null,
): { zh: string; en: string } {
  if (code === WE_NOT_CALCULABLE) {
    return {
      zh: `只有${n}个数据点，少于4个，不作计算。`,
      en: `Only ${n} data point${n === 1 ? '' : 's'}: fewer than four, so no symbol is calculated.`,
    };
  }
  const meanText = fmt(meanChange);
  const meanZh = MEAN_ZH[changes] as string;
  const target = p.target;
  let zh: string;
  let en: string;
  if (procedure === 'direction' || target === null) {
    const lastText = fmt(lastChange);
    zh = `无目标值：${meanZh}${meanText}，最近一次变化${lastText}。`;
    en = `No target value: mean annual change ${meanText}${OVER_LAST_EN[changes] as string}${lastText}.`;
  } else if (procedure === 'target_reached') {
    const latestPoint = p.points[n - 1] as SeriesPoint;
    const latest = fmt(yi);
    const setback = code === 0 ? '，未显示回落。' : '，显示可能回落。';
    zh =
      timePiece(VALUE_ZH, latestPoint) +
      (latest + ('已达到目标（' + (targetText + ('）；' + (meanZh + (meanText + setback))))));
    en = `${timePiece(THE_VALUE_EN, latestPoint)}${latest} already meets the target (${targetText}); mean annual change ${meanText}${(code === 0 ? OVER_NO_SETBACK_EN : OVER_SETBACK_EN)[changes] as string}`;
  } else if (code === 3) {
    zh = `${meanZh + (meanText + ('，未朝目标方向发展，与目标（' + targetText))}）的差距在扩大或未缩小。`;
    en = `The mean annual change ${meanText}${OVER_NOT_TOWARDS_EN[changes] as string}${targetText}): the gap is not closing.`;
  } else if ((missShare ?? 1) <= 0) {
    const projectedText = fmt(projected);
    zh = `${meanZh + (meanText + (timePiece(PROJECTS_ZH, target) + (projectedText + ('，将达到目标（' + targetText))))}）。`;
    en = `At the mean annual change ${meanText}${OVER_REACHES_EN[changes] as string}${projectedText}${timePiece(BY_MET_EN, target)}${targetText}) would be met.`;
  } else {
    const projectedText = fmt(projected);
    const gapText = fmt(Math.abs(target.aim - yi));
    const missText = pct(missShare);
    zh =
      meanZh +
      (meanText +
        (timePiece(PROJECTS_ZH, target) +
          (projectedText +
            ('，将错过目前差距（' +
              (gapText + ('）的' + (missText + '（少于5%为晴，5%–20%为晴间多云）。')))))));
    en = `At the mean annual change ${meanText}${OVER_REACHES_EN[changes] as string}${projectedText}${timePiece(BY_MISSING_EN, target)}${missText} of the current gap of ${gapText} (sun below 5%, slightly cloudy up to 20%).`;
  }
  return { zh, en };
}

/** weather on a prepared series (shared by `assess`). */
export function evaluateWeather(p: Prepared): WeatherResult {
  const n = p.n;
  const target = p.target;
  const withTarget = target !== null;
  const yi = n > 0 ? (p.y[n - 1] as number) : Number.NaN;
  const achieved =
    withTarget && n > 0 && meets(yi, target.cmp, target.value, target.upper, target.tolerance, p.d);
  const out = OUT;
  const code = weatherKernel(
    p.t,
    p.y,
    0,
    n,
    withTarget ? target.aim : Number.NaN,
    withTarget ? target.t : Number.NaN,
    p.d,
    achieved,
    out,
  );
  const status = weatherStatuses[code] as WeatherStatus;
  const first = out[WE.first] as number;
  // Sized up front (growing by push allocates room for 17 entries).
  const window: { time: string; value: number }[] = new Array(
    code !== WE_NOT_CALCULABLE ? n - first : 0,
  );
  if (code !== WE_NOT_CALCULABLE) {
    for (let i = first; i < n; i++) {
      window[i - first] = { time: timeLabel(p.points[i] as SeriesPoint), value: p.y[i] as number };
    }
  }
  const procedureCode = out[WE.procedure] as number;
  const procedure = Number.isNaN(procedureCode) ? null : (PROCEDURES[procedureCode] ?? null);
  const meanChange = round6(out[WE.meanChange] as number);
  const lastChange = round6(out[WE.lastChange] as number);
  const projected = round6(out[WE.projected] as number);
  const missShare = round6(out[WE.missShare] as number);
  const targetText = withTarget
    ? describeTarget(target.cmp, target.value, target.upper, target.tolerance, p.d)
    : null;

  return {
    method: 'weather',
    status,
    label: LABELS[code] as WeatherResult['label'],
    score: null,
    components: {
      procedure,
      direction: p.direction,
      window,
      meanAnnualChange: meanChange,
      lastChange,
      latestYear: n > 0 ? round4(p.t[n - 1] as number) : null,
      latestValue: n > 0 ? yi : null,
      targetYear: withTarget ? round4(target.t) : null,
      targetValue: withTarget ? target.aim : null,
      target: targetText,
      projectedValue: projected,
      gap: withTarget && n > 0 ? round6(target.aim - yi) : null,
      missShare,
      asOf: p.asOf,
      pointsUsed: n,
      pointsAfterAsOf: p.points.length - n,
      reason: code === WE_NOT_CALCULABLE ? 'too_few_points' : null,
    },
    explanation: explain(
      code,
      procedure,
      p,
      n,
      window.length - 1,
      targetText,
      yi,
      meanChange,
      lastChange,
      projected,
      missShare,
    ),
  };
}

/**
 * Assigns a weather symbol as the German Sustainable Development Strategy
 * does. With a target: the mean annual change of the last five changes (six
 * points) is carried to the target year; `sun` when the target is met or
 * missed by less than 5% of the current gap, `slightly_cloudy` 5–20%, `cloudy`
 * more than 20% while moving the right way, `thunderstorm` when moving the
 * wrong way. A target already met is judged by the level, then the trend (sun,
 * or slightly cloudy if the trend points to a setback). Without a target: the
 * mean change, then the last change. Fewer than four points: `not_calculable`.
 *
 * @throws ScoringInputError naming what is wrong with the input
 * @example
 *   weather({
 *     direction: 'decrease',
 *     series: [2019, 2020, 2021, 2022, 2023, 2024].map((year, i) => ({ year, value: 60 - i })),
 *     target: { year: 2030, value: 50 },
 *   }).status; // 'sun': −1 a year reaches 49 by 2030
 */
export function weather(input: Omit<AssessInput, 'method'>): WeatherResult {
  return evaluateWeather(prepare({ ...input, method: 'weather' }));
}
