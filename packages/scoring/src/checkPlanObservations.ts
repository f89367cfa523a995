import type { Plan } from '@plan/indicators';
import {
  type CheckedAndGrouped,
  checkAndGroupObservations,
  shapeObservations,
} from './_lib/observations.js';
import { planLookups } from './_lib/observationsPlan.js';
import { markStable } from './_lib/stableLists.js';
import type { Observation, ObservationInput } from './schema/observation.js';

/** What checking observations reads of a plan. */
type CheckingPlan = Pick<Plan, 'indicators' | 'regions' | 'subjectRegion'>;

/**
 * Observations read and checked against a plan once, grouped by indicator and
 * region: what `assessPlanChecked` takes, so that judging the same data on
 * another as-of date (or by another method) costs only the judging. Keep one
 * per (plan, data version); build it with `checkPlanObservations`.
 */
export type CheckedObservations = {
  /** How many observations were checked. */
  readonly count: number;
};

type Checked = {
  /** What the plan's checks read (see `checkingKey`): another plan with the same key checks alike. */
  key: string;
  /** The observations as shaped, before the subject region filled absent regions (for a check against another plan). */
  shaped: readonly ObservationInput[];
  byKey: ReadonlyMap<string, Observation[]>;
};

// The checked data lives here, not on the handle: a handle not made by checkPlanObservations
// (or a copy of one, e.g. across a thread) has none, so nothing unchecked is ever judged.
const store = new WeakMap<CheckedObservations, Checked>();
const keys = new WeakMap<object, string>();

/**
 * The parts of a plan that decide whether an observation passes (indicator ids,
 * units and parts; region ids; the subject region). A plan in force on another
 * date differs in its targets, not in these, so it reuses the same check.
 */
function checkingKey(plan: CheckingPlan): string {
  const known = keys.get(plan);
  if (known !== undefined) return known;
  const key = JSON.stringify([
    plan.subjectRegion,
    plan.regions.map((region) => region.id),
    plan.indicators.map((indicator) => [indicator.id, indicator.unit, indicator.parts ?? null]),
  ]);
  keys.set(plan, key);
  return key;
}

/** `indicatorId \0 region`: how observations are grouped for the judging. */
export const groupKey = (indicatorId: string, region: string) => `${indicatorId}\u0000${region}`;

/** The groups of checked observations by `groupKey`, marked stable. */
function byGroupKey(groups: CheckedAndGrouped['groups']): Map<string, Observation[]> {
  const byKey = new Map<string, Observation[]>();
  // Never changed once grouped: what is read off them is kept (see stableLists.ts).
  for (const group of groups)
    byKey.set(groupKey(group.indicatorId, group.region), markStable(group.observations));
  return byKey;
}

function checkAgainst(plan: CheckingPlan, shaped: readonly ObservationInput[]) {
  const { indicatorOf, regions } = planLookups(plan);
  return checkAndGroupObservations(shaped, indicatorOf, regions, plan.subjectRegion);
}

/**
 * Reads and checks observations for a plan once (as `parseObservations` does),
 * for any number of `assessPlanChecked` calls on the same data.
 *
 * @throws ScoringInputError listing every problem with its path, as `parseObservations`
 * @example
 *   const checked = checkPlanObservations(ordosPlan, observations); // once per data version
 *   assessPlanChecked(ordosPlan, checked, { method: 'time-progress', asOf: '2024-03-31' });
 *   assessPlanChecked(ordosPlan, checked, { method: 'time-progress', asOf: '2024-06-30' });
 */
export function checkPlanObservations(plan: CheckingPlan, input: unknown): CheckedObservations {
  const shaped = shapeObservations(input);
  const { observations, groups } = checkAgainst(plan, shaped);
  const handle: CheckedObservations = Object.freeze({ count: observations.length });
  // An observation that names its region is kept once: shaped and checked are the same object.
  store.set(handle, { key: checkingKey(plan), shaped, byKey: byGroupKey(groups) });
  return handle;
}

/**
 * The observations of a handle grouped by indicator and region, checked for
 * `plan`: as checked when the plan checks alike, else checked again against it
 * (throwing as `parseObservations` would).
 */
export function checkedGroups(
  plan: CheckingPlan,
  checked: CheckedObservations,
): ReadonlyMap<string, Observation[]> {
  const entry = store.get(checked);
  if (!entry)
    throw new TypeError(
      'expected observations from checkPlanObservations (a copy of one, e.g. from another thread, is not checked)',
    );
  if (entry.key === checkingKey(plan)) return entry.byKey;
  return byGroupKey(checkAgainst(plan, entry.shaped).groups);
}
