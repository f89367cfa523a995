import { timePiece, timePieces } from './_lib/labels.js';
import { fmt, round4, round6 } from './_lib/numbers.js';
import { type Prepared, prepare } from './_lib/prepare.js';
import { slotCount } from './_lib/slots.js';
import type { AssessInput } from './schema/assessInput.js';
import type { SdsnResult } from './schema/results.js';
import type { SeriesPoint } from './schema/series.js';
import { ScoringInputError } from './scoringInputError.js';
import {
  type SdsnColour,
  type SdsnStatus,
  sdsnColourLabels,
  sdsnColours,
  sdsnStatuses,
  statusLabels,
} from './statusLabels.js';

/** Slots of the kernel's output array. */
export const SD = {
  latestRaw: 0,
  baseRaw: 1,
  greenScore: 2,
  redScore: 3,
  observed: 4,
  required: 5,
  colour: 6,
} as const;

/** Kernel trend codes, in the order of `sdsnStatuses`. */
const SD_ON_TRACK = 0;
const SD_MODERATELY_IMPROVING = 1;
const SD_STAGNATING = 2;
const SD_DECREASING = 3;
export const SD_TREND_UNAVAILABLE = 4;
/** Colour codes written to `out[SD.colour]`, in the order of `sdsnColours`. */
const GREEN = 0;
const YELLOW = 1;
const ORANGE = 2;
const RED = 3;
const GREY = 4;

/** Relative slack on the growth comparison, far below any meaningful difference. */
const EPSILON = 1e-9;

/**
 * The arithmetic of the SDR method on plain numbers: rescales to 0–100
 * between `lower` (worst) and `optimum`, colours by the green and red
 * thresholds (yellow and orange split at their midpoint), and compares the
 * observed growth of the rescaled score with the growth needed to reach green
 * by `tT`. Returns the trend code (0 ↑ on track, 1 ➚, 2 →, 3 ↓, 4 •); the
 * colour code (0 green … 3 red) goes to `out[SD.colour]`.
 */
export function sdsnKernel(
  y0: number,
  t0: number,
  yi: number,
  ti: number,
  tT: number,
  d: number,
  lower: number,
  optimum: number,
  green: number,
  red: number,
  out: Float64Array,
): number {
  const span = optimum - lower;
  out[SD.latestRaw] = ((yi - lower) / span) * 100;
  out[SD.baseRaw] = ((y0 - lower) / span) * 100;
  out[SD.greenScore] = ((green - lower) / span) * 100;
  out[SD.redScore] = ((red - lower) / span) * 100;
  out[SD.observed] = Number.NaN;
  out[SD.required] = Number.NaN;
  // Colours are decided on values, not on rescaled scores, so no rounding can move a value across a threshold.
  const mid = (green + red) / 2;
  const reached = d * (yi - green) >= 0;
  out[SD.colour] = reached
    ? GREEN
    : d * (yi - mid) >= 0 && d * (mid - red) > 0
      ? YELLOW
      : d * (yi - red) > 0
        ? ORANGE
        : RED;
  if (!(ti > t0) || Number.isNaN(tT)) return SD_TREND_UNAVAILABLE;
  if (reached) return SD_ON_TRACK;
  const observed = ((out[SD.latestRaw] as number) - (out[SD.baseRaw] as number)) / (ti - t0);
  const required = ((out[SD.greenScore] as number) - (out[SD.baseRaw] as number)) / (tT - t0);
  out[SD.observed] = observed;
  out[SD.required] = required;
  if (observed < 0) return SD_DECREASING;
  // Exactly on pace is on pace: decimal data (98.5 → 98.8) must not fall short by a rounding error.
  const needed = required * (1 - EPSILON);
  if (observed >= needed) return SD_ON_TRACK;
  if (observed >= 0.5 * needed) return SD_MODERATELY_IMPROVING;
  return SD_STAGNATING;
}

const OUT = /* @__PURE__ */ new Float64Array(/* @__PURE__ */ slotCount(SD));

type Bounds = {
  lower: number;
  optimum: number;
  green: number;
  red: number;
  from: 'input' | 'defaults' | 'mixed';
};

/** No bounds given (read as `p.sdsn ?? NO_BOUNDS`, without a new object per call). */
const NO_BOUNDS: NonNullable<Prepared['sdsn']> = /* @__PURE__ */ Object.freeze({});

function boundsOf(p: Prepared): Bounds | null {
  const given = p.sdsn ?? NO_BOUNDS;
  const y0 = p.y[0] as number;
  const aim = p.target?.aim;
  const optimum = given.optimum ?? aim;
  if (optimum === undefined) return null;
  const lower = given.lowerBound ?? y0;
  const green = given.green ?? aim ?? optimum;
  const red = given.red ?? lower;
  const keys =
    (given.lowerBound !== undefined ? 1 : 0) +
    (given.optimum !== undefined ? 1 : 0) +
    (given.green !== undefined ? 1 : 0) +
    (given.red !== undefined ? 1 : 0);
  const from = keys === 4 ? 'input' : keys === 0 ? 'defaults' : 'mixed';
  if (keys > 0) checkBounds(p, given, lower, optimum, green, red);
  return { lower, optimum, green, red, from };
}

/** The checks of bounds given in the input (none to check for the defaults). */
function checkBounds(
  p: Prepared,
  given: NonNullable<Prepared['sdsn']>,
  lower: number,
  optimum: number,
  green: number,
  red: number,
): void {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const better = p.d > 0 ? 'above' : 'below';
  if (given.optimum !== undefined || given.lowerBound !== undefined) {
    if (!(p.d * (optimum - lower) > 0)) {
      issues.push({
        path: ['sdsn', 'optimum'],
        message: `the optimum must be ${better} the lower bound for an ${p.direction}`,
      });
    }
  }
  if ((given.green !== undefined || given.red !== undefined) && p.d * (green - red) < 0) {
    issues.push({
      path: ['sdsn', 'green'],
      message: `the green threshold must not be ${p.d > 0 ? 'below' : 'above'} the red one`,
    });
  }
  if (issues.length > 0) throw new ScoringInputError(issues);
}

/** The status labels in the order of `sdsnStatuses`, and their English in lower case. */
const LABELS = /* @__PURE__ */ sdsnStatuses.map((status) => statusLabels.sdsn[status].label);
const LOWER_EN = /* @__PURE__ */ LABELS.map((label) => label.en.toLowerCase());

/**
 * The colour's part of an explanation, whole for each colour (in the order of `sdsnColours`):
 * `分，仪表盘颜色：仍有挑战。` and `; dashboard colour yellow (Challenges remain).`. Kept, so
 * that an explanation joins one piece where it joined four.
 */
const COLOUR_ZH = /* @__PURE__ */ sdsnColours.map(
  (colour) => `分，仪表盘颜色：${sdsnColourLabels[colour].label.zh}。`,
);
const COLOUR_EN = /* @__PURE__ */ sdsnColours.map(
  (colour) => `; dashboard colour ${colour} (${sdsnColourLabels[colour].label.en}).`,
);
/** The end of the trend's text for each trend (`分：正常推进。`, `on track or ….`), kept. */
const TREND_END_ZH = /* @__PURE__ */ LABELS.map((label) => `分：${label.zh}。`);
const TREND_END_EN = /* @__PURE__ */ LOWER_EN.map((lower) => `${lower}.`);

// Pieces of the explanations around a time, built once per year (`timePiece`).
const VALUE_ZH = /* @__PURE__ */ timePieces('', '年值');
const THE_VALUE_EN = /* @__PURE__ */ timePieces('The ', ' value ');
const REACH_ZH = /* @__PURE__ */ timePieces('分，到', '年达到绿色需年均');
const BY_EN = /* @__PURE__ */ timePieces(' needed to reach green by ', ': ');

/**
 * The explanation of an sdsn result in both languages. Its own function, so that the JIT
 * inlines the number formatting into it. The Chinese texts are joined from the right: V8 joins
 * a short Chinese piece and a short number (fewer than 13 characters in all) in its runtime, at
 * about three times the cost of any other join.
 */
function explain(
  code: number,
  reason: SdsnResult['components']['reason'],
  degenerate: boolean,
  colourCode: number,
  p: Prepared,
  n: number,
  bounds: Bounds | null,
  yi: number,
  score: number | null,
  observed: number | null,
  required: number | null,
): { zh: string; en: string } {
  if (reason === 'no_data') {
    return { zh: `截至${p.asOf}没有数据。`, en: `No value is dated on or before ${p.asOf}.` };
  }
  if (reason === 'no_bounds' || bounds === null) {
    return {
      zh: '没有目标值或最优值，无法标准化。',
      en: 'No target or optimum to rescale against.',
    };
  }
  const target = p.target;
  let trendZh: string;
  let trendEn: string;
  if (code === SD_TREND_UNAVAILABLE) {
    trendZh =
      reason === 'no_target' ? '无目标年份，无法判断趋势。' : '只有一个数据点，无趋势信息。';
    trendEn =
      reason === 'no_target'
        ? ' No target year, so no trend arrow.'
        : ' One data point: no trend information.';
  } else if (degenerate || observed === null || target === null) {
    const label = LABELS[code] as SdsnResult['label'];
    trendZh = `趋势：${label.zh}。`;
    trendEn = ` Trend: ${label.en}.`;
  } else {
    const observedText = fmt(observed);
    const requiredText = fmt(required);
    // `年均增长20分，到2025年达到绿色需年均20分：正常推进。`
    trendZh =
      '年均增长' +
      (observedText +
        (timePiece(REACH_ZH, target) + (requiredText + (TREND_END_ZH[code] as string))));
    trendEn = ` The score grows ${observedText} points a year against ${requiredText}${timePiece(BY_EN, target)}${TREND_END_EN[code] as string}`;
  }
  const latestPoint = p.points[n - 1] as SeriesPoint;
  const latest = fmt(yi);
  const scoreText = fmt(score);
  // `……计60分，仪表盘颜色：黄色。` and the trend, joined from the right.
  const scoreZh = scoreText + ((COLOUR_ZH[colourCode] as string) + trendZh);
  const colourEn = (COLOUR_EN[colourCode] as string) + trendEn;
  let zh: string;
  let en: string;
  if (degenerate) {
    const greenText = fmt(bounds.green);
    zh = `基期已达到或超过目标，按是否达到绿色阈值${greenText + ('计' + scoreZh)}`;
    en = ` is the base is already at or past the target, so the score is ${scoreText} by whether green (${greenText}) is reached${colourEn}`;
  } else {
    const lowerText = fmt(bounds.lower);
    const optimumText = fmt(bounds.optimum);
    zh = `在${lowerText + ('（0分）与' + (optimumText + ('（100分）之间标准化为' + scoreZh)))}`;
    en = ` is rescaled between ${lowerText} (0) and ${optimumText} (100) to ${scoreText}${colourEn}`;
  }
  return {
    zh: timePiece(VALUE_ZH, latestPoint) + (latest + zh),
    en: timePiece(THE_VALUE_EN, latestPoint) + (latest + en),
  };
}

/** sdsn on a prepared series (shared by `assess`). */
export function evaluateSdsn(p: Prepared): SdsnResult {
  const n = p.n;
  const target = p.target;
  const bounds = n > 0 ? boundsOf(p) : null;
  const y0 = n > 0 ? (p.y[0] as number) : Number.NaN;
  const t0 = n > 0 ? (p.t[0] as number) : Number.NaN;
  const yi = n > 0 ? (p.y[n - 1] as number) : Number.NaN;
  const ti = n > 0 ? (p.t[n - 1] as number) : Number.NaN;
  const tT = target ? target.t : Number.NaN;
  const out = OUT;
  // Every slot written as a number: `fill` is a call into the runtime.
  for (let i = 0; i < out.length; i++) out[i] = Number.NaN;
  let code = SD_TREND_UNAVAILABLE;
  let colourCode = GREY;
  let reason: SdsnResult['components']['reason'] = null;
  let degenerate = false;
  if (n === 0) reason = 'no_data';
  else if (!bounds) reason = 'no_bounds';
  else if (!(p.d * (bounds.optimum - bounds.lower) > 0)) {
    // The base already at or past the target: no span to rescale over. Score 100 when green holds, else 0.
    degenerate = true;
    reason = 'degenerate_bounds';
    const reached = p.d * (yi - bounds.green) >= 0;
    colourCode = reached ? GREEN : RED;
    out[SD.latestRaw] = reached ? 100 : 0;
    code = n < 2 ? SD_TREND_UNAVAILABLE : reached ? 0 : p.d * (yi - y0) < 0 ? 3 : 2;
  } else {
    code = sdsnKernel(
      y0,
      t0,
      yi,
      ti,
      tT,
      p.d,
      bounds.lower,
      bounds.optimum,
      bounds.green,
      bounds.red,
      out,
    );
    colourCode = out[SD.colour] as number;
    if (code === SD_TREND_UNAVAILABLE) reason = n < 2 || !(ti > t0) ? 'one_point' : 'no_target';
  }
  const status = sdsnStatuses[code] as SdsnStatus;
  const raw = out[SD.latestRaw] as number;
  const score = !Number.isNaN(raw) ? round4(raw < 0 ? 0 : Math.min(raw, 100)) : null;
  const observed = round6(out[SD.observed] as number);
  const required = round6(out[SD.required] as number);
  const ratio =
    observed !== null && required !== null && required !== 0 ? round6(observed / required) : null;

  // The unrounded score is computed again from the components when a roll-up asks (`exactScoreOf`).
  return {
    method: 'sdsn',
    status,
    label: LABELS[code] as SdsnResult['label'],
    score,
    colour: sdsnColours[colourCode] as SdsnColour,
    components: {
      direction: p.direction,
      lowerBound: bounds ? bounds.lower : null,
      optimum: bounds ? bounds.optimum : null,
      green: bounds ? bounds.green : null,
      red: bounds ? bounds.red : null,
      boundsFrom: bounds ? bounds.from : 'defaults',
      baseYear: n > 0 ? round4(t0) : null,
      baseScore: round4(out[SD.baseRaw] as number),
      latestYear: n > 0 ? round4(ti) : null,
      latestValue: n > 0 ? yi : null,
      latestScore: score,
      latestScoreUnclamped: round4(raw),
      greenScore: round4(out[SD.greenScore] as number),
      redScore: round4(out[SD.redScore] as number),
      targetYear: target ? round4(target.t) : null,
      observedGrowth: observed,
      requiredGrowth: required,
      growthRatio: ratio,
      asOf: p.asOf,
      pointsUsed: n,
      pointsAfterAsOf: p.points.length - n,
      reason,
    },
    explanation: explain(
      code,
      reason,
      degenerate,
      colourCode,
      p,
      n,
      bounds,
      yi,
      score,
      observed,
      required,
    ),
  };
}

/**
 * Scores a series the way the Sustainable Development Report (SDSN) does:
 * the latest value rescaled to 0–100 between a lower bound (worst) and an
 * optimum, clamped; a dashboard colour from the green and red thresholds
 * (yellow and orange split at their midpoint); and a trend arrow comparing the
 * observed yearly growth of the rescaled score with the growth needed to reach
 * green by the target year: `on_track` (≥ needed, or green reached),
 * `moderately_improving` (≥ half), `stagnating`, `decreasing`. Defaults for a
 * plan: the base is the lower bound and the red threshold, the target the
 * optimum and the green threshold.
 *
 * @throws ScoringInputError naming what is wrong with the input
 * @example
 *   const result = sdsn({
 *     direction: 'increase',
 *     series: [{ year: 2020, value: 65 }, { year: 2023, value: 86 }],
 *     target: { year: 2025, value: 100 },
 *   });
 *   result.score; // 60: 86 between 65 (0) and 100 (100)
 *   result.colour; // 'yellow': past the midpoint of red 65 and green 100
 *   result.status; // 'on_track': 20 points a year against 20 needed
 */
export function sdsn(input: Omit<AssessInput, 'method'>): SdsnResult {
  return evaluateSdsn(prepare({ ...input, method: 'sdsn' }));
}
