import type { Indicator, Plan } from '@plan/indicators';
import { yearlyObservation } from './_lib/yearlyObservation.js';
import { observedValueOf } from './planBaselineObservations.js';
import { DEMO_SOURCE, type NewObservation, type ObservationValue } from './schema/observation.js';

/** A small deterministic generator (mulberry32), so demo data is the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return h >>> 0;
}

function scalar(value: ObservationValue | undefined, index = 0): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if ('ratio' in value) return value.ratio[index];
  return Object.values(value.parts)[index];
}

function fit(indicator: Indicator, value: number): number {
  let fitted = Math.max(0, value);
  if (indicator.unit.kind === 'percent') fitted = Math.min(100, fitted);
  if (indicator.unit.kind === 'count') return Math.round(fitted);
  return Math.round(fitted * 100) / 100;
}

/**
 * Illustrative observations (示例数据) for the plan's first year (2021) to
 * `lastYear` (default: two years before the target year, 2023 in the Ordos
 * plan), in every region but the benchmark one: each indicator moves from its
 * baseline (2020) value towards its target (2025) at a pace of its own (some
 * ahead, some behind, a few going the wrong way), with noise. They exist to show
 * the viewer and the reports working, are stored with source "demo", and are
 * never official figures.
 */
export function demoObservations(
  plan: Pick<
    Plan,
    'indicators' | 'regions' | 'benchmarkRegion' | 'period' | 'baselineYear' | 'targetYear'
  >,
  options: { regions?: readonly string[]; lastYear?: number; seed?: number } = {},
): NewObservation[] {
  const regions =
    options.regions ??
    plan.regions.filter((region) => region.id !== plan.benchmarkRegion).map((r) => r.id);
  const lastYear = options.lastYear ?? plan.targetYear - 2;
  const rows: NewObservation[] = [];
  for (const region of regions) {
    for (const indicator of plan.indicators) {
      const next = random(hash(`${indicator.id}/${region}`) ^ (options.seed ?? 2021));
      // Pace relative to the straight line: 0.4 (behind) to 1.5 (ahead); one in eight regress.
      const pace = next() < 0.125 ? -0.3 : 0.4 + next() * 1.1;
      const base = observedValueOf(indicator.values.subject.baseline);
      const target = observedValueOf(indicator.values.subject.target);
      // A ratio is generated on its first (vocational) share, a split indicator part by part.
      const partCount = indicator.parts?.length ?? 1;
      for (let year = plan.period.start; year <= lastYear; year++) {
        const share = ((year - plan.baselineYear) / (plan.targetYear - plan.baselineYear)) * pace;
        const values: number[] = [];
        for (let part = 0; part < partCount; part++) {
          const to = scalar(target, part);
          if (to === undefined) continue;
          const from = scalar(base, part) ?? 0;
          const noise = (next() - 0.5) * 0.04 * Math.max(Math.abs(to - from), Math.abs(to) * 0.05);
          values.push(fit(indicator, from + (to - from) * share + noise));
        }
        if (values.length === 0) continue;
        let value: ObservationValue;
        if (indicator.unit.kind === 'ratio') {
          const vocational = Math.round((values[0] ?? 0) * 10) / 10;
          value = { ratio: [vocational, Math.round((100 - vocational) * 10) / 10] };
        } else if (indicator.parts) {
          value = {
            parts: Object.fromEntries(
              indicator.parts.map((part, index) => [part.id, values[index] ?? 0]),
            ),
          };
        } else {
          value = values[0] ?? 0;
        }
        rows.push(
          yearlyObservation({
            indicatorId: indicator.id,
            region,
            year,
            value,
            source: DEMO_SOURCE,
            note: '示例数据 (illustrative demo figure, not an official statistic)',
          }),
        );
      }
    }
  }
  return rows;
}
