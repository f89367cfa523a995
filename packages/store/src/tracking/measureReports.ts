import { randomUUID } from 'node:crypto';
import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { MeasureReportRow } from '../database.js';
import type { Actor } from '../store.types.js';
import { type EvidenceSelect, evidenceMetaColumns, fromEvidenceRow } from './evidenceRow.js';
import type { Deliverable, EvidenceMeta, MeasureReport, MeasureReportInput } from './schema.js';
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
});

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
  async function evidenceByReport(of: { reportId?: string; measureId?: string | undefined }) {
    let query = db.selectFrom('evidence').select(evidenceMetaColumns).where('plan_id', '=', planId);
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
        deliverable_json: input.deliverable
          ? JSON.stringify({
              done: input.deliverable.done,
              date: input.deliverable.date ?? null,
              document: input.deliverable.document ?? null,
            })
          : null,
        unit: input.unit ?? null,
        reporter: actor.name,
        reporter_id: actor.id ?? null,
        created_at: now(),
      };
      return db.transaction().execute(async (trx) => {
        if (row.unit) await assertUnitsExist(trx, [row.unit], input.measureId);
        await trx.insertInto('measure_reports').values(row).execute();
        await bumpDataVersion(trx);
        return fromReportRow(row, []);
      });
    },

    /**
     * The plan's reports, oldest first (by time, then period), each with its evidence; only
     * one measure's when `measureId` is given.
     */
    async listMeasureReports(
      filter: { measureId?: string | undefined } = {},
    ): Promise<MeasureReport[]> {
      let query = db.selectFrom('measure_reports').selectAll().where('plan_id', '=', planId);
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

    /** One report of the plan with its evidence, or undefined. */
    async getMeasureReport(id: string): Promise<MeasureReport | undefined> {
      const row = await db
        .selectFrom('measure_reports')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      const evidence = await evidenceByReport({ reportId: row.id });
      return fromReportRow(row, evidence.get(row.id) ?? []);
    },
  };
}
