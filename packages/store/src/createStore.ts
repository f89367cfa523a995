import type { Kysely } from 'kysely';
import { DEFAULT_PLAN_ID } from './_lib/observationRow.js';
import type { StoreContext } from './_lib/storeContext.js';
import { createIdempotency } from './idempotency.js';
import { createObservationImport } from './importObservations.js';
import { createSharedLimits } from './limits/sharedLimits.js';
import { migrateToLatest } from './migrations.js';
import { createNarratives } from './narratives/index.js';
import { createObservationRows } from './observationRows.js';
import { type DatabaseTarget, type OpenDatabase, openDatabase } from './openDatabase.js';
import { createPlanStore } from './plans.js';
import { createRegionTargets } from './regionTargets.js';
import { createRevisions } from './revisions.js';
import { createTokenStore } from './tokens.js';
import { createPlanTracking } from './tracking/index.js';
import { createUnits } from './tracking/units.js';

/**
 * The store behind the API and the CLI: plans added at run time, observations
 * with their full history, tokens, idempotency keys. Every write runs in one
 * transaction and bumps the data version, which read caches and ETags are keyed on.
 * Observations, district targets and tracking records (responsibilities, measure reports,
 * evidence, the reporting cycle) belong to a plan: the methods at the top level are the
 * default (Ordos) plan's, `forPlan(id)` gives the same methods for another plan.
 */
export function createStore(open: OpenDatabase, clock: () => Date = () => new Date()) {
  const { db, dialect } = open;
  const context: StoreContext = { db, now: () => clock().toISOString() };
  const revisions = createRevisions(context);
  const ofPlan = (planId: string) => ({
    ...createObservationRows(context, revisions, planId),
    ...createRegionTargets(context, planId),
    ...createPlanTracking(context, planId),
    /** The written sections (成效, 问题, 下一步) of the plan's reports. */
    narratives: createNarratives(context, planId),
  });
  const defaultPlan = ofPlan(DEFAULT_PLAN_ID);
  const store = {
    dialect,
    db,
    describe: open.describe,

    /** Migrates to the latest version, or only up to the migration named `upTo` (tests). */
    migrate: (upTo?: string) => migrateToLatest(db as Kysely<unknown>, upTo),

    async dataVersion(): Promise<number> {
      const row = await db
        .selectFrom('store_meta')
        .select('value')
        .where('key', '=', 'data_version')
        .executeTakeFirstOrThrow();
      return Number(row.value);
    },

    ...defaultPlan,
    /**
     * The observation and district-target methods of the plan `planId` (an observation of
     * another plan is not found); for the default plan, the same methods as at the top level.
     */
    forPlan: (planId: string): PlanRecords =>
      planId === DEFAULT_PLAN_ID ? defaultPlan : ofPlan(planId),
    /**
     * Every state of an observation of any plan. Kept for callers that check the plan
     * themselves; `forPlan(id).history` finds only that plan's.
     */
    history: (id: string) => revisions.history(id),
    ...createPlanStore(context),
    ...createObservationImport(context, open.sqlite, open.importThread),
    ...createIdempotency(context),
    tokens: createTokenStore(context),
    /** The units (单位) that own and report on plan items: shared by every plan. */
    units: createUnits(context),
    /** Rate-limit counters shared by every server process on the database (see limits/). */
    limits: createSharedLimits(context),

    async close() {
      await open.stopHelpers?.();
      await db.destroy();
    },
  };
  return store;
}

export type Store = ReturnType<typeof createStore>;

/**
 * The records of one plan: its observations with their history and review, its district
 * targets, and its tracking (responsibilities, measure reports with evidence, reporting cycle).
 */
export type PlanRecords = ReturnType<typeof createObservationRows> &
  ReturnType<typeof createRegionTargets> &
  ReturnType<typeof createPlanTracking> & { narratives: ReturnType<typeof createNarratives> };

/** Opens the database named by `DATABASE_URL` (or the default SQLite file) and migrates it. */
export async function openStore(target: DatabaseTarget, clock?: () => Date): Promise<Store> {
  const store = createStore(openDatabase(target), clock);
  await store.migrate();
  return store;
}
