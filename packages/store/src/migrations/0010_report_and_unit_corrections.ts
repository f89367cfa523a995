import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Corrections of measure reports and units, each kept in a history of its own:
 * - `measure_reports` gain `version` (1 for every report made before), who changed them last and
 *   when (`updated_*`, null until then), and `withdrawn_*`: a withdrawn report is kept, never
 *   deleted, and no longer read as a report (nor its evidence, except by an admin).
 * - `measure_report_revisions`: every replacement or withdrawal, with the report as it was before
 *   (`old_json`) and after (`new_json`; null for a withdrawal). One row per report and version, so
 *   of two concurrent changes of one version the second is refused.
 * - `units` gain `version` (1 for every unit made before) and `retired_*`: a retired unit is kept
 *   for what names it (reports, history) and is given no new work.
 * - `unit_revisions`: every rename, retirement, return to service and deletion of a unit, with the
 *   unit before and after. Not unique per version: a deleted unit's id may be created again and
 *   start over at 1, its old history kept.
 * Only columns and tables are added (SQLite needs no rebuild); nothing stored before changes.
 */
export const migration0010: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('measure_reports')
      .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
      .execute();
    for (const column of [
      'updated_at',
      'updated_by',
      'updated_by_id',
      'withdrawn_at',
      'withdrawn_by',
      'withdrawn_by_id',
      'withdrawn_reason',
    ])
      await db.schema.alterTable('measure_reports').addColumn(column, 'text').execute();
    await db.schema
      .createTable('measure_report_revisions')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('plan_id', 'text', (column) => column.notNull())
      .addColumn('report_id', 'text', (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('action', 'text', (column) =>
        column.notNull().check(sql`action in ('replaced', 'withdrawn')`),
      )
      .addColumn('old_json', 'text', (column) => column.notNull())
      .addColumn('new_json', 'text')
      .addColumn('reason', 'text')
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('at', 'text', (column) => column.notNull())
      .addUniqueConstraint('measure_report_revisions_per_report', [
        'plan_id',
        'report_id',
        'version',
      ])
      .execute();
    await db.schema
      .alterTable('units')
      .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
      .execute();
    for (const column of ['retired_at', 'retired_by', 'retired_by_id'])
      await db.schema.alterTable('units').addColumn(column, 'text').execute();
    await db.schema
      .createTable('unit_revisions')
      .addColumn('id', 'text', (column) => column.primaryKey())
      .addColumn('unit_id', 'text', (column) => column.notNull())
      .addColumn('version', 'integer', (column) => column.notNull())
      .addColumn('action', 'text', (column) =>
        column.notNull().check(sql`action in ('renamed', 'retired', 'restored', 'deleted')`),
      )
      .addColumn('old_json', 'text', (column) => column.notNull())
      .addColumn('new_json', 'text')
      .addColumn('actor', 'text', (column) => column.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('at', 'text', (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex('unit_revisions_by_unit')
      .on('unit_revisions')
      .columns(['unit_id', 'at'])
      .execute();
  },
};
