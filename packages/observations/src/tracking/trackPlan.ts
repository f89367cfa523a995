import { type Plan, scalarValue } from '@plan/indicators';
import type { Target } from '@plan/projects';
import {
  isPerDistrict,
  latestReport,
  type MeasureReportLike,
  type MeasureTracking,
  measureTracking,
  type ReportingCycle,
  rollUpTracking,
  type SupervisedItemInput,
  type SupervisionItem,
  supervisionList,
  type TargetFigure,
  type TargetTracking,
  type TrackableTarget,
  type TrackingRollUp,
  targetTracking,
} from '@plan/scoring';
import {
  asMilestoneObservation,
  milestoneIndicator,
  milestoneInIndicatorUnit,
  milestoneValues,
} from '../milestoneValues.js';
import { type ObservationValue, PLAN_SOURCE } from '../schema/observation.js';

/** Who is responsible for an item: the lead unit (牵头单位) and the cooperating units (配合单位), by id. */
export type Owner = { lead: string | null; cooperating: string[] };

/** What trackPlan reads of a @plan/projects target. */
export type TrackedTargetLike = Pick<
  Target,
  | 'id'
  | 'kind'
  | 'indicatorId'
  | 'indicatorPart'
  | 'indicatorScale'
  | 'comparator'
  | 'value'
  | 'upper'
  | 'deadline'
  | 'unit'
  | 'aspirational'
> & {
  location: { measure?: string | undefined; box?: number | undefined };
  per?: 'year' | { zh: string; en: string } | undefined;
  change?: 'increase' | 'decrease' | undefined;
};

/** What trackPlan reads of a stored observation (the store's Observation fits). */
export type TrackedObservationLike = {
  indicatorId: string;
  targetId?: string | null | undefined;
  region: string;
  year: number;
  date: string;
  period: 'year' | 'date';
  value: ObservationValue;
  source: string;
  illustrative: boolean;
  approval?: 'submitted' | 'approved' | 'returned' | undefined;
};

/** What trackPlan reads of a measure report (the store's MeasureReport fits). */
export type TrackedReportLike = MeasureReportLike & { measureId: string };

/** The input of trackPlan. */
export type TrackPlanInput<R extends TrackedReportLike = TrackedReportLike> = {
  plan: Pick<Plan, 'indicators' | 'subjectRegion' | 'regions' | 'period'>;
  projects: readonly {
    number: number;
    measures: readonly { id: string; targetIds: readonly string[] }[];
  }[];
  targets: readonly TrackedTargetLike[];
  observations: readonly TrackedObservationLike[];
  reports: readonly R[];
  responsibilities: readonly {
    itemId: string;
    lead: string | null;
    cooperating: readonly string[];
  }[];
  asOf: string;
  cycle: ReportingCycle;
  /** Count figures awaiting the city's review (submitted, returned) too; default false. */
  includeUnapproved?: boolean;
  /** Days after a period's end its report is due; default 30. */
  graceDays?: number;
};

/** One target tracked, with where it sits and who owns it. */
export type TrackedTarget = TargetTracking & {
  measureId: string | null;
  projectNumber: number | null;
  owner: Owner | null;
};

/** One measure tracked, with its project, owner and latest report. */
export type TrackedMeasure<R extends TrackedReportLike = TrackedReportLike> = MeasureTracking & {
  projectNumber: number;
  owner: Owner | null;
  latestReport: R | null;
};

/** The whole plan's tracking as of a day. */
export type PlanTrackingResult<R extends TrackedReportLike = TrackedReportLike> = {
  asOf: string;
  cycle: ReportingCycle;
  targets: TrackedTarget[];
  measures: TrackedMeasure<R>[];
  projects: { number: number; rollUp: TrackingRollUp; targets: TrackingRollUp }[];
  plan: { measures: TrackingRollUp; targets: TrackingRollUp };
  supervision: SupervisionItem[];
};

/**
 * The plan's implementation tracking (抓落实) as of a day: every target and every measure in the
 * one status vocabulary, project and plan roll-ups, and the supervision list (督办). One policy for
 * every caller (the API, the CLI's report):
 *
 * - a level (or cumulative) target linked to one of the plan's indicators is judged from the
 *   indicator's values in the subject region, as judgeMilestones does (milestoneValues: without
 *   the plan's baselines; milestoneInIndicatorUnit: in the indicator's unit and direction);
 * - a pace target linked to an indicator is judged on the indicator's year-on-year changes in the
 *   subject region (the plan's baseline year counts here: the first year's change starts from it);
 * - every other target from its own figures (observations keyed by its id): per 旗区 targets
 *   from each district's figures, the others from the subject region's;
 * - only approved figures count (a district's submitted figure waits for the city), unless
 *   `includeUnapproved`;
 * - a measure from its targets, else its latest report (`measureTracking`); its deadline is its
 *   latest target's, else the plan's end;
 * - owners: an item's own responsibility; a target without one inherits its measure's. None are
 *   invented: an item nobody was assigned has owner null.
 *
 * @example
 *   trackPlan({ plan: ordosPlan, projects: ordosProjects, targets: ordosTargets, observations: [],
 *     reports: [], responsibilities: [], asOf: '2026-12-02', cycle: 'year' }).plan.targets.overdue; // 150
 */
export function trackPlan<R extends TrackedReportLike>(
  input: TrackPlanInput<R>,
): PlanTrackingResult<R> {
  const { plan, asOf, cycle } = input;
  const day = asOf.slice(0, 10);
  const periodStart = `${plan.period.start}-01-01`;
  const periodEnd = `${plan.period.end}-12-31`;
  const districts = plan.regions
    .filter((region) => region.parent === plan.subjectRegion)
    .map((region) => region.id);
  const counts = (observation: TrackedObservationLike) =>
    input.includeUnapproved ||
    observation.approval === undefined ||
    observation.approval === 'approved';

  // Figures by series key, counted ones only.
  const bySeries = new Map<string, TrackedObservationLike[]>();
  for (const observation of input.observations) {
    if (!counts(observation)) continue;
    const key = observation.targetId ?? observation.indicatorId;
    let list = bySeries.get(key);
    if (!list) {
      list = [];
      bySeries.set(key, list);
    }
    list.push(observation);
  }
  const owners = new Map<string, Owner>();
  for (const row of input.responsibilities) {
    if (row.lead !== null || row.cooperating.length > 0)
      owners.set(row.itemId, { lead: row.lead, cooperating: [...row.cooperating] });
  }
  const projectOfMeasure = new Map<string, number>();
  for (const project of input.projects)
    for (const measure of project.measures) projectOfMeasure.set(measure.id, project.number);

  const targets: TrackedTarget[] = input.targets.map((target) => {
    const tracking = trackOne(target);
    const measureId = target.location.measure ?? null;
    return {
      ...tracking,
      measureId,
      projectNumber:
        target.location.box ?? (measureId ? (projectOfMeasure.get(measureId) ?? null) : null),
      owner: owners.get(target.id) ?? (measureId ? (owners.get(measureId) ?? null) : null),
    };
  });
  const targetById = new Map(targets.map((target) => [target.targetId, target]));

  const reportsOf = new Map<string, R[]>();
  for (const report of input.reports) {
    const list = reportsOf.get(report.measureId) ?? [];
    list.push(report);
    reportsOf.set(report.measureId, list);
  }

  const measures: TrackedMeasure<R>[] = [];
  const projects: PlanTrackingResult<R>['projects'] = [];
  for (const project of input.projects) {
    const projectMeasures: TrackedMeasure<R>[] = [];
    for (const measure of project.measures) {
      const mine = measure.targetIds
        .map((id) => targetById.get(id))
        .filter((target): target is TrackedTarget => target !== undefined);
      const deadline =
        mine.length > 0
          ? (mine
              .map((target) => target.due)
              .sort()
              .at(-1) ?? periodEnd)
          : periodEnd;
      const reports = (reportsOf.get(measure.id) ?? []).filter(
        (report) => report.createdAt.slice(0, 10) <= day,
      );
      const tracked = measureTracking(measure, mine, reports, { asOf: day, deadline });
      projectMeasures.push({
        ...tracked,
        projectNumber: project.number,
        owner: owners.get(measure.id) ?? null,
        latestReport: latestReport(reports),
      });
    }
    measures.push(...projectMeasures);
    projects.push({
      number: project.number,
      rollUp: rollUpTracking(projectMeasures.map((measure) => measure.status)),
      targets: rollUpTracking(
        targets.filter((target) => target.projectNumber === project.number).map((t) => t.status),
      ),
    });
  }

  const measureTargets = new Map(
    input.projects.flatMap((project) =>
      project.measures.map((measure) => [
        measure.id,
        measure.targetIds
          .map((id) => targetById.get(id))
          .filter((target): target is TrackedTarget => target !== undefined),
      ]),
    ),
  );
  const targetsOfMeasure = (id: string) => measureTargets.get(id) ?? [];

  const items: SupervisedItemInput[] = [
    ...targets.map(
      (target): SupervisedItemInput => ({
        id: target.targetId,
        kind: 'target',
        projectNumber: target.projectNumber,
        status: target.status,
        due: target.due,
        leadUnit: target.owner?.lead ?? null,
        cooperatingUnits: target.owner?.cooperating ?? [],
        region: null,
        laggingRegions: (target.byRegion ?? [])
          .filter((row) => row.met !== true)
          .map((row) => row.region),
        lastUpdate: target.latest?.date ?? null,
        explanation: target.explanation,
      }),
    ),
    ...measures.map((measure): SupervisedItemInput => {
      const dates = [
        measure.latestReport ? periodEndDate(measure.latestReport.period) : null,
        ...(measure.derivedFrom === 'targets'
          ? targetsOfMeasure(measure.measureId).map((target) => target.latest?.date ?? null)
          : []),
      ].filter((date): date is string => date !== null);
      const overdueSince =
        measure.status === 'overdue'
          ? (targetsOfMeasure(measure.measureId)
              .filter((target) => target.status === 'overdue')
              .map((target) => target.due)
              .sort()[0] ?? null)
          : null;
      return {
        id: measure.measureId,
        kind: 'measure',
        overdueSince,
        projectNumber: measure.projectNumber,
        status: measure.status,
        due: measure.due,
        leadUnit: measure.owner?.lead ?? null,
        cooperatingUnits: measure.owner?.cooperating ?? [],
        region: null,
        lastUpdate: dates.sort().at(-1) ?? null,
        explanation: measure.explanation,
      };
    }),
  ];

  return {
    asOf: day,
    cycle,
    targets,
    measures,
    projects,
    plan: {
      measures: rollUpTracking(measures.map((measure) => measure.status)),
      targets: rollUpTracking(targets.map((target) => target.status)),
    },
    supervision: supervisionList(items, {
      asOf: day,
      cycle,
      periodStart,
      periodEnd,
      ...(input.graceDays !== undefined ? { graceDays: input.graceDays } : {}),
    }),
  };

  function trackOne(target: TrackedTargetLike): TargetTracking {
    const trackable: TrackableTarget = {
      id: target.id,
      kind: target.kind,
      comparator: target.comparator,
      value: target.value,
      ...(target.upper !== undefined ? { upper: target.upper } : {}),
      unit: target.unit,
      deadline: target.deadline,
      aspirational: target.aspirational,
      ...(target.per !== undefined ? { per: target.per } : {}),
      ...(target.change !== undefined ? { change: target.change } : {}),
    };
    const options = { asOf: day, periodStart, includeUnapproved: true };
    const subject = plan.subjectRegion;
    const indicator = milestoneIndicator(plan, target);
    if (indicator) {
      const observed = (bySeries.get(indicator.id) ?? [])
        .filter((observation) => observation.region === subject)
        .map(asMilestoneObservation);
      const { points } = milestoneValues(plan, target, observed);
      const inUnit = milestoneInIndicatorUnit(plan, target);
      const { unit: _printed, ...rest } = trackable;
      const judged = targetTracking(
        {
          ...rest,
          kind: 'level',
          comparator: inUnit.comparator,
          value: inUnit.value,
          ...(inUnit.upper !== undefined ? { upper: inUnit.upper } : {}),
          ...(inUnit.direction ? { direction: inUnit.direction } : {}),
          // Scaled into the indicator's unit (5 G → 5000 Mbps): the printed unit no longer fits.
          ...(target.indicatorScale ? {} : { unit: target.unit }),
        },
        points.map((point) => ({
          date: point.year !== undefined ? `${point.year}-12-31` : (point.date as string),
          value: point.value,
          region: subject,
        })),
        { ...options, basis: 'indicator' },
      );
      // Judged as a level of the indicator; it keeps its own kind.
      return { ...judged, kind: target.kind };
    }
    if (target.kind === 'pace' && target.indicatorId) {
      const paceIndicator = plan.indicators.find(
        (candidate) => candidate.id === target.indicatorId,
      );
      if (paceIndicator) {
        return targetTracking(
          trackable,
          yearlyChanges(
            (bySeries.get(paceIndicator.id) ?? []).filter((o) => o.region === subject),
            (value) => scalarValue(paceIndicator, value, target.indicatorPart),
            target.indicatorScale ?? 1,
            subject,
          ),
          { ...options, basis: 'indicator' },
        );
      }
    }
    const perDistrict = isPerDistrict(target);
    const own = (bySeries.get(target.id) ?? []).filter(
      (observation) => perDistrict || observation.region === subject,
    );
    const figures: TargetFigure[] = [];
    for (const observation of own) {
      if (typeof observation.value !== 'number') continue;
      figures.push({
        date: observation.date,
        value: observation.value,
        region: observation.region,
      });
    }
    return targetTracking(trackable, figures, {
      ...options,
      ...(perDistrict ? { regions: districts } : {}),
    });
  }
}

/** The last day of a reporting period (2024, 2024-H1, 2024-Q3). */
function periodEndDate(period: string): string {
  const year = period.slice(0, 4);
  const part = period.slice(5);
  if (part === '' || part === 'H2' || part === 'Q4') return `${year}-12-31`;
  if (part === 'H1' || part === 'Q2') return `${year}-06-30`;
  return part === 'Q1' ? `${year}-03-31` : `${year}-09-30`;
}

/**
 * Year-on-year changes of an indicator's values (the latest of each year, the plan's baseline
 * included), each dated at the end of the later year, in the target's unit (divided by its scale).
 */
function yearlyChanges(
  observations: readonly TrackedObservationLike[],
  scalar: (value: ObservationValue) => number | undefined,
  scale: number,
  region: string,
): TargetFigure[] {
  const byYear = new Map<number, { date: string; value: number }>();
  for (const observation of observations) {
    const value = scalar(observation.value);
    if (value === undefined) continue;
    const known = byYear.get(observation.year);
    // The latest of the year; a measured figure over the plan's own on the same day.
    if (
      !known ||
      observation.date > known.date ||
      (observation.date === known.date && observation.source !== PLAN_SOURCE)
    )
      byYear.set(observation.year, { date: observation.date, value });
  }
  const figures: TargetFigure[] = [];
  for (const [year, current] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const before = byYear.get(year - 1);
    if (!before) continue;
    figures.push({ date: `${year}-12-31`, value: (current.value - before.value) / scale, region });
  }
  return figures;
}
