import { type Indicator, ratioShare } from '@plan/indicators';
import type { TargetComparator } from '../schema/assessInput.js';
import type { Observation } from '../schema/observation.js';
import { partOf, ratioShareOf, type Scalar, scalarOf } from './planValues.js';
import { isoDecimalYearCached } from './time.js';

/** Bilingual text. */
export type Text = { zh: string; en: string };
/** An observed value with its time as a decimal year. */
export type Point = { year?: number; date?: string; value: number; t: number };
/** A target as the methods read it: a band has an upper end. */
export type Target = {
  value: number;
  upper: number | null;
  comparator: TargetComparator;
  printed: string;
};

/** One quantity to score: the indicator itself, one part of a split row, or a ratio's share. */
export type QuantitySpec = {
  part: string | null;
  partLabel: Text | null;
  baseline: Scalar | null;
  target: Target | null;
  /** `plan` when the region has its own figures, `subject` when the city's target is applied. */
  targetFrom: 'plan' | 'subject';
  points: Point[];
  benchmark: { baseline: Scalar | null; target: Scalar | null } | null;
};

/** The regions of a plan that have figures of their own. */
export type PlanRegions = { subjectRegion: string; benchmarkRegion: string };

/** What `indicatorSpecs` reads off an indicator for one region. */
export type IndicatorSpecs = {
  quantities: QuantitySpec[];
  /** For a ratio: the share that is scored. */
  scoredOn: Text | null;
  notes: Text[];
};

function pointOf(observation: Observation, value: number): Point {
  return observation.year !== undefined
    ? { year: observation.year, value, t: observation.year }
    : {
        date: observation.date as string,
        value,
        t: isoDecimalYearCached(observation.date as string),
      };
}

function toTarget(scalar: Scalar | null): Target | null {
  return scalar
    ? { value: scalar.value, upper: null, comparator: scalar.comparator, printed: scalar.printed }
    : null;
}

/**
 * The quantities to score for an indicator in one region, read off the plan's
 * value shapes: a split row gives one per part (双师型 中职/高职), a ratio is
 * scored on one share (职普比例 on the vocational share, within its band),
 * anything else is one number. The subject and benchmark regions use their
 * own printed figures; a district or banner gets the city's target and no
 * baseline (its first observation becomes the base), with a note saying so.
 */
export function indicatorSpecs(
  indicator: Indicator,
  observations: readonly Observation[],
  region: string,
  plan: PlanRegions,
): IndicatorSpecs {
  const notes: Text[] = [];
  const isSubject = region === plan.subjectRegion;
  const pair = isSubject
    ? indicator.values.subject
    : region === plan.benchmarkRegion
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

  if (indicator.parts) {
    const quantities = indicator.parts.map(
      (part): QuantitySpec => ({
        part: part.id,
        partLabel: part.label,
        baseline: partOf(baselineCell, part.id),
        target: toTarget(partOf(targetCell, part.id)),
        targetFrom,
        points: observations.flatMap((observation) => {
          const value = observation.value;
          if (typeof value !== 'object' || !('parts' in value)) return [];
          const partValue = value.parts[part.id];
          return partValue === undefined ? [] : [pointOf(observation, partValue)];
        }),
        benchmark: benchmarkPair
          ? {
              baseline: partOf(benchmarkPair.baseline, part.id),
              target: partOf(benchmarkPair.target, part.id),
            }
          : null,
      }),
    );
    return { quantities, scoredOn: null, notes };
  }

  if (indicator.unit.kind === 'ratio') {
    const index = indicator.band?.ratioPart ?? 0;
    const scoredOn = indicator.band?.scoredOn ?? {
      zh: `比例第${index + 1}项占比`,
      en: `The share of part ${index + 1} of the ratio`,
    };
    const printedTarget = targetCell && targetCell.kind !== 'absent' ? targetCell.printed : '';
    const target: Target | null = indicator.band
      ? {
          value: indicator.band.lower,
          upper: indicator.band.upper,
          comparator: 'between',
          printed: `${printedTarget}（${indicator.band.lower}–${indicator.band.upper}）`,
        }
      : toTarget(ratioShareOf(targetCell, index));
    const quantity: QuantitySpec = {
      part: null,
      partLabel: null,
      baseline: ratioShareOf(baselineCell, index),
      target,
      targetFrom,
      points: observations.flatMap((observation) => {
        const value = observation.value;
        if (typeof value !== 'object' || !('ratio' in value)) return [];
        const share = ratioShare(value.ratio, index);
        return share === undefined ? [] : [pointOf(observation, share)];
      }),
      benchmark: benchmarkPair
        ? {
            baseline: ratioShareOf(benchmarkPair.baseline, index),
            target: ratioShareOf(benchmarkPair.target, index),
          }
        : null,
    };
    return { quantities: [quantity], scoredOn, notes };
  }

  const quantity: QuantitySpec = {
    part: null,
    partLabel: null,
    baseline: scalarOf(baselineCell),
    target: toTarget(scalarOf(targetCell)),
    targetFrom,
    points: observations.flatMap((observation) =>
      typeof observation.value === 'number' ? [pointOf(observation, observation.value)] : [],
    ),
    benchmark: benchmarkPair
      ? { baseline: scalarOf(benchmarkPair.baseline), target: scalarOf(benchmarkPair.target) }
      : null,
  };
  return { quantities: [quantity], scoredOn: null, notes };
}
