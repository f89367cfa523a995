// The implementation-tracking reads and writes (issue 15, 抓落实): targets and
// measures with their one status, units, the supervision list, a unit's own
// tasks, measure reports and their evidence.
//
// The types are the contract's, never restated where a package has them: the
// statuses and tracking shapes from @plan/scoring, the answers from the API's
// generated client (type-only imports, as ./types.ts does).
import type {
  ApiEvidenceMeta,
  ApiMeasureReport,
  ApiMyTasks,
  ApiTrackedMeasure,
  ApiTrackedTarget,
  ApiUnit,
} from '@plan/api/client';
import type {
  ReportedStatus,
  ReportingCycle,
  SupervisionItem,
  SupervisionReason,
  TrackingStatus,
} from '@plan/scoring';
import { trackingStatuses } from '@plan/scoring';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, request, withQuery } from './client.js';
import { invalidateDataReads } from './invalidateDataReads.js';
import { apiPath, type PlanId, usePlanId } from './planScope.js';
import { allItems } from './queries.js';

export type { ReportedStatus, ReportingCycle, SupervisionItem, SupervisionReason, TrackingStatus };
/** The one status vocabulary of indicators, targets and measures, best first. */
export { trackingStatuses };

/** Who answers for an item: unit ids (the bureau sets them; null when it set none). */
export type Owner = NonNullable<ApiTrackedTarget['owner']>;

/** GET /api/v1/targets?asOf=…: a target as printed, with its tracking. */
export type TargetTrackingItem = ApiTrackedTarget;

/** A document or link kept with a report. */
export type EvidenceMeta = ApiEvidenceMeta;

/** A deliverable that is not a number (出台《…》, 制定…方案, 建立…机制). */
export type Deliverable = { done: boolean; date?: string | null; document?: string | null };

/** POST /api/v1/measures/{id}/reports */
export type MeasureReportInput = {
  /** '2024' | '2024-H1' | '2024-Q3' */
  period: string;
  status: ReportedStatus;
  percent?: number | null;
  narrative: string;
  deliverable?: Deliverable | null;
};

/** A measure's progress report as stored (GET/POST /api/v1/measures/{id}/reports). */
export type MeasureReport = Omit<ApiMeasureReport, 'status'> & { status: ReportedStatus };

/** A measure's latest report as GET /api/v1/measures gives it (its evidence by id, name and link). */
export type LatestMeasureReport = Omit<NonNullable<ApiTrackedMeasure['latestReport']>, 'status'> & {
  status: ReportedStatus;
};

/** GET /api/v1/measures?asOf=…: a measure with its tracking, owner and latest report. */
export type MeasureTrackingItem = Omit<ApiTrackedMeasure, 'latestReport' | 'reportedStatus'> & {
  reportedStatus: ReportedStatus | null;
  latestReport: LatestMeasureReport | null;
};

/** A responsible unit (牵头/配合单位), an account the bureau created. */
export type Unit = ApiUnit;

export type SupervisionFilters = { unit?: string; project?: number; region?: string };

/** GET /api/v1/me/tasks: the signed-in unit, the period now due, its items with status. */
export type MeTasksAnswer = ApiMyTasks;

/** POST …/reports/{reportId}/evidence: a file (sent as its raw bytes) or a link. */
export type EvidenceInput =
  | { kind: 'file'; file: Blob; name: string }
  | { kind: 'link'; name: string; url: string };

/** The keys of the tracking reads; the plan second, as every key of ./queries.ts. */
export const trackingKeys = {
  targetsTracking: (planId: PlanId, asOf: string) => ['targets-tracking', planId, asOf] as const,
  measuresTracking: (planId: PlanId, asOf: string) => ['measures-tracking', planId, asOf] as const,
  units: ['units'] as const,
  supervision: (planId: PlanId, asOf: string, filters: SupervisionFilters) =>
    ['supervision', planId, asOf, filters] as const,
  meTasks: (planId: PlanId, asOf: string, token: string | undefined) =>
    ['me-tasks', planId, asOf, token] as const,
  measureReports: (planId: PlanId, measureId: string) =>
    ['measure-reports', planId, measureId] as const,
};

/** After a tracking write: everything computed from the data, the tracking reads among them. */
export const invalidateTrackingReads = invalidateDataReads;

/** GET /api/v1/targets?asOf=…: every target of the plan with its one status. */
export function useTargetsTracking(asOf: string) {
  const planId = usePlanId();
  return useQuery({
    queryKey: trackingKeys.targetsTracking(planId, asOf),
    queryFn: ({ signal }) =>
      allItems<TargetTrackingItem>(withQuery(apiPath(planId, '/targets'), { asOf }), signal),
    placeholderData: (previous) => previous,
  });
}

/** GET /api/v1/measures?asOf=…: every measure with its one status, owner and latest report. */
export function useMeasuresTracking(asOf: string) {
  const planId = usePlanId();
  return useQuery({
    queryKey: trackingKeys.measuresTracking(planId, asOf),
    queryFn: ({ signal }) =>
      allItems<MeasureTrackingItem>(withQuery(apiPath(planId, '/measures'), { asOf }), signal),
    placeholderData: (previous) => previous,
  });
}

/** GET /api/v1/units: the units the bureau created (global, not per plan). */
export function useUnits() {
  return useQuery({
    queryKey: trackingKeys.units,
    queryFn: ({ signal }) => allItems<Unit>('/api/v1/units', signal),
    staleTime: 5 * 60_000,
  });
}

/** A unit's name in the reader's language, or its id when the list does not have it. */
export function unitName(units: ReadonlyMap<string, Unit>, id: string, locale: 'zh' | 'en') {
  const unit = units.get(id);
  if (!unit) return id;
  return locale === 'en' && unit.nameEn ? unit.nameEn : unit.nameZh;
}

/** GET /api/v1/supervision?asOf=…: what is overdue, at risk or not updated, filtered. */
export function useSupervision(asOf: string, filters: SupervisionFilters = {}) {
  const planId = usePlanId();
  return useQuery({
    queryKey: trackingKeys.supervision(planId, asOf, filters),
    queryFn: ({ signal }) =>
      allItems<SupervisionItem>(
        withQuery(apiPath(planId, '/supervision'), {
          asOf,
          unit: filters.unit || undefined,
          project: filters.project,
          region: filters.region || undefined,
        }),
        signal,
      ),
    placeholderData: (previous) => previous,
  });
}

/**
 * GET /api/v1/me/tasks?asOf=…: the signed-in unit's items and what is due next.
 * Idle without a token; the API answers 400 for a token without a unit.
 */
export function useMeTasks(asOf: string, token: string | undefined) {
  const planId = usePlanId();
  return useQuery({
    queryKey: trackingKeys.meTasks(planId, asOf, token),
    queryFn: async ({ signal }) =>
      (
        await request<MeTasksAnswer>(withQuery(apiPath(planId, '/me/tasks'), { asOf }), {
          token,
          signal,
        })
      ).data,
    enabled: token !== undefined,
  });
}

/** GET /api/v1/measures/{id}/reports: a measure's reports (idle without a measure). */
export function useMeasureReports(measureId: string | undefined) {
  const planId = usePlanId();
  return useQuery({
    queryKey: trackingKeys.measureReports(planId, measureId ?? ''),
    queryFn: async ({ signal }) =>
      (
        await getJson<{ items: MeasureReport[] }>(
          apiPath(planId, `/measures/${encodeURIComponent(measureId ?? '')}/reports`),
          signal,
        )
      ).items,
    enabled: measureId !== undefined && measureId !== '',
  });
}

/** POST /api/v1/measures/{id}/reports with the signed-in token → the stored report. */
export function useAddMeasureReport(token: string | undefined) {
  const client = useQueryClient();
  const planId = usePlanId();
  return useMutation({
    mutationFn: async ({ measureId, report }: { measureId: string; report: MeasureReportInput }) =>
      (
        await request<MeasureReport>(
          apiPath(planId, `/measures/${encodeURIComponent(measureId)}/reports`),
          { method: 'POST', token, body: report },
        )
      ).data,
    onSuccess: () => invalidateTrackingReads(client),
  });
}

/** The path evidence of a report is posted to: a file's name goes in `?name=`. */
export function evidencePath(
  planId: PlanId,
  measureId: string,
  reportId: string,
  name?: string,
): string {
  const path = apiPath(
    planId,
    `/measures/${encodeURIComponent(measureId)}/reports/${encodeURIComponent(reportId)}/evidence`,
  );
  return name === undefined ? path : withQuery(path, { name });
}

/** Where a piece of evidence is downloaded (GET /api/v1/evidence/{id}). */
export function evidenceHref(planId: PlanId, evidence: Pick<EvidenceMeta, 'id'>): string {
  return apiPath(planId, `/evidence/${encodeURIComponent(evidence.id)}`);
}

/**
 * POST …/reports/{reportId}/evidence: a file goes as its raw bytes with its
 * Content-Type and `?name=` (the server sniffs the type itself); a link as JSON.
 */
export function useAddEvidence(token: string | undefined) {
  const client = useQueryClient();
  const planId = usePlanId();
  return useMutation({
    mutationFn: async ({
      measureId,
      reportId,
      evidence,
    }: {
      measureId: string;
      reportId: string;
      evidence: EvidenceInput;
    }) => {
      if (evidence.kind === 'link') {
        const { data } = await request<EvidenceMeta>(evidencePath(planId, measureId, reportId), {
          method: 'POST',
          token,
          body: { kind: 'link', name: evidence.name, url: evidence.url },
        });
        return data;
      }
      const { data } = await request<EvidenceMeta>(
        evidencePath(planId, measureId, reportId, evidence.name),
        {
          method: 'POST',
          token,
          body: evidence.file,
          headers: { 'content-type': evidence.file.type || 'application/octet-stream' },
        },
      );
      return data;
    },
    onSuccess: () => invalidateTrackingReads(client),
  });
}
