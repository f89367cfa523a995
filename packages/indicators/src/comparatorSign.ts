import type { TargetComparator } from './schema/value.js';

/**
 * How a sign is written: `printed` as the plan prints it (full-width ＞ and ＜,
 * for text set among Chinese), `plain` with the narrow mathematical signs
 * (> and <, for English and for explanations in both languages).
 */
export type ComparatorSignStyle = 'printed' | 'plain';

const PRINTED: Readonly<Record<TargetComparator, string>> = {
  eq: '',
  gte: '≥',
  gt: '＞',
  lte: '≤',
  lt: '＜',
  about: '≈',
  between: '',
};

const PLAIN: Readonly<Record<TargetComparator, string>> = {
  eq: '',
  gte: '≥',
  gt: '>',
  lte: '≤',
  lt: '<',
  about: '≈',
  between: '',
};

/**
 * The sign written before a target's number: `≥`, `＞` (or `>`), `≤`, `＜` (or
 * `<`), `≈` for about (the plan's 约 / 左右). A plain number (`eq`) and a range
 * (`between`, written `10–15`) have no sign: the empty string.
 *
 * @param style `printed` (default): the plan's full-width ＞ ＜; `plain`: > <
 * @example
 *   comparatorSign('gt'); // '＞'
 *   comparatorSign('gt', 'plain'); // '>'
 *   `${comparatorSign('gte')}95`; // '≥95'
 */
export function comparatorSign(
  comparator: TargetComparator,
  style: ComparatorSignStyle = 'printed',
): string {
  return (style === 'plain' ? PLAIN : PRINTED)[comparator];
}
