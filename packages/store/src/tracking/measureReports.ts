import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { Database, MeasureReportRevisionRow, MeasureReportRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { type EvidenceSelect, evidenceMetaColumns, fromEvidenceRow } from './evidenceRow.js';
import type {
  Deliverable,
  EvidenceMeta,
  MeasureReport,
  MeasureReportInput,
  MeasureReportRevision,
} from './schema.js';
import { assertUnitsExist } from './units.js';

/** A report to store: the checked input, the measure it is on, and the unit it is for (none: the bureau's). */
export type NewMeasureReport = MeasureReportInput & {
  measureId: string;
  unit?: string | null | undefined;
};

const deliverableOf = (json: string | null): MeasureReport['deliverable'] => {
  if (!json) return null;
  const deliverable = JSON.parse(json) as Deliverable;
  return {
    done: deliverable.done,
    date: deliverable.date ?? null,
    document: deliverable.document ?? null,
  };
};

const fromReportRow = (row: MeasureReportRow, evidence: EvidenceMeta[]): MeasureReport => ({
  id: row.id,
  measureId: row.measure_id,
  period: row.period,
  status: row.status,
  percent: row.percent === null ? null : Number(row.percent),
  narrative: row.narrative,
  deliverable: deliverableOf(row.deliverable_json),
  unit: row.unit ?? null,
  reporter: row.reporter,
  reporterId: row.reporter_id ?? null,
  createdAt: row.created_at,
  evidence,
  version: row.version,
  updatedAt: row.updated_at ?? null,
  updatedBy: row.updated_by ?? null,
});

/** A report as its history keeps it: what was reported, without who and when. */
const contentOf = (row: MeasureReportRow) => ({
  period: row.period,
  status: row.status,
  percent: row.percent === null ? null : Number(row.percent),
  narrative: row.narrative,
  deliverable: deliverableOf(row.deliverable_json),
});

const deliverableJson = (deliverable: MeasureReportInput['deliverable']): string | null =>
  deliverable
    ? JSON.stringify({
        done: deliverable.done,
        date: deliverable.date ?? null,
        document: deliverable.document ?? null,
      })
    : null;

/** What a replacement or a withdrawal came to. */
export type ReportChangeResult =
  | { status: 'changed'; report: MeasureReport }
  | { status: 'not_found' }
  | { status: 'stale'; current: MeasureReport };

/** A report is a live one (read as a report) until it is withdrawn. */
const LIVE = 'withdrawn_at' as const;

/**
 * The measures' progress reports of one plan: one per unit and period is expected, but every
 * report is kept (a later one for the same period is a correction, read as the latest). The
 * caller checks that the measure exists and that the writer may report on it.
 */
export function createMeasureReports({ db, now }: StoreContext, planId: string) {
  /**
   * The evidence of the plan's reports, by report id, oldest first: of one report, of one
   * measure's, or of all (a subquery rather than a list of ids, which has a bound per query).
   */
  async function evidenceByReport(of: {
    reportId?: string;
    measureId?: string | undefined;
    reader?: Kysely<Database>;
  }) {
    let query = (of.reader ?? db)
      .selectFrom('evidence')
      .select(evidenceMetaColumns)
      .where('plan_id', '=', planId);
    if (of.reportId !== undefined) query = query.where('report_id', '=', of.reportId);
    else if (of.measureId !== undefined) {
      const measureId = of.measureId;
      query = query.where('report_id', 'in', (eb) =>
        eb
          .selectFrom('measure_reports')
          .select('id')
          .where('plan_id', '=', planId)
          .where('measure_id', '=', measureId),
      );
    }
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    const byReport = new Map<string, EvidenceMeta[]>();
    for (const row of rows as EvidenceSelect[]) {
      const list = byReport.get(row.report_id) ?? [];
      list.push(fromEvidenceRow(row));
      byReport.set(row.report_id, list);
    }
    return byReport;
  }

  return {
    /**
     * Records a report on a measure. UnknownUnitError when `unit` is given and is not a unit.
     * Evidence is attached afterwards, with addEvidence.
     */
    async addMeasureReport(input: NewMeasureReport, actor: Actor): Promise<MeasureReport> {
      const row: MeasureReportRow = {
        id: randomUUID(),
        plan_id: planId,
        measure_id: input.measureId,
        period: input.period,
        status: input.status,
        percent: input.percent ?? null,
        narrative: input.narrative.trim(),
        deliverable_json: deliverableJson(input.deliverable),
        unit: input.unit ?? null,
        reporter: actor.name,
        reporter_id: actor.id ?? null,
        created_at: now(),
        version: 1,
        updated_at: null,
        updated_by: null,
        updated_by_id: null,
        withdrawn_at: null,
        withdrawn_by: null,
        withdrawn_by_id: null,
        withdrawn_reason: null,
      };
      return db.transaction().execute(async (trx) => {
        if (row.unit) await assertUnitsExist(trx, [row.unit], input.measureId);
        // The columns of 0006 only: the later ones start at their defaults (version 1, live),
        // so a report is recorded alike on a database of any migration since 0006.
        const {
          version,
          updated_at,
          updated_by,
          updated_by_id,
          withdrawn_at,
          withdrawn_by,
          withdrawn_by_id,
          withdrawn_reason,
          ...columns0006
        } = row;
        await trx
          .insertInto('measure_reports')
          .values(columns0006 as MeasureReportRow)
          .execute();
        await bumpDataVersion(trx);
        return fromReportRow(row, []);
      });
    },

    /**
     * The plan's reports, oldest first (by time, then period), each with its evidence; only
     * one measure's when `measureId` is given. Withdrawn reports are not among them.
     */
    async listMeasureReports(
      filter: { measureId?: string | undefined } = {},
    ): Promise<MeasureReport[]> {
      let query = db
        .selectFrom('measure_reports')
        .selectAll()
        .where('plan_id', '=', planId)
        .where(LIVE, 'is', null);
      if (filter.measureId) query = query.where('measure_id', '=', filter.measureId);
      const rows = await query
        .orderBy('created_at')
        .orderBy('period')
        .orderBy('measure_id')
        .orderBy('id')
        .execute();
      const evidence =
        rows.length === 0
          ? new Map<string, EvidenceMeta[]>()
          : await evidenceByReport({ measureId: filter.measureId });
      return rows.map((row) => fromReportRow(row, evidence.get(row.id) ?? []));
    },

    /** One report of the plan with its evidence, or undefined (also when it was withdrawn). */
    async getMeasureReport(id: string): Promise<MeasureReport | undefined> {
      const row = await liveReport(db, id);
      if (!row) return undefined;
      const evidence = await evidenceByReport({ reportId: row.id });
      return fromReportRow(row, evidence.get(row.id) ?? []);
    },

    /**
     * Who a report of the plan is by and whether it was withdrawn, withdrawn ones too: what the
     * API needs to decide who may read it and its evidence. Undefined when the plan has none.
     */
    async measureReportAccess(
      id: string,
    ): Promise<
      { measureId: string; unit: string | null; withdrawn: boolean; version: number } | undefined
    > {
      const row = await db
        .selectFrom('measure_reports')
        .select(['measure_id', 'unit', 'withdrawn_at', 'version'])
        .where('plan_id', '=', planId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        measureId: row.measure_id,
        unit: row.unit ?? null,
        withdrawn: row.withdrawn_at !== null,
        version: row.version,
      };
    },

    /**
     * Replaces what a live report says (period, status, percent, narrative, deliverable) if it is
     * still at `expectedVersion`; its unit, reporter, time sent and evidence stay. The report as
     * it was is kept in its history with `reason`. Stale: changed meanwhile, nothing written.
     */
    async replaceMeasureReport(
      id: string,
      expectedVersion: number,
      input: MeasureReportInput,
      actor: Actor,
      reason: string | null = null,
    ): Promise<ReportChangeResult> {
      return changeReport(id, expectedVersion, actor, (row, at) => {
        const next: MeasureReportRow = {
          ...row,
          period: input.period,
          status: input.status,
          percent: input.percent ?? null,
          narrative: input.narrative.trim(),
          deliverable_json: deliverableJson(input.deliverable),
          version: row.version + 1,
          updated_at: at,
          updated_by: actor.name,
          updated_by_id: actor.id ?? null,
        };
        return { next, action: 'replaced', reason };
      });
    },

    /**
     * Withdraws a live report if it is still at `expectedVersion`: it is kept with who withdrew
     * it, when and why (and in its history), but no longer read as a report, nor its evidence.
     */
    async withdrawMeasureReport(
      id: string,
      expectedVersion: number,
      actor: Actor,
      reason: string | null = null,
    ): Promise<ReportChangeResult> {
      return changeReport(id, expectedVersion, actor, (row, at) => ({
        next: {
          ...row,
          version: row.version + 1,
          withdrawn_at: at,
          withdrawn_by: actor.name,
          withdrawn_by_id: actor.id ?? null,
          withdrawn_reason: reason,
        },
        action: 'withdrawn',
        reason,
      }));
    },

    /** A report's replacements and withdrawal, oldest first (withdrawn reports too); empty when none. */
    async measureReportHistory(id: string): Promise<MeasureReportRevision[]> {
      const rows = await db
        .selectFrom('measure_report_revisions')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('report_id', '=', id)
        .orderBy('version')
        .execute();
      return rows.map((row) => ({
        reportId: row.report_id,
        version: row.version,
        action: row.action,
        old: JSON.parse(row.old_json),
        new: row.new_json === null ? null : JSON.parse(row.new_json),
        reason: row.reason ?? null,
        actor: row.actor,
        actorId: row.actor_id ?? null,
        at: row.at,
      }));
    },
  };

  /** The plan's report `id` unless it was withdrawn. */
  function liveReport(reader: Kysely<Database>, id: string) {
    return reader
      .selectFrom('measure_reports')
      .selectAll()
      .where('plan_id', '=', planId)
      .where('id', '=', id)
      .where(LIVE, 'is', null)
      .executeTakeFirst();
  }

  /**
   * One change of a live report in a transaction: the row is written only if it is still at
   * `expectedVersion` (so of two concurrent changes the second finds it stale), and the change
   * is kept in measure_report_revisions with the report before and after.
   */
  async function changeReport(
    id: string,
    expectedVersion: number,
    actor: Actor,
    change: (
      row: MeasureReportRow,
      at: string,
    ) => { next: MeasureReportRow; action: 'replaced' | 'withdrawn'; reason: string | null },
  ): Promise<ReportChangeResult> {
    return db.transaction().execute(async (trx) => {
      const row = await liveReport(trx, id);
      if (!row) return { status: 'not_found' } as const;
      const withEvidence = async (report: MeasureReportRow) =>
        fromReportRow(
          report,
          (await evidenceByReport({ reportId: id, reader: trx })).get(id) ?? [],
        );
      if (row.version !== expectedVersion)
        return { status: 'stale', current: await withEvidence(row) } as const;
      const at = now();
      const { next, action, reason } = change(row, at);
      const updated = await trx
        .updateTable('measure_reports')
        .set({
          period: next.period,
          status: next.status,
          percent: next.percent,
          narrative: next.narrative,
          deliverable_json: next.deliverable_json,
          version: next.version,
          updated_at: next.updated_at,
          updated_by: next.updated_by,
          updated_by_id: next.updated_by_id,
          withdrawn_at: next.withdrawn_at,
          withdrawn_by: next.withdrawn_by,
          withdrawn_by_id: next.withdrawn_by_id,
          withdrawn_reason: next.withdrawn_reason,
        })
        .where('plan_id', '=', planId)
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1)
        return { status: 'stale', current: await withEvidence(row) } as const;
      const revision: MeasureReportRevisionRow = {
        id: randomUUID(),
        plan_id: planId,
        report_id: id,
        version: next.version,
        action,
        old_json: JSON.stringify(contentOf(row)),
        new_json: action === 'withdrawn' ? null : JSON.stringify(contentOf(next)),
        reason,
        actor: actor.name,
        actor_id: actor.id ?? null,
        at,
      };
      await trx.insertInto('measure_report_revisions').values(revision).execute();
      await bumpDataVersion(trx);
      return { status: 'changed', report: await withEvidence(next) } as const;
    });
  }
}
