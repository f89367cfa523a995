import type { LegendInput, LegendRule } from './schema/legend.js';

/**
 * The band of a custom legend a value falls in: the first rule with
 * `start ≤ value < end` (a null end is open). Null when no rule holds, or when
 * there is no value; 0 is a value.
 *
 * @example
 *   const legend = parseLegend({ rules: [
 *     { start: null, end: 60, label: { zh: '差', en: 'Poor' }, colour: '#cf222e' },
 *     { start: 60, end: null, label: { zh: '好', en: 'Good' }, colour: '#2da44e' },
 *   ] });
 *   applyLegend(legend, 60)?.label.en; // 'Good'
 *   applyLegend(legend, null); // null: no data
 */
export function applyLegend(
  legend: LegendInput,
  value: number | null,
): (LegendRule & { index: number }) | null {
  if (value === null || !Number.isFinite(value)) return null;
  for (let index = 0; index < legend.rules.length; index++) {
    const rule = legend.rules[index] as LegendRule;
    if ((rule.start === null || value >= rule.start) && (rule.end === null || value < rule.end)) {
      return { ...rule, index };
    }
  }
  return null;
}
