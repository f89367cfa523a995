import type { Indicator, PlanValue, SplitPart } from '@plan/indicators';
import type { Observation } from '../../schema/observation.js';
import { observationDay, observationYear } from './regionTime.js';

/** A region's own base-year value, read off its observations. */
type DistrictBase = {
  /** The base as a plan cell (absent when there is none; a split cell with absent parts when some lack one). */
  cell: PlanValue;
  /** The parts without a base-year value (`null` for a whole indicator), in the indicator's order. */
  missing: (string | null)[];
  /** The observations to build the series from after the base: base-year ones out, parts without a base stripped. */
  rest: Observation[];
  /** The observation each base value comes from, for the note. */
  from: Observation[];
};

const ABSENT: PlanValue = { kind: 'absent', printed: '' };

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || text.includes('e') ? 0 : text.length - dot - 1;
}

function numberCell(value: number): PlanValue {
  return { kind: 'number', printed: String(value), value, decimals: decimalsOf(value) };
}

/** The latest of the observations that give a value (yearly values stand on 31 December). */
function latestOf<T>(
  observations: readonly Observation[],
  pick: (observation: Observation) => T | undefined,
): { value: T; observation: Observation } | null {
  let best: { value: T; observation: Observation; day: number } | null = null;
  for (const observation of observations) {
    const value = pick(observation);
    if (value === undefined) continue;
    const day = observationDay(observation);
    if (!best || day >= best.day) best = { value, observation, day };
  }
  return best ? { value: best.value, observation: best.observation } : null;
}

/**
 * A region's own value in the plan's base year: the latest observation dated
 * in that year (a yearly value, or a dated one inside the year), per part for
 * a split indicator. Never the subject region's baseline. What has no base is
 * listed, and its later values are left out of the series, so that a later
 * first value never becomes the base.
 */
export function districtBase(
  indicator: Pick<Indicator, 'parts' | 'unit'>,
  observations: readonly Observation[],
  baselineYear: number,
): DistrictBase {
  const inBase = observations.filter(
    (observation) => observationYear(observation) === baselineYear,
  );
  const after = observations.filter((observation) => observationYear(observation) !== baselineYear);
  if (indicator.parts) {
    const from: Observation[] = [];
    const missing: string[] = [];
    const parts: SplitPart[] = indicator.parts.map((part) => {
      const found = latestOf(inBase, (observation) => {
        const value = observation.value;
        return typeof value === 'object' && 'parts' in value ? value.parts[part.id] : undefined;
      });
      if (!found) {
        missing.push(part.id);
        return { part: part.id, value: { kind: 'absent', printed: '' } };
      }
      from.push(found.observation);
      const cell = numberCell(found.value);
      return { part: part.id, value: cell as Extract<PlanValue, { kind: 'number' }> };
    });
    if (missing.length === indicator.parts.length) return { cell: ABSENT, missing, rest: [], from };
    const rest = after.flatMap((observation) => {
      const value = observation.value;
      if (typeof value !== 'object' || !('parts' in value)) return [];
      const kept = Object.fromEntries(
        Object.entries(value.parts).filter(([id]) => !missing.includes(id)),
      );
      return Object.keys(kept).length > 0 ? [{ ...observation, value: { parts: kept } }] : [];
    });
    return {
      cell: { kind: 'split', printed: parts.map((part) => part.value.printed).join(' / '), parts },
      missing,
      rest,
      from,
    };
  }
  if (indicator.unit.kind === 'ratio') {
    const found = latestOf(inBase, (observation) => {
      const value = observation.value;
      return typeof value === 'object' && 'ratio' in value ? value.ratio : undefined;
    });
    return found
      ? {
          cell: { kind: 'ratio', printed: found.value.join('：'), parts: [...found.value] },
          missing: [],
          rest: after,
          from: [found.observation],
        }
      : { cell: ABSENT, missing: [null], rest: [], from: [] };
  }
  const found = latestOf(inBase, (observation) =>
    typeof observation.value === 'number' ? observation.value : undefined,
  );
  return found
    ? { cell: numberCell(found.value), missing: [], rest: after, from: [found.observation] }
    : { cell: ABSENT, missing: [null], rest: [], from: [] };
}
