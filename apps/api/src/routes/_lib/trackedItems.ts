import type { Project, Target } from '@plan/projects';
import type { TrackingBasis } from './planTracking.js';
import {
  TRACKED_TARGET_FIELDS,
  type TrackedMeasure,
  type TrackedTarget,
} from './trackingSchemas.js';

type Report = TrackingBasis['reports'][number];

/** The newest report of each measure (by period, then by when it was sent). */
export function latestReports(reports: readonly Report[]): Map<string, Report> {
  const latest = new Map<string, Report>();
  for (const report of reports) {
    const seen = latest.get(report.measureId);
    if (
      !seen ||
      report.period > seen.period ||
      (report.period === seen.period && report.createdAt >= seen.createdAt)
    )
      latest.set(report.measureId, report);
  }
  return latest;
}

/** Each target as the plan prints it, with how it stands (only the documented tracking fields). */
export function trackedTargets(targets: readonly Target[], basis: TrackingBasis): TrackedTarget[] {
  const byId = new Map(basis.tracking.targets.map((row) => [row.targetId, row]));
  return targets.map((target) => {
    const row = byId.get(target.id) as Record<string, unknown> | undefined;
    const tracking = Object.fromEntries(
      TRACKED_TARGET_FIELDS.flatMap((field) =>
        row && row[field] !== undefined ? [[field, row[field]]] : [],
      ),
    );
    return {
      ...target,
      status: 'not_reported',
      due: `${target.deadline.year}-12-31`,
      daysToDeadline: 0,
      latest: null,
      progress: null,
      projectedAtDeadline: null,
      basis: target.indicatorId ? 'indicator' : 'own-figures',
      explanation: { zh: '', en: '' },
      measureId: target.location.measure ?? null,
      projectNumber: target.location.box ?? null,
      owner: null,
      ...tracking,
    } as TrackedTarget;
  });
}

/** Each measure of each project with its status, owner and latest report. */
export function trackedMeasures(
  projects: readonly Project[],
  basis: TrackingBasis,
): TrackedMeasure[] {
  const byId = new Map(basis.tracking.measures.map((row) => [row.measureId, row]));
  // As trackPlan judges: a report sent after the as-of day is not yet there on that day.
  const day = basis.tracking.asOf.slice(0, 10);
  const latest = latestReports(
    basis.reports.filter((report) => report.createdAt.slice(0, 10) <= day),
  );
  return projects.flatMap((project) =>
    project.measures.map((measure) => {
      const row = byId.get(measure.id);
      const report = latest.get(measure.id);
      return {
        id: measure.id,
        projectNumber: project.number,
        text: measure.text,
        summary: measure.summary,
        targetIds: measure.targetIds,
        status: row?.status ?? 'not_reported',
        due: row?.due ?? '',
        deliverableDone: row?.deliverableDone ?? null,
        derivedFrom: row?.derivedFrom ?? 'none',
        reportedStatus: row?.reportedStatus ?? null,
        conflict: row?.conflict ?? null,
        latestReportPeriod: row?.latestReportPeriod ?? null,
        percent: row?.percent ?? null,
        explanation: row?.explanation ?? { zh: '未报告', en: 'Not reported' },
        owner: row?.owner ?? null,
        latestReport: report
          ? {
              id: report.id,
              period: report.period,
              status: report.status,
              percent: report.percent ?? null,
              narrative: report.narrative,
              unit: report.unit ?? null,
              reporter: report.reporter,
              createdAt: report.createdAt,
              evidence: report.evidence.map((item) => ({
                id: item.id,
                kind: item.kind,
                name: item.name,
                url: item.url ?? null,
              })),
            }
          : null,
      } as TrackedMeasure;
    }),
  );
}
