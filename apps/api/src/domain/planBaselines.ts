import { type Indicator, ordosPlan, type PlanValue } from '@plan/indicators';
import type { NewObservation } from '../store/createStore.js';
import type { ObservationValue } from './observation.js';
import { PLAN_SOURCE } from './observation.js';

/** The observed form of a printed plan value; absent cells give nothing. */
export function observedValueOf(value: PlanValue): ObservationValue | undefined {
  switch (value.kind) {
    case 'number':
    case 'comparator':
      return value.value;
    case 'ratio':
      return { ratio: [...value.parts] };
    case 'split': {
      const parts: Record<string, number> = {};
      for (const part of value.parts)
        if (part.value.kind !== 'absent') parts[part.part] = part.value.value;
      return Object.keys(parts).length > 0 ? { parts } : undefined;
    }
    case 'absent':
      return undefined;
  }
}

/**
 * The plan's 2020 values as observations (source "plan"): Ordos and, where the
 * tables print it, Inner Mongolia. A baseline printed with a comparator (none
 * in this plan) would be stored as its number.
 */
export function planBaselineObservations(
  indicators: readonly Indicator[] = ordosPlan.indicators,
): NewObservation[] {
  const year = ordosPlan.baselineYear;
  const rows: NewObservation[] = [];
  const add = (indicator: Indicator, region: string, value: PlanValue) => {
    const observed = observedValueOf(value);
    if (observed === undefined) return;
    rows.push({
      indicatorId: indicator.id,
      region,
      year,
      date: `${year}-12-31`,
      period: 'year',
      value: observed,
      source: PLAN_SOURCE,
      note: `规划表${year}年值 (the plan's ${year} value, printed "${value.printed.trim()}")`,
    });
  };
  for (const indicator of indicators) {
    add(indicator, ordosPlan.subjectRegion, indicator.values.subject.baseline);
    add(indicator, ordosPlan.benchmarkRegion, indicator.values.benchmark.baseline);
  }
  return rows;
}
