import type { Observation } from '@plan/observations';
import type { RegionTarget } from '@plan/scoring';
import { withStore } from '../_lib/openCliStore.js';
import type { CliContext } from '../cliContext.js';

/**
 * What a report reads from the database the API uses, in one session: the
 * plan's observations (approved ones, and submitted ones when asked for;
 * demo figures when asked for) and, for the district section, the targets
 * the bureau entered for districts. The targets are checked by
 * compareRegions, which names any that do not fit.
 */
export async function readReportData(
  context: CliContext,
  planId: string,
  options: { includeIllustrative: boolean; includeSubmitted: boolean; byRegion: boolean },
): Promise<{ observations: Observation[]; regionTargets: RegionTarget[] }> {
  return withStore(context, async (store) => {
    const rows = store.forPlan(planId);
    const observations = await rows.listObservations({
      includeIllustrative: options.includeIllustrative,
      approval: options.includeSubmitted ? ['approved', 'submitted'] : 'approved',
    });
    const regionTargets = options.byRegion
      ? (await rows.listRegionTargets()).map(
          ({ indicatorId, region, value, source, note }) =>
            // The stored value is read as JSON; compareRegions checks its shape.
            ({ indicatorId, region, value, source, note }) as RegionTarget,
        )
      : [];
    return { observations, regionTargets };
  });
}
