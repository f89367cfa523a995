import { bumpDataVersion } from '../_lib/bumpDataVersion.js';
import type { StoreContext } from '../_lib/storeContext.js';
import type { Actor } from '../store.types.js';
import type { ReportingCycle } from './schema.js';

/** The cycle of a plan nobody has set one for: the plan asks for yearly monitoring (年度执行情况监测). */
export const DEFAULT_REPORTING_CYCLE: ReportingCycle = 'year';

/** How often one plan's units report (year, half or quarter), kept in the plan's settings. */
export function createReportingCycle({ db, now }: StoreContext, planId: string) {
  return {
    async getReportingCycle(): Promise<ReportingCycle> {
      const row = await db
        .selectFrom('plan_settings')
        .select('reporting_cycle')
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      return row?.reporting_cycle ?? DEFAULT_REPORTING_CYCLE;
    },

    /** Sets the plan's reporting cycle; what is due (and what counts as not updated) follows it. */
    async setReportingCycle(cycle: ReportingCycle, actor: Actor): Promise<ReportingCycle> {
      const at = now();
      return db.transaction().execute(async (trx) => {
        await trx
          .insertInto('plan_settings')
          .values({
            plan_id: planId,
            reporting_cycle: cycle,
            updated_at: at,
            updated_by: actor.name,
          })
          .onConflict((conflict) =>
            conflict
              .column('plan_id')
              .doUpdateSet({ reporting_cycle: cycle, updated_at: at, updated_by: actor.name }),
          )
          .execute();
        await bumpDataVersion(trx);
        return cycle;
      });
    },
  };
}
