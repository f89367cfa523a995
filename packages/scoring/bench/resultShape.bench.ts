/**
 * What building a result costs by itself, beside the floor, for the two methods whose floor
 * is a few divisions (weather and sdsn). Each result of `assess()` on the series of
 * `assess.bench.ts` is built again from its figures, which are computed beforehand and not
 * timed: the same keys in the same order, the same window, the same label objects and the same
 * explanation in both languages, joined from constant pieces and the figures' texts. No input
 * check, no kernel, no rounding. Before timing, every rebuilt result is checked equal (as JSON)
 * to the one `assess()` returned, so the timing is of the real result, not of a cheaper one.
 *
 * This is a lower bound for any `assess()` that returns those results as plain data: issue 17
 * asks `assess()` for ≥ 10% of its floor, and this shows how much of that budget the result
 * alone takes. Not a test: it prints figures.
 *
 *   pnpm tsx bench/resultShape.bench.ts            (in packages/scoring)
 *   SERIES=200000 ROUNDS=1 pnpm tsx bench/resultShape.bench.ts
 *   CHECK=0 pnpm tsx bench/resultShape.bench.ts   (no equality check: faster, figures unchecked)
 *
 * In some runs `assess()` for sdsn measures ~11 µs a call instead of ~0.55: V8 has then decided
 * to allocate the results' `components` and `explanation` in old space (allocation-site
 * pretenuring; `%InYoungGeneration` says so, and with `--no-allocation-site-pretenuring` it never
 * happened in 6 runs). The bench says so when it sees it; the result-alone figures are not affected.
 */
import { type BenchResult, record } from '@plan/bench';
import { fmt, fmtAfterWide, pct } from '../src/_lib/numbers.js';
import { assess } from '../src/assess.js';
import type { AssessInput } from '../src/schema/assessInput.js';
import type { SdsnResult, WeatherResult } from '../src/schema/results.js';
import {
  sdsnColourLabels,
  sdsnColours,
  sdsnStatuses,
  statusLabels,
  weatherStatuses,
} from '../src/statusLabels.js';
import { floor, makeColumns, makeInputs, POINTS, ROUNDS, time } from './_series.js';

const SERIES = Number(process.env.SERIES ?? 1_000_000);
const POOL = Math.min(65_536, SERIES);
const columns = makeColumns(SERIES);
const { years, values } = columns;

/** A figure that may be null, kept as NaN in a Float64Array. */
const keep = (x: number | null): number => (x === null ? Number.NaN : x);
const back = (x: number): number | null => (Number.isNaN(x) ? null : x);

// ---- weather ---------------------------------------------------------------------------------

/** The explanation's branches that the bench's series reach (every series reaches one). */
const REACHED = 0;
const NOT_TOWARDS = 1;
const WOULD_MEET = 2;
const MISSING = 3;

const WEATHER_LABELS = weatherStatuses.map((status) => statusLabels.weather[status].label);

interface WeatherFigures {
  status: Uint8Array;
  branch: Uint8Array;
  mean: Float64Array;
  last: Float64Array;
  projected: Float64Array;
  gap: Float64Array;
  miss: Float64Array;
  target: Float64Array;
}

function weatherFigures(): WeatherFigures {
  const f: WeatherFigures = {
    status: new Uint8Array(SERIES),
    branch: new Uint8Array(SERIES),
    mean: new Float64Array(SERIES),
    last: new Float64Array(SERIES),
    projected: new Float64Array(SERIES),
    gap: new Float64Array(SERIES),
    miss: new Float64Array(SERIES),
    target: new Float64Array(SERIES),
  };
  for (let i = 0; i < SERIES; i++) {
    const r = assess(inputOf(i, 'weather')) as WeatherResult;
    const c = r.components;
    f.status[i] = weatherStatuses.indexOf(r.status);
    f.branch[i] =
      c.procedure === 'target_reached'
        ? REACHED
        : r.status === 'thunderstorm'
          ? NOT_TOWARDS
          : (c.missShare ?? 1) <= 0
            ? WOULD_MEET
            : MISSING;
    if (c.procedure === 'direction' || c.pointsUsed !== POINTS)
      throw new Error('unexpected series');
    f.mean[i] = keep(c.meanAnnualChange);
    f.last[i] = keep(c.lastChange);
    f.projected[i] = keep(c.projectedValue);
    f.gap[i] = keep(c.gap);
    f.miss[i] = keep(c.missShare);
    f.target[i] = c.targetValue as number;
  }
  return f;
}

function buildWeather(f: WeatherFigures, i: number, explained: boolean): WeatherResult {
  const first = i * POINTS;
  const window = new Array(POINTS);
  for (let j = 0; j < POINTS; j++)
    window[j] = { time: YEAR_TEXTS[j] as string, value: values[first + j] as number };
  const code = f.status[i] as number;
  const branch = f.branch[i] as number;
  const latest = values[first + POINTS - 1] as number;
  const targetValue = f.target[i] as number;
  const mean = back(f.mean[i] as number);
  const projected = back(f.projected[i] as number);
  const gap = back(f.gap[i] as number);
  const miss = back(f.miss[i] as number);
  const targetText = fmtAfterWide('≥ ', targetValue);
  let explanation: WeatherResult['explanation'] = NO_EXPLANATION;
  if (explained) {
    const meanText = fmt(mean);
    let zh: string;
    let en: string;
    if (branch === REACHED) {
      const latestText = fmt(latest);
      zh = `2023年值${latestText}已达到目标（${targetText}）；近3次变化的年均变化${meanText}${code === 0 ? '，未显示回落。' : '，显示可能回落。'}`;
      en = `The 2023 value ${latestText} already meets the target (${targetText}); mean annual change ${meanText}${code === 0 ? ' over the last 3 changes shows no setback.' : ' over the last 3 changes points to a setback.'}`;
    } else if (branch === NOT_TOWARDS) {
      zh = `近3次变化的年均变化${meanText}，未朝目标方向发展，与目标（${targetText}）的差距在扩大或未缩小。`;
      en = `The mean annual change ${meanText} over the last 3 changes does not move towards the target (${targetText}): the gap is not closing.`;
    } else if (branch === WOULD_MEET) {
      const projectedText = fmt(projected);
      zh = `近3次变化的年均变化${meanText}，按此推算2025年为${projectedText}，将达到目标（${targetText}）。`;
      en = `At the mean annual change ${meanText} over the last 3 changes, the value reaches ${projectedText} by 2025: the target (${targetText}) would be met.`;
    } else {
      const projectedText = fmt(projected);
      const gapText = fmt(Math.abs(targetValue - latest));
      const missText = pct(miss);
      zh = `近3次变化的年均变化${meanText}，按此推算2025年为${projectedText}，将错过目前差距（${gapText}）的${missText}（少于5%为晴，5%–20%为晴间多云）。`;
      en = `At the mean annual change ${meanText} over the last 3 changes, the value reaches ${projectedText} by 2025, missing ${missText} of the current gap of ${gapText} (sun below 5%, slightly cloudy up to 20%).`;
    }
    explanation = { zh, en };
  }
  return {
    method: 'weather',
    status: weatherStatuses[code] as WeatherResult['status'],
    label: WEATHER_LABELS[code] as WeatherResult['label'],
    score: null,
    components: {
      procedure: branch === REACHED ? 'target_reached' : 'target',
      direction: 'increase',
      window,
      meanAnnualChange: mean,
      lastChange: back(f.last[i] as number),
      latestYear: 2023,
      latestValue: latest,
      targetYear: 2025,
      targetValue,
      target: targetText,
      projectedValue: projected,
      gap,
      missShare: miss,
      asOf: null,
      pointsUsed: POINTS,
      pointsAfterAsOf: 0,
      reason: null,
    },
    explanation,
  };
}

// ---- sdsn ------------------------------------------------------------------------------------

const SDSN_LABELS = sdsnStatuses.map((status) => statusLabels.sdsn[status].label);
const COLOUR_ZH = sdsnColours.map(
  (colour) => `分，仪表盘颜色：${sdsnColourLabels[colour].label.zh}。`,
);
const COLOUR_EN = sdsnColours.map(
  (colour) => `; dashboard colour ${colour} (${sdsnColourLabels[colour].label.en}).`,
);
const TREND_ZH = SDSN_LABELS.map((label) => `趋势：${label.zh}。`);
const TREND_EN = SDSN_LABELS.map((label) => ` Trend: ${label.en}.`);
const TREND_END_ZH = SDSN_LABELS.map((label) => `分：${label.zh}。`);
const TREND_END_EN = SDSN_LABELS.map((label) => `${label.en.toLowerCase()}.`);

interface SdsnFigures {
  status: Uint8Array;
  colour: Uint8Array;
  /** lowerBound, optimum, score, unclamped score, green score, red score, observed, required, ratio. */
  figures: Float64Array;
}
const SDSN_FIGURES = 9;

function sdsnFigures(): SdsnFigures {
  const f: SdsnFigures = {
    status: new Uint8Array(SERIES),
    colour: new Uint8Array(SERIES),
    figures: new Float64Array(SERIES * SDSN_FIGURES),
  };
  for (let i = 0; i < SERIES; i++) {
    const r = assess(inputOf(i, 'sdsn')) as SdsnResult;
    const c = r.components;
    if (c.reason !== null || c.boundsFrom !== 'defaults') throw new Error('unexpected series');
    f.status[i] = sdsnStatuses.indexOf(r.status);
    f.colour[i] = sdsnColours.indexOf(r.colour);
    const row = [
      c.lowerBound,
      c.optimum,
      c.latestScore,
      c.latestScoreUnclamped,
      c.greenScore,
      c.redScore,
      c.observedGrowth,
      c.requiredGrowth,
      c.growthRatio,
    ];
    for (let k = 0; k < SDSN_FIGURES; k++) f.figures[i * SDSN_FIGURES + k] = keep(row[k] ?? null);
  }
  return f;
}

function buildSdsn(f: SdsnFigures, i: number, explained: boolean): SdsnResult {
  const at = i * SDSN_FIGURES;
  const x = f.figures;
  const code = f.status[i] as number;
  const colour = f.colour[i] as number;
  const latest = values[i * POINTS + POINTS - 1] as number;
  const lower = x[at] as number;
  const optimum = x[at + 1] as number;
  const score = back(x[at + 2] as number);
  const observed = back(x[at + 6] as number);
  const required = back(x[at + 7] as number);
  let explanation: SdsnResult['explanation'] = NO_EXPLANATION;
  if (explained) {
    const scoreText = fmt(score);
    let trendZh: string;
    let trendEn: string;
    if (observed === null) {
      trendZh = TREND_ZH[code] as string;
      trendEn = TREND_EN[code] as string;
    } else {
      const observedText = fmt(observed);
      const requiredText = fmt(required);
      trendZh = `年均增长${observedText}分，到2025年达到绿色需年均${requiredText}${TREND_END_ZH[code] as string}`;
      trendEn = ` The score grows ${observedText} points a year against ${requiredText} needed to reach green by 2025: ${TREND_END_EN[code] as string}`;
    }
    const latestText = fmt(latest);
    const lowerText = fmt(lower);
    const optimumText = fmt(optimum);
    explanation = {
      zh: `2023年值${latestText}在${lowerText}（0分）与${optimumText}（100分）之间标准化为${scoreText}${COLOUR_ZH[colour] as string}${trendZh}`,
      en: `The 2023 value ${latestText} is rescaled between ${lowerText} (0) and ${optimumText} (100) to ${scoreText}${COLOUR_EN[colour] as string}${trendEn}`,
    };
  }
  return {
    method: 'sdsn',
    status: sdsnStatuses[code] as SdsnResult['status'],
    label: SDSN_LABELS[code] as SdsnResult['label'],
    score,
    colour: sdsnColours[colour] as SdsnResult['colour'],
    components: {
      direction: 'increase',
      lowerBound: lower,
      optimum,
      green: optimum,
      red: lower,
      boundsFrom: 'defaults',
      baseYear: 2020,
      baseScore: 0,
      latestYear: 2023,
      latestValue: latest,
      latestScore: score,
      latestScoreUnclamped: back(x[at + 3] as number),
      greenScore: back(x[at + 4] as number),
      redScore: back(x[at + 5] as number),
      targetYear: 2025,
      observedGrowth: observed,
      requiredGrowth: required,
      growthRatio: back(x[at + 8] as number),
      asOf: null,
      pointsUsed: POINTS,
      pointsAfterAsOf: 0,
      reason: null,
    },
    explanation,
  };
}

// ---- the run ---------------------------------------------------------------------------------

/** The years of every series, as `assess()` writes them in a window. */
const YEAR_TEXTS = Array.from({ length: POINTS }, (_, j) => String(years[j]));
/** Stands in for the explanation when timing the rest of the result: one shared object. */
const NO_EXPLANATION = Object.freeze({ zh: '', en: '' });

function inputOf(i: number, method: 'weather' | 'sdsn') {
  return makeInputs(columns, method, 1, i)[0] as AssessInput;
}

function check<R>(method: string, build: (i: number) => R): void {
  for (let i = 0; i < SERIES; i++) {
    const rebuilt = JSON.stringify(build(i));
    const real = JSON.stringify(assess(inputOf(i, method as 'weather' | 'sdsn')));
    if (rebuilt !== real) {
      console.error(
        `${method}: series ${i} rebuilt differently\n  rebuilt ${rebuilt}\n  assess  ${real}`,
      );
      process.exit(1);
    }
  }
}

const ns = (seconds: number) => `${((seconds / SERIES) * 1e9).toFixed(0)} ns`;
const share = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

console.log(
  `@plan/scoring result shape: ${SERIES.toLocaleString('en')} series of ${POINTS} points, CPU time, best of ${ROUNDS} rounds`,
);
const figures: BenchResult[] = [];
let sink = 0;
const status = new Uint8Array(SERIES);
const score = new Float64Array(SERIES);
for (const [method, build] of [
  [
    'weather',
    (
      (f) => (i: number, e: boolean) =>
        buildWeather(f, i, e)
    )(weatherFigures()),
  ],
  [
    'sdsn',
    (
      (f) => (i: number, e: boolean) =>
        buildSdsn(f, i, e)
    )(sdsnFigures()),
  ],
] as const) {
  if (process.env.CHECK !== '0') check(method, (i) => build(i, true));
  const inputs = makeInputs(columns, method, POOL);
  for (let i = 0; i < 200_000; i++) {
    sink += assess(inputs[i % POOL] as (typeof inputs)[number]).status.length;
    sink += build(i % SERIES, true).status.length + build(i % SERIES, false).status.length;
  }
  floor(method, columns, status, score);
  const assessSeconds = time(() => {
    for (let i = 0; i < SERIES; i++)
      sink += assess(inputs[i % POOL] as (typeof inputs)[number]).status.length;
  });
  const shapeSeconds = time(() => {
    for (let i = 0; i < SERIES; i++) sink += build(i, true).status.length;
  });
  const bareSeconds = time(() => {
    for (let i = 0; i < SERIES; i++) sink += build(i, false).status.length;
  });
  const floorSeconds = time(() => floor(method, columns, status, score));
  const budget = floorSeconds * 10;
  console.log('');
  console.log(
    `${method}: floor ${ns(floorSeconds)} a series, so 10% of it allows ${ns(budget)} a call`,
  );
  console.log(
    `  assess()                                      ${ns(assessSeconds)}  ${share(floorSeconds, assessSeconds)} of the floor`,
  );
  console.log(
    `  the result alone, built from its figures      ${ns(shapeSeconds)}  ${share(floorSeconds, shapeSeconds)} of the floor, ${share(shapeSeconds, budget)} of the 10% budget`,
  );
  console.log(
    `  the same without its explanation              ${ns(bareSeconds)}  ${share(floorSeconds, bareSeconds)} of the floor`,
  );
  if (assessSeconds > 8 * shapeSeconds)
    console.log(
      '  (assess() ran far slower than usual: most likely V8 allocation-site pretenuring, see the header)',
    );
  console.log(`  so the explanation's text alone costs         ${ns(shapeSeconds - bareSeconds)}`);
  figures.push(
    {
      name: `scoring ${method}: the result alone, rebuilt from its figures (series/s)`,
      value: SERIES / shapeSeconds,
      unit: 'series/s',
      baseline: SERIES / floorSeconds,
      ratio: floorSeconds / shapeSeconds,
    },
    {
      name: `scoring ${method}: the result without its explanation, rebuilt (series/s)`,
      value: SERIES / bareSeconds,
      unit: 'series/s',
      baseline: SERIES / floorSeconds,
      ratio: floorSeconds / bareSeconds,
    },
  );
}
record(figures);
if (sink === Number.MIN_VALUE) console.log(sink);
