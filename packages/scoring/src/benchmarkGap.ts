import { fmt, round } from './_lib/numbers.js';
import { CMP, meets } from './_lib/target.js';
import type { ScoringDirection, TargetComparator } from './schema/assessInput.js';
import type { BenchmarkComparison } from './schema/indicatorAssessment.js';
import type { SdsnColour } from './statusLabels.js';

/** The input of `benchmarkGap`: a value, its time, and the benchmark region’s printed baseline and target. */
export type BenchmarkGapInput = {
  /** The benchmark region's id, e.g. `inner-mongolia`, and its name for the explanation. */
  region: string;
  regionName?: { zh: string; en: string };
  direction: ScoringDirection;
  /** Our value and when it was measured (`2023`). */
  value: number;
  time: string;
  /** The benchmark's baseline (2020) and target (2025), as printed in the plan. */
  baseline: { value: number; printed: string } | null;
  target: { value: number; comparator: TargetComparator; printed: string } | null;
};

/**
 * Compares a value with a benchmark region's baseline and target, as the plan
 * prints 内蒙古's figures beside Ordos': the gap to each (positive = better),
 * whether our value meets the benchmark's target, and a colour (green: meets
 * it; red: not past its baseline; yellow or orange either side of the
 * midpoint). Null when the benchmark has no values.
 *
 * @example
 *   benchmarkGap({
 *     region: 'inner-mongolia', direction: 'increase', value: 98.5, time: '2020',
 *     baseline: { value: 94.4, printed: '94.4' },
 *     target: { value: 95, comparator: 'gte', printed: '≥95.0' },
 *   }); // gapToBaseline 4.1, gapToTarget 3.5, meetsTarget true, colour 'green'
 */
export function benchmarkGap(input: BenchmarkGapInput): BenchmarkComparison | null {
  const { baseline, target, value } = input;
  if (!baseline && !target) return null;
  const d = input.direction === 'increase' ? 1 : -1;
  const meetsTarget = target
    ? meets(value, CMP[target.comparator], target.value, target.value, 0, d)
    : null;
  const pastBaseline = baseline ? d * (value - baseline.value) > 0 : null;
  let colour: SdsnColour;
  if (meetsTarget) colour = 'green';
  else if (baseline && target) {
    const mid = (baseline.value + target.value) / 2;
    colour = !pastBaseline ? 'red' : d * (value - mid) >= 0 ? 'yellow' : 'orange';
  } else if (target) colour = 'red';
  else colour = pastBaseline ? 'green' : 'red';
  const gapToBaseline = baseline ? round(d * (value - baseline.value), 6) : null;
  const gapToTarget = target ? round(d * (value - target.value), 6) : null;
  const zhParts: string[] = [];
  const enParts: string[] = [];
  if (baseline) {
    zhParts.push(
      `${(gapToBaseline as number) >= 0 ? '高于' : '低于'}其基期值${baseline.printed}（${d > 0 ? '' : '按越低越好计，'}差${fmt(Math.abs(gapToBaseline as number))}）`,
    );
    enParts.push(
      `${(gapToBaseline as number) >= 0 ? 'better than' : 'short of'} its baseline ${baseline.printed} by ${fmt(Math.abs(gapToBaseline as number))}`,
    );
  }
  if (target) {
    zhParts.push(`${meetsTarget ? '已达到' : '未达到'}其目标${target.printed}`);
    enParts.push(`${meetsTarget ? 'meets' : 'does not meet'} its target ${target.printed}`);
  }
  return {
    region: input.region,
    value,
    valueTime: input.time,
    baseline: baseline ? baseline.value : null,
    baselinePrinted: baseline ? baseline.printed : '',
    target: target ? target.value : null,
    targetPrinted: target ? target.printed : '',
    targetComparator: target ? target.comparator : null,
    gapToBaseline,
    gapToTarget,
    meetsTarget,
    colour,
    explanation: {
      zh: `与${input.regionName?.zh ?? input.region}比较，${input.time}年值${fmt(value)}${zhParts.join('，')}。`,
      en: `Against ${input.regionName?.en ?? input.region}, the ${input.time} value ${fmt(value)} is ${enParts.join(' and ')}.`,
    },
  };
}
