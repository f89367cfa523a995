import type { trackPlan } from '@plan/observations';
import { isPerDistrict } from '@plan/scoring';
import type { AppDeps } from '../../appTypes.js';
import type { PlanContext } from '../../plans/planRegistry.js';
import { PLAN_READ_IN_PROCESS_MAX, runTask } from '../../work/offLoop.js';
import { packTrackedObservations } from '../../work/trackedObservations.js';

/** The plan's tracking as of a day: every target, measure, project roll-up and the supervision list. */
export type PlanTracking = Awaited<ReturnType<typeof trackPlan>>;

/** Everything trackPlan was given besides the plan, for routes that show it beside the statuses. */
export type TrackingBasis = {
  tracking: PlanTracking;
  version: number;
  reports: Awaited<ReturnType<ReturnType<AppDeps['store']['forPlan']>['listMeasureReports']>>;
  responsibilities: Awaited<
    ReturnType<ReturnType<AppDeps['store']['forPlan']>['listResponsibilities']>
  >;
  cycle: 'year' | 'half' | 'quarter';
};

/**
 * The plan's tracking (trackPlan of @plan/observations) for a day, computed once per data
 * version: reads between writes reuse it, a write (a new version) drops every older one, so the
 * targets, measures, supervision, circular and my-tasks reads agree and memory stays flat.
 * Figures count once approved (as in assessments): a district's submitted figure waits for the
 * city. Illustrative demo figures never count here.
 */
export function planTracker(deps: AppDeps, limit = 32) {
  const entries = new Map<string, Promise<TrackingBasis>>();
  let generation = -1;
  return async (context: PlanContext, asOf: string): Promise<TrackingBasis> => {
    const version = await deps.store.dataVersion();
    if (version !== generation) {
      entries.clear();
      generation = version;
    }
    const key = `${context.id}|${asOf}`;
    const hit = entries.get(key);
    if (hit) return hit;
    const computing = compute(deps, context, asOf, version);
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(key, computing);
    // A failure is not kept: the next read tries again.
    computing.catch(() => entries.delete(key));
    return computing;
  };
}

async function compute(
  deps: AppDeps,
  context: PlanContext,
  asOf: string,
  version: number,
): Promise<TrackingBasis> {
  const store = deps.store.forPlan(context.id);
  const counted = { approval: 'approved', includeIllustrative: false } as const;
  // trackPlan judges from the subject region's figures, and per-旗区 targets from each district's:
  // read only those, not every district's indicator figures.
  const perDistrict = (context.catalogue?.targets ?? []).filter(
    (target) => !target.indicatorId && isPerDistrict(target),
  );
  const [subject, districts, reports, responsibilities, cycle] = await Promise.all([
    store.listObservations({ ...counted, region: context.plan.subjectRegion }),
    Promise.all(
      perDistrict.map((target) => store.listObservations({ ...counted, indicatorId: target.id })),
    ),
    store.listMeasureReports({}),
    store.listResponsibilities(),
    store.getReportingCycle(),
  ]);
  const observations = [
    ...subject,
    ...districts.flat().filter((row) => row.region !== context.plan.subjectRegion),
  ];
  const input = {
    plan: context.plan,
    projects: context.catalogue?.projects ?? [],
    targets: context.catalogue?.targets ?? [],
    reports,
    responsibilities,
    asOf,
    cycle,
  } as Omit<Parameters<typeof trackPlan>[0], 'observations'>;
  // Many observations: tracked on a work thread, so the server answers meanwhile (same result); they
  // cross packed into one buffer that is moved, not cloned object by object on the event loop.
  const large = observations.length > PLAN_READ_IN_PROCESS_MAX;
  const packed = large
    ? new TextEncoder().encode(packTrackedObservations(observations))
    : undefined;
  const tracking = await runTask(
    'trackPlan',
    packed ? { ...input, packed } : { ...input, observations },
    large,
    packed ? [packed.buffer as ArrayBuffer] : [],
  );
  return { tracking, version, reports, responsibilities, cycle };
}
