import type { Indicator } from '@plan/indicators';
import * as z from 'zod';
import { combine, labelOf, MISSING_STATUS } from './_lib/combine.js';
import { exactScoreOf, withExactScore } from './_lib/exactScore.js';
import { round } from './_lib/numbers.js';
import { checkObservations, shapeObservations } from './_lib/observations.js';
import { partOf, ratioShareOf, type Scalar, scalarOf, shareOf } from './_lib/planValues.js';
import { isoDecimalYearCached } from './_lib/time.js';
import { assess } from './assess.js';
import { benchmarkGap } from './benchmarkGap.js';
import { Method, type ScoringDirection, type TargetComparator } from './schema/assessInput.js';
import type {
  AnyStatus,
  IndicatorAssessment,
  QuantityAssessment,
} from './schema/indicatorAssessment.js';
import type { Observation, ObservationInput } from './schema/observation.js';
import type { AssessResult } from './schema/results.js';
import { IsoDate, Year } from './schema/series.js';
import { ScoringInputError } from './scoringInputError.js';
import { type SdsnColour, statusRank } from './statusLabels.js';

/** Options of `assessIndicator`; the defaults are the Ordos plan's. */
export const AssessIndicatorOptions = /* @__PURE__ */ z
  .object({
    method: Method,
    asOf: IsoDate.optional(),
    region: z.string().min(1).optional().describe('Defaults to the subject region'),
    baselineYear: Year.default(2020),
    targetYear: Year.default(2025),
    subjectRegion: z
      .string()
      .min(1)
      .default('ordos')
      .describe('The region the plan sets targets for (鄂尔多斯市)'),
    benchmarkRegion: z
      .string()
      .min(1)
      .default('inner-mongolia')
      .describe('The region printed beside it (内蒙古)'),
    benchmarkName: z
      .object({ zh: z.string(), en: z.string() })
      .default({ zh: '内蒙古', en: 'Inner Mongolia' })
      .describe('The benchmark region’s name, for explanations'),
    onTrackTolerance: z.number().min(0).max(1).optional(),
  })
  .meta({ id: 'AssessIndicatorOptions' });
export type AssessIndicatorOptions = z.input<typeof AssessIndicatorOptions>;

type Text = { zh: string; en: string };
type Point = { year?: number; date?: string; value: number; t: number };
type Target = {
  value: number;
  upper: number | null;
  comparator: TargetComparator;
  printed: string;
};

/** Whether a result says the target is met (each method words it its own way). */
export function isAchieved(result: AssessResult | null): boolean {
  if (!result) return false;
  switch (result.method) {
    case 'time-progress':
      return result.status === 'achieved';
    case 'open-sdg':
      return result.status === 'target_achieved';
    case 'unsd-2023':
      return (
        result.components.exception === 'latest_meets_target' ||
        result.components.exception === 'within_one_point_of_limit'
      );
    case 'weather':
      return result.components.procedure === 'target_reached';
    default:
      return result.colour === 'green';
  }
}

function timeText(point: { year?: number | undefined; date?: string | undefined }): string {
  return point.year !== undefined ? String(point.year) : String(point.date);
}

function assessQuantity(
  indicator: Indicator,
  spec: {
    part: string | null;
    partLabel: Text | null;
    baseline: Scalar | null;
    target: Target | null;
    targetFrom: 'plan' | 'subject';
    points: Point[];
    benchmark: { baseline: Scalar | null; target: Scalar | null } | null;
  },
  options: z.output<typeof AssessIndicatorOptions>,
  notes: Text[],
): QuantityAssessment {
  const { baselineYear, targetYear } = options;
  const label = spec.partLabel ? `${spec.partLabel.zh}：` : '';
  const labelEn = spec.partLabel ? `${spec.partLabel.en}: ` : '';
  let points = [...spec.points].sort((a, b) => a.t - b.t);
  const early = points.filter((point) => point.t < baselineYear);
  if (early.length > 0) {
    notes.push({
      zh: `${label}${early.length}个早于基期（${baselineYear}年）的数据未计入。`,
      en: `${labelEn}${early.length} value(s) dated before the base year ${baselineYear} are left out.`,
    });
    points = points.filter((point) => point.t >= baselineYear);
  }
  let base: {
    time: string;
    value: number;
    printed: string | null;
    from: 'plan' | 'observation';
  } | null = null;
  let series: { year?: number; date?: string; value: number }[];
  if (spec.baseline) {
    base = {
      time: String(baselineYear),
      value: spec.baseline.value,
      printed: spec.baseline.printed,
      from: 'plan',
    };
    if (spec.baseline.comparator !== 'eq') {
      notes.push({
        zh: `${label}基期值印为“${spec.baseline.printed}”，按${spec.baseline.value}计。`,
        en: `${labelEn}The baseline is printed "${spec.baseline.printed}"; ${spec.baseline.value} is used.`,
      });
    }
    const same = points.find((point) => point.t === baselineYear);
    if (same && same.value !== spec.baseline.value) {
      notes.push({
        zh: `${label}采用规划的${baselineYear}年基期值${spec.baseline.value}；观测数据为${same.value}。`,
        en: `${labelEn}The plan's ${baselineYear} baseline ${spec.baseline.value} is used; an observation gives ${same.value}.`,
      });
    }
    series = [{ year: baselineYear, value: spec.baseline.value }];
    for (const point of points) if (point.t !== baselineYear) series.push(stripT(point));
  } else {
    const first = points[0];
    if (first) {
      base = { time: timeText(first), value: first.value, printed: null, from: 'observation' };
      notes.push({
        zh: `${label}规划未列基期值，以首个观测值（${timeText(first)}年${first.value}）为基期。`,
        en: `${labelEn}The plan gives no baseline; the first observation (${first.value} in ${timeText(first)}) is the base.`,
      });
    }
    series = points.map(stripT);
  }

  let direction: ScoringDirection = indicator.direction === 'decrease' ? 'decrease' : 'increase';
  if (
    indicator.direction === 'band' &&
    spec.target &&
    spec.target.upper !== null &&
    base &&
    base.value > spec.target.upper
  ) {
    direction = 'decrease';
  }
  const target = spec.target;
  const asOfT = options.asOf ? isoDecimalYearCached(options.asOf) : Number.POSITIVE_INFINITY;
  const visible = (base ? series : []).filter((point) => {
    const t = point.year !== undefined ? point.year : isoDecimalYearCached(point.date as string);
    return t <= asOfT;
  });
  const latestPoint = visible[visible.length - 1];
  const latest = latestPoint ? { time: timeText(latestPoint), value: latestPoint.value } : null;

  let result: AssessResult | null = null;
  if (base) {
    const percent = indicator.unit.kind === 'percent';
    result = assess({
      method: options.method,
      direction,
      series,
      ...(target
        ? {
            target: {
              year: targetYear,
              value: target.value,
              comparator: target.comparator,
              ...(target.upper !== null ? { upper: target.upper } : {}),
            },
          }
        : {}),
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(percent ? { limit: direction === 'increase' ? 100 : 0 } : {}),
      unit: indicator.unit.kind,
      ...(options.onTrackTolerance !== undefined
        ? { onTrackTolerance: options.onTrackTolerance }
        : {}),
    });
  }

  let benchmark: QuantityAssessment['benchmark'] = null;
  if (spec.benchmark && (latest ?? base)) {
    const compared = (latest ?? base) as { time: string; value: number };
    benchmark = benchmarkGap({
      region: options.benchmarkRegion,
      regionName: options.benchmarkName,
      direction,
      value: compared.value,
      time: compared.time,
      baseline: spec.benchmark.baseline,
      target: spec.benchmark.target,
    });
  }

  return {
    part: spec.part,
    partLabel: spec.partLabel,
    direction,
    baseline: base,
    target: target
      ? {
          year: targetYear,
          value: target.value,
          upper: target.upper,
          comparator: target.comparator,
          printed: target.printed,
          from: spec.targetFrom,
        }
      : null,
    latest,
    result,
    benchmark,
  };
}

function stripT(point: Point): { year?: number; date?: string; value: number } {
  return point.year !== undefined
    ? { year: point.year, value: point.value }
    : { date: point.date as string, value: point.value };
}

function pointOf(observation: Observation, value: number): Point {
  return observation.year !== undefined
    ? { year: observation.year, value, t: observation.year }
    : {
        date: observation.date as string,
        value,
        t: isoDecimalYearCached(observation.date as string),
      };
}

/**
 * Assesses one plan indicator for one region by one method, from the plan's
 * baseline and target and the observations given. It reads the plan's value
 * shapes: comparators (≥, ＞, 约/左右), a ratio scored on one share (职普比例
 * 40：60 on the vocational share, within its band), a split row scored per part
 * and combined (双师型 中职/高职), counts, decrease-is-better rows, and absent
 * baselines (`-`: the first observation becomes the base). For the subject
 * region it also compares with the benchmark region (内蒙古) where the plan
 * prints its values. A district or banner has no figures of its own in the
 * plan: the city's target is applied to it and its base comes from its
 * observations.
 *
 * @throws ScoringInputError for bad options or observations that cannot belong to the indicator
 * @example
 *   const myopia = indicatorById('student-myopia-rate');
 *   assessIndicator(myopia, [{ indicatorId: 'student-myopia-rate', year: 2023, value: 57 }], {
 *     method: 'time-progress',
 *     asOf: '2024-03-31',
 *   }).status; // 'behind': completion 50% against time progress 60%
 */
export function assessIndicator(
  indicator: Indicator,
  observations: readonly ObservationInput[],
  options: AssessIndicatorOptions,
): IndicatorAssessment {
  const parsedOptions = AssessIndicatorOptions.safeParse(options);
  if (!parsedOptions.success) throw ScoringInputError.fromZod(parsedOptions.error, 'options');
  const opts = parsedOptions.data;
  const region = opts.region ?? opts.subjectRegion;
  const shaped = shapeObservations(observations);
  const mine = checkObservations(
    shaped
      .map((observation, index) => ({ observation, index }))
      .filter(
        ({ observation }) =>
          observation.indicatorId === indicator.id &&
          (observation.region ?? opts.subjectRegion) === region,
      ),
    (id) => (id === indicator.id ? indicator : undefined),
    null,
    opts.subjectRegion,
  );
  return assessChecked(indicator, mine, opts, region);
}

/** `assessIndicator` on observations already checked and filtered to this indicator and region. */
export function assessChecked(
  indicator: Indicator,
  mine: readonly Observation[],
  opts: z.output<typeof AssessIndicatorOptions>,
  region: string,
): IndicatorAssessment {
  const notes: Text[] = [];
  const isSubject = region === opts.subjectRegion;
  const pair = isSubject
    ? indicator.values.subject
    : region === opts.benchmarkRegion
      ? indicator.values.benchmark
      : null;
  const baselineCell = pair?.baseline;
  const targetCell = pair ? pair.target : indicator.values.subject.target;
  const targetFrom = pair ? 'plan' : 'subject';
  if (!pair) {
    notes.push({
      zh: '规划只为全市设定目标：此处以全市目标衡量该旗区，基期取其观测值。',
      en: "The plan sets targets for the city only: the city's target is applied to this district or banner, and its base comes from its observations.",
    });
  }
  const benchmarkPair = isSubject ? indicator.values.benchmark : null;
  const quantities: QuantityAssessment[] = [];
  let scoredOn: Text | null = null;

  const toTarget = (scalar: Scalar | null): Target | null =>
    scalar
      ? { value: scalar.value, upper: null, comparator: scalar.comparator, printed: scalar.printed }
      : null;

  if (indicator.parts) {
    for (const part of indicator.parts) {
      const points = mine.flatMap((observation) => {
        const value = observation.value;
        if (typeof value !== 'object' || !('parts' in value)) return [];
        const partValue = value.parts[part.id];
        return partValue === undefined ? [] : [pointOf(observation, partValue)];
      });
      quantities.push(
        assessQuantity(
          indicator,
          {
            part: part.id,
            partLabel: part.label,
            baseline: partOf(baselineCell, part.id),
            target: toTarget(partOf(targetCell, part.id)),
            targetFrom,
            points,
            benchmark: benchmarkPair
              ? {
                  baseline: partOf(benchmarkPair.baseline, part.id),
                  target: partOf(benchmarkPair.target, part.id),
                }
              : null,
          },
          opts,
          notes,
        ),
      );
    }
  } else if (indicator.unit.kind === 'ratio') {
    const index = indicator.band?.ratioPart ?? 0;
    scoredOn = indicator.band?.scoredOn ?? {
      zh: `比例第${index + 1}项占比`,
      en: `The share of part ${index + 1} of the ratio`,
    };
    const points = mine.flatMap((observation) => {
      const value = observation.value;
      if (typeof value !== 'object' || !('ratio' in value)) return [];
      const share = shareOf(value.ratio, index);
      return share === null ? [] : [pointOf(observation, share)];
    });
    const printedTarget = targetCell && targetCell.kind !== 'absent' ? targetCell.printed : '';
    const target: Target | null = indicator.band
      ? {
          value: indicator.band.lower,
          upper: indicator.band.upper,
          comparator: 'between',
          printed: `${printedTarget}（${indicator.band.lower}–${indicator.band.upper}）`,
        }
      : toTarget(ratioShareOf(targetCell, index));
    quantities.push(
      assessQuantity(
        indicator,
        {
          part: null,
          partLabel: null,
          baseline: ratioShareOf(baselineCell, index),
          target,
          targetFrom,
          points,
          benchmark: benchmarkPair
            ? {
                baseline: ratioShareOf(benchmarkPair.baseline, index),
                target: ratioShareOf(benchmarkPair.target, index),
              }
            : null,
        },
        opts,
        notes,
      ),
    );
  } else {
    const points = mine.flatMap((observation) =>
      typeof observation.value === 'number' ? [pointOf(observation, observation.value)] : [],
    );
    quantities.push(
      assessQuantity(
        indicator,
        {
          part: null,
          partLabel: null,
          baseline: scalarOf(baselineCell),
          target: toTarget(scalarOf(targetCell)),
          targetFrom,
          points,
          benchmark: benchmarkPair
            ? { baseline: scalarOf(benchmarkPair.baseline), target: scalarOf(benchmarkPair.target) }
            : null,
        },
        opts,
        notes,
      ),
    );
  }

  const method = opts.method;
  const results = quantities.map((quantity) => quantity.result);
  let status: AnyStatus;
  let score: number | null;
  let exact: number | null;
  let colour: SdsnColour | null = null;
  let combination: IndicatorAssessment['combination'] = null;
  let explanation: Text;
  const only = quantities.length === 1 ? (results[0] ?? null) : null;
  if (quantities.length === 1) {
    status = only ? only.status : MISSING_STATUS[method];
    score = only ? only.score : null;
    exact = only ? exactScoreOf(only) : null;
    colour = only?.method === 'sdsn' ? only.colour : method === 'sdsn' ? 'grey' : null;
    explanation = only
      ? scoredOn
        ? {
            zh: `按${scoredOn.zh}计：${only.explanation.zh}`,
            en: `Scored on ${scoredOn.en.charAt(0).toLowerCase()}${scoredOn.en.slice(1)}: ${only.explanation.en}`,
          }
        : only.explanation
      : {
          zh: '没有可作为基期的数据，无法评估。',
          en: 'No value to start from: cannot be assessed.',
        };
  } else {
    const assessedResults = results.filter((result): result is AssessResult => result !== null);
    const combined = combine(
      method,
      assessedResults.map((result) => ({
        status: result.status,
        score: exactScoreOf(result),
        colour: result.method === 'sdsn' ? result.colour : null,
      })),
    );
    status = combined.status;
    exact = combined.score;
    score = combined.score === null ? null : round(combined.score, 4);
    colour = combined.colour;
    combination = { rule: combined.rule, assessed: combined.assessed };
    const parts = quantities.map((quantity) => ({
      zh: `${quantity.partLabel?.zh}：${quantity.result ? quantity.result.explanation.zh : '无数据。'}`,
      en: `${quantity.partLabel?.en}: ${quantity.result ? quantity.result.explanation.en : 'no data.'}`,
    }));
    const rule =
      combined.rule === 'mean_score'
        ? {
            zh: '各部分得分取平均，全部达标才算“已实现目标”。',
            en: 'The parts’ scores are averaged; the target counts as achieved only if every part achieves it.',
          }
        : { zh: '取各部分中最差的状态。', en: 'The worst status of the parts is taken.' };
    explanation = {
      zh: `${parts.map((part) => part.zh).join(' ')} ${rule.zh}`,
      en: `${parts.map((part) => part.en).join(' ')} ${rule.en}`,
    };
  }
  const missing = statusRank(method, status) === null;
  const achieved = results.length > 0 && results.every((result) => isAchieved(result));

  return withExactScore(
    {
      indicatorId: indicator.id,
      table: indicator.table,
      categoryPath: [...indicator.categoryPath],
      name: indicator.name,
      unit: { zh: indicator.unit.zh, en: indicator.unit.en, kind: indicator.unit.kind },
      region,
      method,
      asOf: opts.asOf ?? null,
      status,
      label: quantities.length === 1 && only ? only.label : labelOf(method, status),
      score,
      colour,
      missing,
      achieved,
      explanation,
      scoredOn,
      quantities,
      combination,
      notes,
    },
    exact,
  );
}
