import { checkValue, type Indicator } from '@plan/indicators';
import * as z from 'zod';
import { type Observation, ObservationInput } from '../schema/observation.js';
import { ScoringInputError, type ScoringIssue } from '../scoringInputError.js';

export type IndicatorLike = Pick<Indicator, 'id' | 'unit' | 'parts'>;

/**
 * Checks that an observed value can belong to its indicator, by the one rule
 * every caller uses (`checkValue` of @plan/indicators: a percentage in 0–100, a
 * count a whole number ≥ 0, an amount ≥ 0, a ratio for a ratio indicator with
 * parts adding up to 100 within `RATIO_TOLERANCE`, parts only the indicator
 * has). Pushes one issue per problem, with its path under `path`.
 */
export function checkObservationFit(
  observation: Pick<Observation, 'value'>,
  indicator: IndicatorLike,
  path: (string | number)[],
  issues: ScoringIssue[],
): void {
  for (const problem of checkValue(indicator, observation.value, 'value')) {
    issues.push({ path: [...path, ...problem.path.split('.')], message: problem.message });
  }
}

/**
 * Checks observations already shaped by `ObservationInput`: indicator and
 * region known, value fit, no duplicates. `indexes` maps each to its index in
 * the caller's array, for the paths of the issues.
 */
export function checkObservations(
  list: readonly { observation: ObservationInput; index: number }[],
  indicatorOf: (id: string) => IndicatorLike | undefined,
  regions: ReadonlySet<string> | null,
  subjectRegion: string,
): Observation[] {
  const issues: ScoringIssue[] = [];
  const seen = new Map<string, number>();
  const observations = list.map(({ observation: raw, index }): Observation => {
    const observation = { ...raw, region: raw.region ?? subjectRegion };
    const indicator = indicatorOf(observation.indicatorId);
    if (!indicator) {
      issues.push({
        path: [index, 'indicatorId'],
        message: `unknown indicator "${observation.indicatorId}": not in the plan`,
      });
    } else {
      checkObservationFit(observation, indicator, [index], issues);
    }
    if (regions && !regions.has(observation.region)) {
      issues.push({
        path: [index, 'region'],
        message: `unknown region "${observation.region}": expected one of ${[...regions].join(', ')}`,
      });
    }
    const time =
      observation.year !== undefined ? `year ${observation.year}` : `date ${observation.date}`;
    const base = `${observation.indicatorId}\u0000${observation.region}\u0000${time}`;
    // Values of different parts may come in separate observations; the same part twice may not.
    const value = observation.value;
    const keys =
      typeof value === 'object' && 'parts' in value
        ? Object.keys(value.parts).map((part) => `${base}\u0000${part}`)
        : [base];
    for (const key of keys) {
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        issues.push({
          path: [index],
          message: `duplicate: observation [${earlier}] has the same indicator, region${key !== base ? ', part' : ''} and ${time}`,
        });
        break;
      }
    }
    for (const key of keys) seen.set(key, index);
    return observation;
  });
  if (issues.length > 0) throw new ScoringInputError(issues, 'observations');
  return observations;
}

/** Shapes an array of observations with zod, or throws with the paths. */
export function shapeObservations(input: unknown): ObservationInput[] {
  const parsed = z.array(ObservationInput).safeParse(input);
  if (!parsed.success) throw ScoringInputError.fromZod(parsed.error, 'observations');
  return parsed.data;
}
