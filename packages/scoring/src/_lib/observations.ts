import type { Indicator } from '@plan/indicators';
import { z } from 'zod';
import { type Observation, ObservationInput } from '../schema/observation.js';
import { ScoringInputError, type ScoringIssue } from '../scoringInputError.js';

/** How far the parts of an observed ratio may miss 100 (rounding in published shares). */
const RATIO_TOLERANCE = 0.05;

export type IndicatorLike = Pick<Indicator, 'id' | 'unit' | 'parts'>;

function checkNumber(
  value: number,
  indicator: IndicatorLike,
  path: (string | number)[],
  issues: ScoringIssue[],
) {
  const kind = indicator.unit.kind;
  if (value < 0) {
    issues.push({
      path,
      message: `${value} is negative: a ${kind} of "${indicator.id}" cannot be`,
    });
  } else if (kind === 'percent' && value > 100) {
    issues.push({
      path,
      message: `${value} is above 100: not a possible percentage for "${indicator.id}"`,
    });
  } else if (kind === 'count' && !Number.isInteger(value)) {
    issues.push({ path, message: `${value} is not a whole number: "${indicator.id}" is a count` });
  }
}

/**
 * Checks that an observed value can belong to its indicator: a percentage in
 * 0–100, a count a whole number ≥ 0, an amount ≥ 0, a ratio for a ratio
 * indicator with parts adding up to 100, parts only the indicator has.
 * Pushes one issue per problem, with its path.
 */
export function checkObservationFit(
  observation: Pick<Observation, 'value'>,
  indicator: IndicatorLike,
  path: (string | number)[],
  issues: ScoringIssue[],
): void {
  const value = observation.value;
  const valuePath = [...path, 'value'];
  if (typeof value === 'number') {
    if (indicator.parts) {
      const ids = indicator.parts.map((part) => part.id).join(', ');
      issues.push({
        path: valuePath,
        message: `"${indicator.id}" has parts (${ids}): give { parts: { ${indicator.parts[0]?.id}: … } }`,
      });
    } else if (indicator.unit.kind === 'ratio') {
      issues.push({
        path: valuePath,
        message: `"${indicator.id}" is a ratio: give { ratio: [38, 62] }`,
      });
    } else {
      checkNumber(value, indicator, valuePath, issues);
    }
    return;
  }
  if ('ratio' in value) {
    if (indicator.unit.kind !== 'ratio') {
      issues.push({
        path: valuePath,
        message: `"${indicator.id}" is not a ratio (its unit is ${indicator.unit.kind})`,
      });
      return;
    }
    const total = value.ratio.reduce((sum, part) => sum + part, 0);
    if (Math.abs(total - 100) > RATIO_TOLERANCE) {
      issues.push({
        path: [...valuePath, 'ratio'],
        message: `the parts of ratio ${value.ratio.join('：')} add up to ${Math.round(total * 1000) / 1000}, not 100`,
      });
    }
    return;
  }
  if (!indicator.parts) {
    issues.push({ path: valuePath, message: `"${indicator.id}" has no parts: give one number` });
    return;
  }
  const known = new Map(indicator.parts.map((part) => [part.id, part]));
  const keys = Object.keys(value.parts);
  if (keys.length === 0)
    issues.push({ path: [...valuePath, 'parts'], message: 'give the value of at least one part' });
  for (const key of keys) {
    if (!known.has(key)) {
      issues.push({
        path: [...valuePath, 'parts', key],
        message: `"${indicator.id}" has no part "${key}": expected one of ${[...known.keys()].join(', ')}`,
      });
    } else {
      checkNumber(value.parts[key] as number, indicator, [...valuePath, 'parts', key], issues);
    }
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
