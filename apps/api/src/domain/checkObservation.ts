import { type Indicator, ordosPlan } from '@plan/indicators';
import type { FieldError } from '../problem.js';
import { DEFAULT_REGION, type ObservationInput, type ObservationValue } from './observation.js';

const indicators = new Map(ordosPlan.indicators.map((indicator) => [indicator.id, indicator]));
const regions = new Set(ordosPlan.regions.map((region) => region.id));

/**
 * Checks that an observation can belong to its indicator and region: a known
 * indicator and region, a value of the right shape (number, ratio or parts), and
 * a possible value for the unit (a percentage within 0–100, a whole count ≥ 0,
 * ratio parts adding up to 100, only the parts the indicator has).
 */
export function checkObservation(
  input: Pick<ObservationInput, 'indicatorId' | 'region'> & {
    value?: ObservationValue | undefined;
  },
): FieldError[] {
  const indicator = indicators.get(input.indicatorId);
  const region = input.region ?? DEFAULT_REGION;
  // The common case first and without allocating more than the answer: imports check a million rows.
  if (indicator && regions.has(region)) {
    return input.value === undefined ? [] : checkValue(indicator, input.value, 'value');
  }
  const errors: FieldError[] = [];
  if (!indicator) {
    errors.push({ path: 'indicatorId', message: `unknown indicator "${input.indicatorId}"` });
  }
  if (!regions.has(region)) {
    errors.push({
      path: 'region',
      message: `unknown region "${region}": expected one of ${[...regions].join(', ')}`,
    });
  }
  if (indicator && input.value !== undefined)
    errors.push(...checkValue(indicator, input.value, 'value'));
  return errors;
}

export function indicatorOf(id: string): Indicator | undefined {
  return indicators.get(id);
}

export function checkValue(
  indicator: Indicator,
  value: ObservationValue,
  path: string,
): FieldError[] {
  const kind = indicator.unit.kind;
  if (indicator.parts) {
    if (typeof value !== 'object' || !('parts' in value)) {
      const ids = indicator.parts.map((part) => part.id).join(', ');
      return [
        {
          path,
          message: `"${indicator.id}" is split into parts (${ids}): send { "parts": { "${indicator.parts[0]?.id}": … } }`,
        },
      ];
    }
    const known = new Set(indicator.parts.map((part) => part.id));
    const errors: FieldError[] = [];
    const entries = Object.entries(value.parts);
    if (entries.length === 0)
      errors.push({ path: `${path}.parts`, message: 'give at least one part' });
    for (const [part, number] of entries) {
      if (!known.has(part)) {
        errors.push({
          path: `${path}.parts.${part}`,
          message: `"${indicator.id}" has no part "${part}": expected ${[...known].join(', ')}`,
        });
      } else {
        errors.push(...checkNumber(kind, number, `${path}.parts.${part}`));
      }
    }
    return errors;
  }
  if (kind === 'ratio') {
    if (typeof value !== 'object' || !('ratio' in value)) {
      return [
        {
          path,
          message: `"${indicator.id}" is a ratio: send { "ratio": [40, 60] } with parts adding up to 100`,
        },
      ];
    }
    const total = value.ratio.reduce((sum, part) => sum + part, 0);
    if (value.ratio.length !== 2)
      return [{ path: `${path}.ratio`, message: 'a ratio here has exactly two parts' }];
    if (Math.abs(total - 100) > 1e-6) {
      return [{ path: `${path}.ratio`, message: `the parts add up to ${total}, not 100` }];
    }
    return [];
  }
  if (typeof value !== 'number') {
    return [{ path, message: `"${indicator.id}" takes a plain number` }];
  }
  return checkNumber(kind, value, path);
}

function checkNumber(kind: Indicator['unit']['kind'], value: number, path: string): FieldError[] {
  if (value < 0) return [{ path, message: `${value} is negative: not possible for a ${kind}` }];
  if (kind === 'percent' && value > 100)
    return [{ path, message: `${value} is above 100: not a possible percentage` }];
  if (kind === 'count' && !Number.isInteger(value))
    return [{ path, message: `${value} is not a whole number: a count must be` }];
  return [];
}
