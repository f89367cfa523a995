import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresAdapter,
  SqliteAdapter,
  sql,
} from 'kysely';
import { ADVISORY_LOCKS, withAdvisoryLock } from './limits/advisoryLock.js';
import { migration0010 } from './migrations/0010_report_and_unit_corrections.js';
import { isReservedTokenName } from './tokenNames.js';

/**
 * Versioned migrations, in code so the built server carries them. Append new
 * ones; never edit one that has shipped. Types are chosen to mean the same on
 * SQLite and PostgreSQL (text ids, ISO text dates, double precision numbers,
 * integer flags).
 */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('observations')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('indicator_id', 'text', (column) => column.notNull())
        .addColumn('region', 'text', (column) => column.notNull())
        .addColumn('period_date', 'text', (column) => column.notNull())
        .addColumn('period_year', 'integer', (column) => column.notNull())
        .addColumn('period_kind', 'text', (column) => column.notNull())
        .addColumn('value_json', 'text', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('illustrative', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('note', 'text')
        .addColumn('created_reason', 'text')
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        // One value per indicator, region, date and source: re-sending a report cannot duplicate it.
        .addUniqueConstraint('observations_natural_key', [
          'indicator_id',
          'region',
          'period_date',
          'source',
        ])
        .execute();
      await db.schema
        .createIndex('observations_by_region')
        .on('observations')
        .columns(['region', 'indicator_id', 'period_date'])
        .execute();
      await db.schema
        .createTable('observation_revisions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('observation_id', 'text', (column) => column.notNull())
        .addColumn('revision', 'integer', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('old_json', 'text')
        .addColumn('new_json', 'text')
        .addColumn('reason', 'text')
        .addUniqueConstraint('revisions_per_observation', ['observation_id', 'revision'])
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('role', 'text', (column) => column.notNull())
        .addColumn('token_hash', 'text', (column) => column.notNull().unique())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('revoked_at', 'text')
        .execute();
      await db.schema
        .createTable('idempotency_keys')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('request_hash', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('response_json', 'text', (column) => column.notNull())
        .execute();
      await db.schema
        .createTable('store_meta')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('value', 'integer', (column) => column.notNull())
        .execute();
      await db
        .insertInto('store_meta' as never)
        .values({ key: 'data_version', value: 0 } as never)
        .execute();
    },
  },
  '0002_audit_actor_ids': {
    /**
     * Audit by token id, not by name: revisions and new observations keep the id of the token
     * that wrote them (null for rows written before, and for the seed and the CLI). Token names
     * become unique regardless of case, and reserved names (PLAN_ADMIN_TOKEN, admin, …) are
     * kept by no token: an existing duplicate or reserved name is renamed "<name> (<id>)" first,
     * so a database made before this migration still opens.
     */
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('observation_revisions').addColumn('actor_id', 'text').execute();
      await db.schema
        .alterTable('observation_revisions')
        .addColumn('created_by_id', 'text')
        .execute();
      await db.schema.alterTable('observations').addColumn('created_by_id', 'text').execute();
      const tokens = (await db
        .selectFrom('tokens' as never)
        .select(['id' as never, 'name' as never])
        .orderBy('created_at' as never)
        .orderBy('id' as never)
        .execute()) as { id: string; name: string }[];
      const taken = new Set<string>();
      for (const token of tokens) {
        const key = token.name.toLowerCase();
        if (!taken.has(key) && !isReservedTokenName(token.name)) {
          taken.add(key);
          continue;
        }
        const renamed = `${token.name} (${token.id})`;
        taken.add(renamed.toLowerCase());
        await db
          .updateTable('tokens' as never)
          .set({ name: renamed } as never)
          .where('id' as never, '=', token.id as never)
          .execute();
      }
      await db.schema
        .createIndex('tokens_unique_name')
        .on('tokens')
        .unique()
        .expression(sql`lower(name)`)
        .execute();
    },
  },
  '0003_plans': {
    /**
     * Several plans in one store: a `plans` table holds the plan files added at run time (the
     * built-in plans are not stored), and every observation belongs to a plan. Rows written
     * before belong to the Ordos plan, the only one there was; the natural key gains the plan,
     * so two plans may hold a value for the same indicator id, region, date and source.
     * SQLite cannot drop a table's unique constraint, so there the table is rebuilt.
     */
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plans')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('file_json', 'text', (column) => column.notNull())
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('actor_id', 'text')
        .execute();
      if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuildSqliteObservations(db);
      else {
        await db.schema
          .alterTable('observations')
          .addColumn('plan_id', 'text', (column) => column.notNull().defaultTo(ORDOS_PLAN_ID))
          .execute();
        await db.schema
          .alterTable('observations')
          .alterColumn('plan_id', (column) => column.dropDefault())
          .execute();
        await db.schema
          .alterTable('observations')
          .dropConstraint('observations_natural_key')
          .execute();
        await db.schema
          .alterTable('observations')
          .addUniqueConstraint('observations_natural_key', [...NATURAL_KEY_0003])
          .execute();
        await db.schema.dropIndex('observations_by_region').execute();
      }
      await db.schema
        .createIndex('observations_by_region')
        .on('observations')
        .columns(['plan_id', 'region', 'indicator_id', 'period_date'])
        .execute();
    },
  },
  '0004_scopes_and_approval': {
    /**
     * The districts' own accounts and the city's review of their figures:
     * - `tokens.scope`: what a token may write (TokenScope JSON); null is unrestricted, as before.
     * - observations gain their review state, `approval` ('submitted' | 'approved' | 'returned'),
     *   with the reason of the last return and the last reviewer. Every row stored before needed
     *   no review, so it is 'approved' (the column's default).
     * - revisions gain `plan_id`, so an observation's history is found under its plan; filled in
     *   from the observation, or, for one deleted before, the Ordos plan when no plan was ever
     *   added at run time (it was then the only one); otherwise it stays null (not known).
     * - `region_targets`: the districts' targets, which the plan does not set (entered by the bureau).
     * Only columns and tables are added, so SQLite needs no rebuild (unlike 0003).
     */
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('tokens').addColumn('scope', 'text').execute();
      await db.schema
        .alterTable('observations')
        .addColumn('approval', 'text', (column) =>
          column
            .notNull()
            .defaultTo('approved')
            .check(sql`approval in ('submitted', 'approved', 'returned')`),
        )
        .execute();
      for (const column of ['approval_reason', 'reviewed_by', 'reviewed_by_id', 'reviewed_at'])
        await db.schema.alterTable('observations').addColumn(column, 'text').execute();
      // The review queue: a district's submitted figures, by plan and region.
      await db.schema
        .createIndex('observations_by_approval')
        .on('observations')
        .columns(['plan_id', 'approval', 'region'])
        .execute();
      await db.schema.alterTable('observation_revisions').addColumn('plan_id', 'text').execute();
      await sql`update observation_revisions set plan_id = (select observations.plan_id from observations where observations.id = observation_revisions.observation_id)`.execute(
        db,
      );
      await sql`update observation_revisions set plan_id = ${ORDOS_PLAN_ID} where plan_id is null and not exists (select 1 from plans)`.execute(
        db,
      );
      await db.schema
        .createTable('region_targets')
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('indicator_id', 'text', (column) => column.notNull())
        .addColumn('region', 'text', (column) => column.notNull())
        .addColumn('value_json', 'text', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('created_by_id', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        .addColumn('updated_by_id', 'text')
        // One target per plan, indicator and district.
        .addPrimaryKeyConstraint('region_targets_key', ['plan_id', 'indicator_id', 'region'])
        .execute();
    },
  },
  '0005_region_keyset_index': {
    /**
     * One region's observations in keyset order (a district's export, page by page): the
     * region index gains `source`, the last column of the key, so a page is a range read of
     * (plan_id, region, indicator_id, period_date, source) rather than a sort of the region.
     */
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('observations_by_region').execute();
      await db.schema
        .createIndex('observations_by_region')
        .on('observations')
        .columns(['plan_id', 'region', 'indicator_id', 'period_date', 'source'])
        .execute();
    },
  },
  '0006_tracking': {
    /**
     * Implementation tracking (抓落实): the units that own and report on a plan's items, who owns
     * which item (责任清单) with every reassignment kept, the measures' progress reports with their
     * evidence (a file's bytes in the database, so a backup of it is a backup of everything), and
     * each plan's reporting cycle. Only tables are added; nothing stored before changes.
     * Target figures need no table: they are observations whose series key is the target id.
     */
    async up(db: Kysely<unknown>) {
      const bytes = db.getExecutor().adapter instanceof SqliteAdapter ? 'blob' : 'bytea';
      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('name_zh', 'text', (column) => column.notNull().unique())
        .addColumn('name_en', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('created_by_id', 'text')
        .execute();
      await db.schema
        .createTable('responsibilities')
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('item_id', 'text', (column) => column.notNull())
        .addColumn('lead_unit', 'text')
        .addColumn('cooperating_json', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        .addColumn('updated_by_id', 'text')
        .addPrimaryKeyConstraint('responsibilities_key', ['plan_id', 'item_id'])
        .execute();
      await db.schema
        .createTable('responsibility_revisions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('item_id', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('old_json', 'text')
        .addColumn('new_json', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('at', 'text', (column) => column.notNull())
        .addColumn('reason', 'text')
        .addUniqueConstraint('responsibility_revisions_per_item', ['plan_id', 'item_id', 'version'])
        .execute();
      await db.schema
        .createTable('measure_reports')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('measure_id', 'text', (column) => column.notNull())
        .addColumn('period', 'text', (column) => column.notNull())
        .addColumn('status', 'text', (column) =>
          column.notNull().check(sql`status in ('done', 'on_track', 'at_risk', 'overdue')`),
        )
        .addColumn('percent', 'double precision')
        .addColumn('narrative', 'text', (column) => column.notNull())
        .addColumn('deliverable_json', 'text')
        .addColumn('unit', 'text')
        .addColumn('reporter', 'text', (column) => column.notNull())
        .addColumn('reporter_id', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .execute();
      // A measure's reports, oldest first.
      await db.schema
        .createIndex('measure_reports_by_measure')
        .on('measure_reports')
        .columns(['plan_id', 'measure_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('evidence')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('report_id', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) =>
          column.notNull().check(sql`kind in ('file', 'link')`),
        )
        .addColumn('name', 'text', (column) => column.notNull())
        .addColumn('media_type', 'text')
        .addColumn('size', 'integer')
        .addColumn('sha256', 'text')
        .addColumn('content', bytes)
        .addColumn('url', 'text')
        .addColumn('created_at', 'text', (column) => column.notNull())
        .addColumn('created_by', 'text', (column) => column.notNull())
        .addColumn('created_by_id', 'text')
        .execute();
      await db.schema
        .createIndex('evidence_by_report')
        .on('evidence')
        .columns(['plan_id', 'report_id'])
        .execute();
      await db.schema
        .createTable('plan_settings')
        .addColumn('plan_id', 'text', (column) => column.primaryKey())
        .addColumn('reporting_cycle', 'text', (column) =>
          column
            .notNull()
            .defaultTo('year')
            .check(sql`reporting_cycle in ('year', 'half', 'quarter')`),
        )
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        .execute();
    },
  },
  '0008_shared_limits': {
    /**
     * Rate limits and failed-sign-in limits shared by every server process on one database: one
     * row per client key with the start of its current fixed window (ms since the epoch, as a
     * double: exact to 2^53) and its hits. Nothing stored before changes.
     */
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('shared_limits')
        .addColumn('key', 'text', (column) => column.primaryKey())
        .addColumn('window_start', 'double precision', (column) => column.notNull())
        .addColumn('hits', 'integer', (column) => column.notNull())
        .execute();
      await db.schema
        .createIndex('shared_limits_by_window')
        .on('shared_limits')
        .column('window_start')
        .execute();
    },
  },
  '0007_report_narratives': {
    /**
     * The written sections of reports (成效, 问题, 下一步): one text per plan, report kind, period
     * and section, versioned, and every change kept with who made it and when. Only tables are
     * added; nothing stored before changes. The kinds and sections are written out here, as a
     * shipped migration must not change with the code's lists.
     */
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('report_narratives')
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) =>
          column.notNull().check(sql`kind in ('annual', 'midterm', 'final')`),
        )
        .addColumn('period', 'text', (column) => column.notNull())
        .addColumn('section', 'text', (column) =>
          column.notNull().check(sql`section in ('achievements', 'problems', 'next_steps')`),
        )
        .addColumn('text', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        .addColumn('updated_by_id', 'text')
        .addPrimaryKeyConstraint('report_narratives_key', ['plan_id', 'kind', 'period', 'section'])
        .execute();
      await db.schema
        .createTable('report_narrative_revisions')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('plan_id', 'text', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('period', 'text', (column) => column.notNull())
        .addColumn('section', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('text', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('at', 'text', (column) => column.notNull())
        // One revision per version: of two concurrent writes of a section, the second is refused.
        .addUniqueConstraint('report_narrative_revisions_per_section', [
          'plan_id',
          'kind',
          'period',
          'section',
          'version',
        ])
        .execute();
    },
  },
  '0009_date_keyset_index': {
    /**
     * Pages of observations in date order (`sort=date` / `-date`) read a range of this index
     * instead of sorting the plan's rows for every page: at 1M observations a page took 2.5–3.7 s
     * without it. The columns are the keyset of that order (observationRows.ts).
     */
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('observations_by_date')
        .on('observations')
        .columns(['plan_id', 'period_date', 'indicator_id', 'region', 'source'])
        .execute();
    },
  },
  '0010_report_and_unit_corrections': migration0010,
};

/**
 * The id of the Ordos plan (@plan/indicators' ordosPlan) as migration 0003 wrote it on the rows
 * made before: written out, because a shipped migration must not change with the plan's data.
 */
const ORDOS_PLAN_ID = 'ordos-education-sports-2021-2025';

/** One value per plan, indicator, region, date and source (from migration 0003). */
const NATURAL_KEY_0003 = ['plan_id', 'indicator_id', 'region', 'period_date', 'source'] as const;

/** The observations table of 0003 on SQLite: made anew with plan_id, the rows copied over. */
async function rebuildSqliteObservations(db: Kysely<unknown>) {
  const columns = [
    'id',
    'indicator_id',
    'region',
    'period_date',
    'period_year',
    'period_kind',
    'value_json',
    'source',
    'illustrative',
    'note',
    'created_reason',
    'version',
    'created_at',
    'created_by',
    'updated_at',
    'updated_by',
    'created_by_id',
  ];
  await db.schema
    .createTable('observations_0003')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('plan_id', 'text', (column) => column.notNull())
    .addColumn('indicator_id', 'text', (column) => column.notNull())
    .addColumn('region', 'text', (column) => column.notNull())
    .addColumn('period_date', 'text', (column) => column.notNull())
    .addColumn('period_year', 'integer', (column) => column.notNull())
    .addColumn('period_kind', 'text', (column) => column.notNull())
    .addColumn('value_json', 'text', (column) => column.notNull())
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('illustrative', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('created_reason', 'text')
    .addColumn('version', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addColumn('updated_by', 'text', (column) => column.notNull())
    .addColumn('created_by_id', 'text')
    .addUniqueConstraint('observations_natural_key', [...NATURAL_KEY_0003])
    .execute();
  const list = sql.join(columns.map((column) => sql.ref(column)));
  await sql`insert into observations_0003 (plan_id, ${list}) select ${ORDOS_PLAN_ID}, ${list} from observations`.execute(
    db,
  );
  await db.schema.dropTable('observations').execute();
  await db.schema.alterTable('observations_0003').renameTo('observations').execute();
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the database to the latest version (or to `upTo`, for tests of a later migration on an
 * older database); throws, naming the migration, if one fails.
 */
export async function migrateToLatest(db: Kysely<unknown>, upTo?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  // Several servers starting together on one PostgreSQL migrate one after another under an
  // advisory lock (Kysely's own lock is taken only after it has made its bookkeeping tables,
  // which two processes would otherwise both try to make); the later ones find nothing to do.
  const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  const { error, results } = await withAdvisoryLock(db, dialect, ADVISORY_LOCKS.migrations, () =>
    upTo === undefined ? migrator.migrateToLatest() : migrator.migrateTo(upTo),
  );
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (migration ${failed.migrationName})` : '';
    throw new Error(
      `database migration failed${name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}

// Sorted, as the migrator orders them: migrations appended out of number order stay in order.
export const latestMigration = Object.keys(migrations).sort().at(-1);
