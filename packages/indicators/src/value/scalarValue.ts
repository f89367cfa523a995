import type { Indicator } from '../schema/indicator.js';
import type { ObservationValue } from './observationValue.js';

/**
 * The one number of a value that is judged: a plain number as it is; for a
 * ratio, the share in percent of the part the indicator is scored on (its
 * band's `ratioPart`, else the first: 职普比例 38:62 → 38); for a split
 * indicator, the value of the named part (双师型 `secondary`). Undefined when
 * the value has no such number (no part named, a part not given, a ratio
 * adding up to 0, or a value of the wrong shape).
 *
 * @example
 *   scalarValue(vocationalRatio, { ratio: [38, 62] }); // 38
 *   scalarValue(dualTeachers, { parts: { secondary: 59 } }, 'secondary'); // 59
 */
export function scalarValue(
  indicator: Pick<Indicator, 'unit' | 'parts' | 'band'>,
  value: ObservationValue,
  part?: string,
): number | undefined {
  if (indicator.parts) {
    if (typeof value !== 'object' || !('parts' in value) || part === undefined) return undefined;
    return value.parts[part];
  }
  if (indicator.unit.kind === 'ratio') {
    if (typeof value !== 'object' || !('ratio' in value)) return undefined;
    return ratioShare(value.ratio, indicator.band?.ratioPart ?? 0);
  }
  return typeof value === 'number' ? value : undefined;
}

/** The share, in percent, of one part of a ratio (35：65 → 35 for part 0); undefined when the parts add up to 0. */
export function ratioShare(parts: readonly number[], index: number): number | undefined {
  const total = parts.reduce((sum, part) => sum + part, 0);
  const part = parts[index];
  return total > 0 && part !== undefined ? (part * 100) / total : undefined;
}
