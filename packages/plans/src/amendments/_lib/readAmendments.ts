import type { Plan, PlanValue } from '@plan/indicators';
import type { Amendment } from '../amendment.js';
import { readAmendedValue } from './readAmendedValue.js';

export type AmendmentIssue = { path: (string | number)[]; message: string };

/** What a value amendment sets, read; definitions carry their text as it is. */
type ReadAmendments = { issues: AmendmentIssue[]; values: Map<string, PlanValue> };

/** What one amendment changes: the same key on the same date twice is a conflict. */
export function amendedThing(amendment: Amendment, subjectRegion: string): string {
  return [
    amendment.indicatorId,
    amendment.targetId ?? '',
    amendment.kind,
    amendment.region ?? subjectRegion,
  ].join('\u0000');
}

/**
 * Checks every amendment against its plan and reads its printed value.
 * Paths start at `amendments`, so they point into a plan file as they are.
 */
export function readAmendments(
  plan: Readonly<Plan>,
  amendments: readonly Amendment[],
  targetIds?: ReadonlySet<string>,
): ReadAmendments {
  const issues: AmendmentIssue[] = [];
  const values = new Map<string, PlanValue>();
  const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const ids = new Set<string>();
  const onDate = new Map<string, string>();
  const first = `${plan.period.start}-01-01`;
  const last = `${plan.period.end}-12-31`;

  amendments.forEach((amendment, index) => {
    const path = ['amendments', index];
    if (ids.has(amendment.id)) {
      issues.push({ path: [...path, 'id'], message: `duplicate amendment id "${amendment.id}"` });
    }
    ids.add(amendment.id);

    const region = amendment.region ?? plan.subjectRegion;
    if (region === plan.benchmarkRegion) {
      issues.push({
        path: [...path, 'region'],
        message: `"${region}" is the benchmark region: its values are its own, never amended by this plan`,
      });
    } else if (region !== plan.subjectRegion) {
      issues.push({
        path: [...path, 'region'],
        message: `the plan sets values only for its subject region "${plan.subjectRegion}", not "${region}"`,
      });
    }

    if (amendment.effectiveDate < first || amendment.effectiveDate > last) {
      issues.push({
        path: [...path, 'effectiveDate'],
        message: `${amendment.effectiveDate} is outside the plan (${first} to ${last}): a plan is amended while it runs`,
      });
    }

    if (amendment.targetId !== undefined && targetIds && !targetIds.has(amendment.targetId)) {
      issues.push({
        path: [...path, 'targetId'],
        message: `unknown project target "${amendment.targetId}"`,
      });
    }

    const thing = `${amendedThing(amendment, plan.subjectRegion)}\u0000${amendment.effectiveDate}`;
    const earlier = onDate.get(thing);
    if (earlier !== undefined) {
      issues.push({
        path: [...path, 'effectiveDate'],
        message: `amendment "${earlier}" already changes the ${amendment.kind} of "${amendment.indicatorId}" on ${amendment.effectiveDate}: which one holds?`,
      });
    } else {
      onDate.set(thing, amendment.id);
    }

    const indicator = indicators.get(amendment.indicatorId);
    if (!indicator) {
      issues.push({
        path: [...path, 'indicatorId'],
        message: `unknown indicator "${amendment.indicatorId}": not in the plan's tables`,
      });
      return;
    }
    if (amendment.kind === 'definition') return;
    const read = readAmendedValue(indicator, amendment.value, [...path, 'value']);
    if (read.ok) values.set(amendment.id, read.value);
    else issues.push(...read.issues);
  });
  return { issues, values };
}
