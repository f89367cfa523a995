import type { Observation } from '@plan/observations';
import type { NarrativeSection, RegionTarget, ReportKind } from '@plan/scoring';
import { withStore } from '../_lib/openCliStore.js';
import type { CliContext } from '../cliContext.js';

/**
 * What a report reads from the database the API uses, in one session: the
 * plan's observations (approved ones, and submitted ones when asked for;
 * demo figures when asked for) and, for the district section, the targets
 * the bureau entered for districts, and the report's written sections. The targets are checked by
 * compareRegions, which names any that do not fit.
 */
export async function readReportData(
  context: CliContext,
  planId: string,
  options: {
    includeIllustrative: boolean;
    includeSubmitted: boolean;
    byRegion: boolean;
    /** The written sections stored for this report kind and period (成效, 问题, 下一步). */
    narratives?: { kind: ReportKind; period: string };
  },
): Promise<{
  observations: Observation[];
  regionTargets: RegionTarget[];
  narratives: { section: NarrativeSection; text: string }[];
}> {
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
    const narratives = options.narratives ? await rows.narratives.list(options.narratives) : [];
    return { observations, regionTargets, narratives };
  });
}
