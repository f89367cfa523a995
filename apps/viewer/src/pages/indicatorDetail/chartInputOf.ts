import { type AssessmentItem, dayOf, timeProgressOf } from '../../api/assessments.js';
import type { Indicator, Observation, PlanSummary } from '../../api/types.js';
import type { ChartInput, ChartTrack } from '../../charts/chartOption.js';
import { numberOf, observedNumber, tracksOf } from '../../lib/planValues.js';

/** Observed values as chart points for one track (a part, a ratio's scored share), in date order. */
function pointsOf(
  observations: readonly Observation[],
  part: string | undefined,
  ratioPart: number,
): { date: string; value: number; illustrative: boolean }[] {
  return observations
    .map((observation) => ({
      date: observation.date,
      value: observedNumber(observation.value, part, ratioPart),
      illustrative: observation.illustrative,
    }))
    .filter(
      (point): point is { date: string; value: number; illustrative: boolean } =>
        point.value !== undefined,
    )
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The chart's input: one track per part, the plan's values, the observations,
 * the projection the time-progress calculation reported and, where the plan
 * continues an indicator of its predecessor, that indicator's observations
 * under the predecessor plan.
 */
export function chartInputOf(
  indicator: Indicator,
  plan: Pick<PlanSummary, 'baselineYear' | 'targetYear'>,
  observations: readonly Observation[],
  timeProgress: AssessmentItem | undefined,
  asOf: string,
  labels: ChartInput['labels'],
  locale: 'zh' | 'en',
  predecessor: readonly Observation[] = [],
): ChartInput {
  const ratioPart = indicator.band?.ratioPart ?? 0;
  const tracks: ChartTrack[] = tracksOf(indicator).map(({ part, label }) => {
    const points = pointsOf(observations, part, ratioPart);
    const earlier = pointsOf(predecessor, part, ratioPart);
    const quantity =
      timeProgress?.quantities.find((candidate) => (candidate.part ?? undefined) === part) ??
      (part === undefined ? timeProgress?.quantities[0] : undefined);
    const projection = timeProgressOf(quantity)?.projection ?? null;
    const projected = projection?.leastSquares?.valueAtTarget ?? null;
    const latest = quantity?.latest;
    return {
      label: label ? (locale === 'zh' ? label.zh : label.en) : undefined,
      baseline: numberOf(indicator.values.subject.baseline, part, ratioPart),
      target: numberOf(indicator.values.subject.target, part, ratioPart),
      observations: points,
      projection:
        projected !== null && latest
          ? {
              from: { date: dayOf(latest.time), value: latest.value },
              to: { date: `${projection?.targetYear ?? plan.targetYear}-12-31`, value: projected },
            }
          : undefined,
      benchmark: {
        baseline: numberOf(indicator.values.benchmark.baseline, part, ratioPart),
        target: numberOf(indicator.values.benchmark.target, part, ratioPart),
      },
      band: indicator.band
        ? { lower: indicator.band.lower, upper: indicator.band.upper }
        : undefined,
      ...(earlier.length > 0 ? { predecessor: earlier } : {}),
    };
  });
  return {
    locale,
    labels,
    // A band indicator is drawn on the share it is scored on (职普比例: the vocational share).
    unit: indicator.band
      ? locale === 'zh'
        ? indicator.band.scoredOn.zh
        : indicator.band.scoredOn.en
      : locale === 'zh'
        ? indicator.unit.zh
        : indicator.unit.en,
    baselineDate: `${plan.baselineYear}-12-31`,
    targetDate: `${plan.targetYear}-12-31`,
    asOf,
    tracks,
  };
}
