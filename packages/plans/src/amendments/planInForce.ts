import {
  type Indicator,
  type LocalizedText,
  type Plan,
  PlanValidationError,
  type PlanValue,
} from '@plan/indicators';
import { amendedThing, readAmendments } from './_lib/readAmendments.js';
import type { Amendment } from './amendment.js';

/**
 * One value of the plan that differs on the date from what the plan printed:
 * what the plan printed (`original`), what is in force (`inForce`), and the
 * amendment that put it there. A project target's amendment changes no table
 * value, so it has no change here; it is listed in `applied` all the same.
 */
export type AmendedValue =
  | {
      amendmentId: string;
      indicatorId: string;
      kind: 'target' | 'baseline';
      region: string;
      effectiveDate: string;
      original: PlanValue;
      inForce: PlanValue;
    }
  | {
      amendmentId: string;
      indicatorId: string;
      kind: 'definition';
      region: string;
      effectiveDate: string;
      original: { name: LocalizedText };
      inForce: { name: LocalizedText; definition: LocalizedText };
    };

/** The plan as it stood on a date, and which amendments made it so. */
export type PlanInForce = {
  /** The plan with the values in force on the date; same shape as the plan given. */
  plan: Plan;
  /** The amendments in force: for each amended thing, the latest effective on or before the date. */
  applied: Amendment[];
  /** Amendments already effective but replaced by a later one of the same thing. */
  superseded: Amendment[];
  /** Amendments that take effect after the date. */
  pending: Amendment[];
  /** Each table value or definition that differs from the printed plan, with the original beside it. */
  changes: AmendedValue[];
};

/**
 * The plan in force on `asOf`: each target, baseline or definition amended
 * with an effective date on or before `asOf` takes the latest such
 * amendment's value; everything else is as printed. The plan given is not
 * changed, and `changes` keeps the printed originals beside the values in
 * force, so a reader sees both. Pass the result's `plan` to @plan/scoring's
 * `assessPlan` and `applied` as its `amendments` option, so the assessment
 * says what it was judged against.
 *
 * @param asOf an ISO date (`2024-06-30`; a date-time counts by its day)
 * @throws PlanValidationError listing every problem `checkAmendments` finds
 * @example
 *   const { plan, applied } = planInForce(ordosPlan, amendments, '2024-06-30');
 *   assessPlan(plan, observations, { method: 'time-progress', asOf: '2024-06-30', amendments: applied });
 */
export function planInForce(
  plan: Readonly<Plan>,
  amendments: readonly Amendment[],
  asOf: string,
): PlanInForce {
  const { issues, values } = readAmendments(plan, amendments);
  if (issues.length > 0) throw new PlanValidationError(issues);
  const day = asOf.slice(0, 10);

  // Stable sort by date, so of several effective amendments the last one wins.
  const effective = amendments
    .filter((amendment) => amendment.effectiveDate <= day)
    .sort((a, b) =>
      a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0,
    );
  const pending = amendments.filter((amendment) => amendment.effectiveDate > day);
  const latest = new Map<string, Amendment>();
  for (const amendment of effective)
    latest.set(amendedThing(amendment, plan.subjectRegion), amendment);
  const applied = [...latest.values()];
  const inForce = new Set(applied);
  const superseded = effective.filter((amendment) => !inForce.has(amendment));

  const changes: AmendedValue[] = [];
  const byIndicator = new Map<string, Amendment[]>();
  for (const amendment of applied) {
    // A project target's amendment leaves the indicator table as printed.
    if (amendment.targetId !== undefined) continue;
    const list = byIndicator.get(amendment.indicatorId) ?? [];
    list.push(amendment);
    byIndicator.set(amendment.indicatorId, list);
  }
  const indicators = plan.indicators.map((indicator) => {
    const mine = byIndicator.get(indicator.id);
    if (!mine) return indicator;
    let amended: Indicator = { ...indicator, values: { ...indicator.values } };
    for (const amendment of mine) {
      const region = amendment.region ?? plan.subjectRegion;
      const common = {
        amendmentId: amendment.id,
        indicatorId: indicator.id,
        region,
        effectiveDate: amendment.effectiveDate,
      };
      if (amendment.kind === 'definition') {
        const name = amendment.name ?? indicator.name;
        changes.push({
          ...common,
          kind: 'definition',
          original: { name: indicator.name },
          inForce: { name, definition: amendment.definition },
        });
        amended = { ...amended, name };
        continue;
      }
      // readAmendments has read every value amendment without an issue.
      const value = values.get(amendment.id) as PlanValue;
      const original = indicator.values.subject[amendment.kind];
      changes.push({ ...common, kind: amendment.kind, original, inForce: value });
      amended = {
        ...amended,
        values: {
          ...amended.values,
          subject: { ...amended.values.subject, [amendment.kind]: value },
        },
      };
    }
    return amended;
  });
  return { plan: { ...plan, indicators }, applied, superseded, pending, changes };
}
