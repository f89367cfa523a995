import { type Indicator, type Plan, regionScopeOf } from '@plan/indicators';
import type { RegionTarget } from './schema/regionTarget.js';

/** A problem with a region target: the field it concerns and what is wrong. */
export type RegionTargetProblem = { path: string; message: string };

/** Whether `region` lies under the plan's subject region (a district, a banner, or below). */
function isUnderSubject(plan: Pick<Plan, 'regions' | 'subjectRegion'>, region: string): boolean {
  const parents = new Map(plan.regions.map((entry) => [entry.id, entry.parent]));
  let parent = parents.get(region);
  for (let steps = 0; parent !== undefined && steps < parents.size; steps += 1) {
    if (parent === plan.subjectRegion) return true;
    parent = parents.get(parent);
  }
  return false;
}

function valueProblems(indicator: Indicator, value: RegionTarget['value']): string[] {
  if (indicator.band) {
    return [
      `"${indicator.id}" is judged within its band (${indicator.band.lower}–${indicator.band.upper}) in every region: it takes no region target`,
    ];
  }
  if (indicator.parts) {
    if (value.kind !== 'split')
      return [`expected one value per part (${indicator.parts.map((part) => part.id).join(', ')})`];
    const known = new Set(indicator.parts.map((part) => part.id));
    return value.parts
      .filter((part) => !known.has(part.part))
      .map((part) => `unknown part "${part.part}": expected one of ${[...known].join(', ')}`);
  }
  if (indicator.unit.kind === 'ratio') {
    return value.kind === 'ratio' ? [] : ['expected a ratio such as 40：60'];
  }
  if (value.kind !== 'number' && value.kind !== 'comparator') {
    return ['expected a number, with or without a comparator (95, ≥95)'];
  }
  if (indicator.unit.kind === 'percent' && (value.value < 0 || value.value > 100)) {
    return ['a percentage lies from 0 to 100'];
  }
  if (value.value < 0) return ['a target of this indicator cannot be negative'];
  return [];
}

/**
 * Checks a region target against a plan: the indicator is the plan's, the
 * region lies under the plan's subject region (the subject's and the
 * benchmark's targets are the plan's own), and the value has the shape the
 * indicator's targets take (a number, a ratio, one value per part; none for
 * an indicator judged within a band). An empty list means it fits.
 *
 * @example
 *   checkRegionTarget(ordosPlan, { indicatorId: 'student-myopia-rate', region: 'dongsheng',
 *     value: { kind: 'number', value: 52, decimals: 0, printed: '52' }, source: '东胜区目标责任书' }); // []
 */
export function checkRegionTarget(
  plan: Pick<Plan, 'indicators' | 'regions' | 'subjectRegion'>,
  target: RegionTarget,
): RegionTargetProblem[] {
  const problems: RegionTargetProblem[] = [];
  const indicator = plan.indicators.find((entry) => entry.id === target.indicatorId);
  if (!indicator) {
    problems.push({
      path: 'indicatorId',
      message: `unknown indicator "${target.indicatorId}": not in the plan`,
    });
  }
  if (!plan.regions.some((region) => region.id === target.region)) {
    problems.push({
      path: 'region',
      message: `unknown region "${target.region}": not in the plan`,
    });
  } else if (!isUnderSubject(plan, target.region)) {
    problems.push({
      path: 'region',
      message: `"${target.region}" is not under the subject region "${plan.subjectRegion}": its targets are the plan's own`,
    });
  }
  if (indicator && regionScopeOf(indicator).judged === 'subject-only') {
    problems.push({
      path: 'indicatorId',
      message: `"${indicator.id}" is about the subject region as a whole: it is not judged per region and takes no region target`,
    });
  } else if (indicator) {
    for (const message of valueProblems(indicator, target.value))
      problems.push({ path: 'value', message });
  }
  return problems;
}
