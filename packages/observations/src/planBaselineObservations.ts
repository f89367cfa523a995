import type { Indicator, Plan, PlanValue } from '@plan/indicators';
import { yearlyObservation } from './_lib/yearlyObservation.js';
import { type NewObservation, type ObservationValue, PLAN_SOURCE } from './schema/observation.js';

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
 * The plan's baseline values (2020 in the Ordos plan) as observations (source
 * "plan"): the subject region's and, where the tables print it, the benchmark
 * region's. A baseline printed with a comparator (none in the Ordos plan) is
 * stored as its number. `indicators` narrows it to some of the plan's.
 */
export function planBaselineObservations(
  plan: Pick<Plan, 'indicators' | 'baselineYear' | 'subjectRegion' | 'benchmarkRegion'>,
  indicators: readonly Indicator[] = plan.indicators,
): NewObservation[] {
  const year = plan.baselineYear;
  const rows: NewObservation[] = [];
  const add = (indicator: Indicator, region: string, value: PlanValue) => {
    const observed = observedValueOf(value);
    if (observed === undefined) return;
    rows.push(
      yearlyObservation({
        indicatorId: indicator.id,
        region,
        year,
        value: observed,
        source: PLAN_SOURCE,
        note: `规划表${year}年值 (the plan's ${year} value, printed "${value.printed.trim()}")`,
      }),
    );
  };
  for (const indicator of indicators) {
    add(indicator, plan.subjectRegion, indicator.values.subject.baseline);
    add(indicator, plan.benchmarkRegion, indicator.values.benchmark.baseline);
  }
  return rows;
}
