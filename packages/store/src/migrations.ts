import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
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
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the database to the latest version (or to `upTo`, for tests of a later migration on an
 * older database); throws, naming the migration, if one fails.
 */
export async function migrateToLatest(db: Kysely<unknown>, upTo?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } =
    upTo === undefined ? await migrator.migrateToLatest() : await migrator.migrateTo(upTo);
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

export const latestMigration = Object.keys(migrations).at(-1);
