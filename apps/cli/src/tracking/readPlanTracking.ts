import { type Observation, trackPlan } from '@plan/observations';
import { withStore } from '../_lib/openCliStore.js';
import { asDataError } from '../assessment/assessFromStore.js';
import type { CliContext } from '../cliContext.js';
import type { CliPlan } from '../plans/cliPlan.js';
import type { PlanTracking, UnitName } from './planTracking.types.js';

/**
 * The plan's tracking as of a day, from the database the API uses, in one
 * session: approved official figures only (never demo ones, as the API), every
 * measure report, the responsibility list, the reporting cycle and the
 * units (the observations not read again when the caller has them);
 * judged by @plan/observations' trackPlan, the API's own policy.
 */
export async function readPlanTracking(
  context: Pick<CliContext, 'env' | 'cwd' | 'clock'>,
  plan: CliPlan,
  asOf: string,
  options: {
    /** The plan's observations when the caller has read them; the approved official ones count. */
    observations?: readonly Observation[];
  } = {},
): Promise<{ tracking: PlanTracking; units: UnitName[] }> {
  return withStore(context, async (store) => {
    const records = store.forPlan(plan.id);
    const [observations, reports, responsibilities, cycle, units] = await Promise.all([
      options.observations ?? records.listObservations({ approval: 'approved' }),
      records.listMeasureReports(),
      records.listResponsibilities(),
      records.getReportingCycle(),
      store.units.list(),
    ]);
    // Stored data the domain refuses (a malformed figure of an added plan) is exit 1, not a bug.
    const tracking = asDataError(() =>
      trackPlan({
        plan: plan.plan,
        projects: plan.projects,
        targets: plan.targets,
        // As the API: demo figures never count towards an item's status (trackPlan drops the unapproved).
        observations: observations.filter((observation) => !observation.illustrative),
        reports,
        responsibilities,
        asOf,
        cycle,
      }),
    );
    return { tracking, units };
  });
}
