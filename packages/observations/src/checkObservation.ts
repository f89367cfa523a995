import { checkValue, type Indicator, type Plan, type ValueIndicator } from '@plan/indicators';
import { isPerDistrict } from '@plan/scoring';
import {
  checkTargetFigure,
  type FigureTarget,
  type ObservationProblem,
} from './checkTargetFigure.js';
import type { ObservationInput, ObservationValue } from './schema/observation.js';
import { valueProblemZh } from './valueProblemZh.js';

/** What the checks need of a plan. */
export type PlanLike = Pick<Plan, 'indicators' | 'regions' | 'subjectRegion'>;

type Lookup = { indicators: Map<string, Indicator>; regions: Set<string> };
const lookups = new WeakMap<PlanLike, Lookup>();

/** The plan's indicators and regions by id, built once per plan object (imports check a million rows). */
function lookupOf(plan: PlanLike): Lookup {
  let lookup = lookups.get(plan);
  if (!lookup) {
    lookup = {
      indicators: new Map(plan.indicators.map((indicator) => [indicator.id, indicator])),
      regions: new Set(plan.regions.map((region) => region.id)),
    };
    lookups.set(plan, lookup);
  }
  return lookup;
}

/** The plan's indicator of this id, or undefined. */
export function planIndicator(plan: PlanLike, id: string): Indicator | undefined {
  return lookupOf(plan).indicators.get(id);
}

/**
 * Checks that an observation can belong to the plan: a known indicator and
 * region (the plan's subject region when none is given), and a value that fits
 * the indicator (`checkValue`: the right shape, a percentage within 0–100, a
 * whole count ≥ 0, ratio parts adding up to 100, only the indicator's parts).
 * A target's own figure (`targetId`) is checked against the plan's targets
 * (`options.targets`; without them no target is known) by `checkTargetFigure`.
 * Returns one problem per field at fault, by path (`indicatorId`, `targetId`,
 * `region`, `value.ratio`, `value.parts.secondary`); none when it fits.
 *
 * @example
 *   checkObservation(ordosPlan, { indicatorId: 'student-myopia-rate', value: 140 });
 *   // [{ path: 'value', code: 'percent', message: '140 is above 100: not a possible percentage',
 *   //    messageZh: '140 超过 100，不可能是百分比' }]
 */
export function checkObservation(
  plan: PlanLike,
  input: Pick<ObservationInput, 'indicatorId' | 'region'> & {
    targetId?: string | undefined;
    value?: ObservationValue | undefined;
  },
  options: { targets?: readonly FigureTarget[] } = {},
): ObservationProblem[] {
  if (input.targetId !== undefined) return checkTargetObservation(plan, input, options.targets);
  const { indicators, regions } = lookupOf(plan);
  const indicatorId = input.indicatorId ?? '';
  const indicator = indicators.get(indicatorId);
  const region = input.region ?? plan.subjectRegion;
  // The common case first and without allocating more than the answer: imports check a million rows.
  if (indicator && regions.has(region)) {
    return input.value === undefined ? [] : valueProblems(indicator, input.value);
  }
  const problems: ObservationProblem[] = [];
  if (!indicator) {
    problems.push({
      path: 'indicatorId',
      code: 'unknown-indicator',
      message: `unknown indicator "${indicatorId}"`,
      messageZh: `未知的指标“${indicatorId}”`,
    });
  }
  regionProblem(plan, region, problems);
  if (indicator && input.value !== undefined)
    problems.push(...valueProblems(indicator, input.value));
  return problems;
}

/** checkValue's problems, each with its Chinese (none in the common case: no allocation then). */
function valueProblems(indicator: ValueIndicator, value: ObservationValue): ObservationProblem[] {
  const found = checkValue(indicator, value, 'value');
  if (found.length === 0) return found as [];
  return found.map((problem) => ({
    ...problem,
    messageZh: valueProblemZh(indicator, value, problem),
  }));
}

function regionProblem(plan: PlanLike, region: string, problems: ObservationProblem[]) {
  const { regions } = lookupOf(plan);
  if (!regions.has(region)) {
    problems.push({
      path: 'region',
      code: 'unknown-region',
      message: `unknown region "${region}": expected one of ${[...regions].join(', ')}`,
      messageZh: `未知的地区“${region}”：应为 ${[...regions].join('、')} 之一`,
    });
  }
}

function checkTargetObservation(
  plan: PlanLike,
  input: {
    targetId?: string | undefined;
    region?: string | undefined;
    value?: ObservationValue | undefined;
  },
  targets: readonly FigureTarget[] = [],
): ObservationProblem[] {
  const problems: ObservationProblem[] = [];
  const target = targets.find((candidate) => candidate.id === input.targetId);
  if (!target) {
    problems.push({
      path: 'targetId',
      code: 'unknown-target',
      message: `unknown target "${input.targetId}" in this plan`,
      messageZh: `本规划中没有目标“${input.targetId}”`,
    });
  }
  const region = input.region ?? plan.subjectRegion;
  regionProblem(plan, region, problems);
  // A 每个旗区 target takes one figure per district: a city figure would be stored and never judged.
  if (target && !target.indicatorId && isPerDistrict(target)) {
    const districts = plan.regions.filter((each) => each.parent === plan.subjectRegion);
    if (!districts.some((each) => each.id === region))
      problems.push({
        path: 'region',
        code: 'unknown-region',
        message: `${target.id} is judged per 旗区: give each district's figure, with region one of ${districts.map((each) => each.id).join(', ')}`,
        messageZh: `目标 ${target.id} 按旗区评价：请分别填报各旗区的数据，地区应为 ${districts.map((each) => each.id).join('、')} 之一`,
      });
  }
  if (target) {
    if (input.value !== undefined) problems.push(...checkTargetFigure(target, input.value));
    else if (target.indicatorId) problems.push(...checkTargetFigure(target, 0));
  }
  return problems;
}
