import { ordosPlan } from '@plan/indicators';
import {
  type Approval,
  DEMO_SOURCE,
  type Observation,
  type ObservationValue,
} from '@plan/observations';
import type { ObservationRow } from '../database.js';
import type { Actor, NewObservation } from '../store.types.js';

/**
 * The id of the plan observations belong to when a caller names none: the built-in Ordos plan
 * (@plan/indicators' ordosPlan), the only plan before migration 0003.
 */
export const DEFAULT_PLAN_ID: string = ordosPlan.id;

/**
 * The table row of a new observation of plan `planId`, at version 1, in the review state
 * `approval` (default: approved, needing no review). `valueJson` saves a second serialisation.
 */
export const toRow = (
  observation: NewObservation,
  id: string,
  at: string,
  actor: Actor,
  reason: string | null = null,
  valueJson: string = JSON.stringify(observation.value),
  planId: string = DEFAULT_PLAN_ID,
  approval: Approval = 'approved',
): ObservationRow => ({
  id,
  plan_id: planId,
  indicator_id: observation.indicatorId,
  region: observation.region,
  period_date: observation.date,
  period_year: observation.year,
  period_kind: observation.period,
  value_json: valueJson,
  source: observation.source,
  illustrative: observation.source === DEMO_SOURCE ? 1 : 0,
  note: observation.note ?? null,
  created_reason: reason,
  version: 1,
  created_at: at,
  created_by: actor.name,
  updated_at: at,
  updated_by: actor.name,
  created_by_id: actor.id ?? null,
  approval,
  approval_reason: null,
  reviewed_by: null,
  reviewed_by_id: null,
  reviewed_at: null,
});

/**
 * The target whose own figure a row is, or null: a target's figures are stored under its id as
 * the series key, and target ids (`T-P08-M2-1`) never collide with indicator ids (lower-case slugs).
 */
export const targetIdOf = (seriesId: string): string | null =>
  seriesId.startsWith('T-') ? seriesId : null;

/** A table row as the observation the API sends (PostgreSQL may hand back numbers as strings). */
export function fromRow(row: ObservationRow): Observation {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    targetId: targetIdOf(row.indicator_id),
    region: row.region,
    year: Number(row.period_year),
    date: row.period_date,
    period: row.period_kind,
    value: JSON.parse(row.value_json) as ObservationValue,
    source: row.source,
    illustrative: Number(row.illustrative) === 1,
    note: row.note,
    createdReason: row.created_reason,
    version: Number(row.version),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    approval: row.approval,
    approvalReason: row.approval_reason ?? null,
    reviewedBy: row.reviewed_by ?? null,
    reviewedAt: row.reviewed_at ?? null,
  };
}

/**
 * An observation as a revision stored it: one stored before migration 0004 has no review
 * fields, and every figure then was approved; one stored before target figures has no
 * `targetId`, which its series key gives.
 */
export function fromSnapshot(json: string): Observation {
  const stored = JSON.parse(json) as Partial<Observation>;
  return {
    approval: 'approved',
    approvalReason: null,
    reviewedBy: null,
    reviewedAt: null,
    ...stored,
    targetId: targetIdOf(stored.indicatorId ?? ''),
  } as Observation;
}
