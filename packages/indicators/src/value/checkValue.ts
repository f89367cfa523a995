import type { Indicator } from '../schema/indicator.js';
import type { ObservationValue } from './observationValue.js';

/** Which rule a value breaks, so a user interface can say it in its own words. */
export type FieldProblemCode =
  | 'shape'
  | 'negative'
  | 'percent'
  | 'integer'
  | 'ratio-parts'
  | 'ratio-sum'
  | 'one-part'
  | 'unknown-part'
  | 'unknown-indicator'
  | 'unknown-region';

/**
 * One problem with one field, named by its dotted path (`value.ratio`,
 * `value.parts.secondary`), with a message in English and the rule's code.
 */
export type FieldProblem = { path: string; message: string; code: FieldProblemCode };

/**
 * How far the parts of an observed ratio may miss 100. Published shares are
 * rounded (a bulletin prints 59.97 : 40, or 33.3 : 33.3 : 33.3), so an exact
 * sum would refuse figures copied faithfully from the source; 0.05 accepts
 * rounding to one decimal of each of two parts and still refuses a typo
 * (59 : 40, 60 : 41). Every check of a ratio — API requests, imported rows,
 * the viewer's form, @plan/scoring's `parseObservations` — uses this one.
 */
export const RATIO_TOLERANCE = 0.05;

/** What a value check needs of an indicator. */
export type ValueIndicator = Pick<Indicator, 'id' | 'unit' | 'parts'>;

/**
 * Checks that a value can belong to its indicator: one number for a plain
 * indicator (a percentage in 0–100, a count a whole number ≥ 0, an amount
 * ≥ 0), `{ ratio }` of two parts adding up to 100 (± `RATIO_TOLERANCE`) for
 * a ratio indicator, `{ parts }` with at least one of the indicator's own parts
 * for a split one. Returns one problem per field at fault, under `path`.
 *
 * @example
 *   checkValue(vocationalRatio, { ratio: [59.97, 40] }, 'value'); // []
 *   checkValue(vocationalRatio, { ratio: [59, 40] }, 'value');
 *   // [{ path: 'value.ratio', code: 'ratio-sum', message: 'the parts of the ratio 59:40 add up to 99, not 100' }]
 */
export function checkValue(
  indicator: ValueIndicator,
  value: ObservationValue,
  path: string,
): FieldProblem[] {
  const kind = indicator.unit.kind;
  if (indicator.parts) {
    if (typeof value !== 'object' || !('parts' in value)) {
      const ids = indicator.parts.map((part) => part.id).join(', ');
      return [
        {
          path,
          code: 'shape',
          message: `"${indicator.id}" is split into parts (${ids}): give { "parts": { "${indicator.parts[0]?.id}": … } }`,
        },
      ];
    }
    const known = new Set(indicator.parts.map((part) => part.id));
    const problems: FieldProblem[] = [];
    const entries = Object.entries(value.parts);
    if (entries.length === 0)
      problems.push({
        path: `${path}.parts`,
        code: 'one-part',
        message: 'give the value of at least one part',
      });
    for (const [part, number] of entries) {
      if (!known.has(part)) {
        problems.push({
          path: `${path}.parts.${part}`,
          code: 'unknown-part',
          message: `"${indicator.id}" has no part "${part}": expected one of ${[...known].join(', ')}`,
        });
      } else {
        const problem = numberProblem(kind, number, `${path}.parts.${part}`);
        if (problem) problems.push(problem);
      }
    }
    return problems;
  }
  if (kind === 'ratio') {
    if (typeof value !== 'object' || !('ratio' in value)) {
      return [
        {
          path,
          code: 'shape',
          message: `"${indicator.id}" is a ratio: give { "ratio": [40, 60] } with parts adding up to 100`,
        },
      ];
    }
    if (value.ratio.length !== 2) {
      return [
        {
          path: `${path}.ratio`,
          code: 'ratio-parts',
          message: 'a ratio here has exactly two parts',
        },
      ];
    }
    const negative: FieldProblem[] = [];
    value.ratio.forEach((part, index) => {
      if (part < 0) {
        negative.push({
          path: `${path}.ratio.${index}`,
          code: 'negative',
          message: `${part} is negative: a ratio part cannot be`,
        });
      }
    });
    if (negative.length > 0) return negative;
    const total = value.ratio.reduce((sum, part) => sum + part, 0);
    if (!(Math.abs(total - 100) <= RATIO_TOLERANCE)) {
      return [
        {
          path: `${path}.ratio`,
          code: 'ratio-sum',
          message: `the parts of the ratio ${value.ratio.join(':')} add up to ${Math.round(total * 1000) / 1000}, not 100`,
        },
      ];
    }
    return [];
  }
  if (typeof value !== 'number') {
    return [
      {
        path,
        code: 'shape',
        message: `"${indicator.id}" takes one number${'ratio' in value ? ' (it is not a ratio)' : ' (it has no parts)'}`,
      },
    ];
  }
  const problem = numberProblem(kind, value, path);
  return problem ? [problem] : [];
}

/** Why a number cannot be a value of this unit, or undefined. */
function numberProblem(
  kind: Indicator['unit']['kind'],
  value: number,
  path: string,
): FieldProblem | undefined {
  if (value < 0)
    return { path, code: 'negative', message: `${value} is negative: not possible for a ${kind}` };
  if (kind === 'percent' && value > 100)
    return { path, code: 'percent', message: `${value} is above 100: not a possible percentage` };
  if (kind === 'count' && !Number.isInteger(value))
    return { path, code: 'integer', message: `${value} is not a whole number: a count must be` };
  return undefined;
}
