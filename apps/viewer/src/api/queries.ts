import { QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, getJson, request, withQuery } from './client.js';
import { apiPath, type PlanId, plansPath, usePlanId } from './planScope.js';
import type {
  ConsistencyReport,
  Indicator,
  Method,
  ObservationList,
  PlanFile,
  PlanListItem,
  PlanSummary,
  Project,
  Revision,
  Target,
} from './types.js';

/**
 * The plan never changes while the server runs; observations and assessments
 * change only through edits, after which the pages invalidate them. Pages
 * render at once from this cache when the reader comes back to them.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
}

const STATIC = { staleTime: Number.POSITIVE_INFINITY };

/**
 * Every key of a plan's data carries the plan (null: the default plan) second,
 * so two plans never share an answer; the `…All` keys match every plan's.
 */
export const keys = {
  plans: ['plans'] as const,
  planFile: (planId: string) => ['plan-file', planId] as const,
  plan: (planId: PlanId) => ['plan', planId] as const,
  indicators: (planId: PlanId) => ['indicators', planId] as const,
  observations: (
    planId: PlanId,
    params: { indicatorId?: string; region?: string; illustrative: boolean },
  ) => ['observations', planId, params] as const,
  observationsAll: ['observations'] as const,
  assessments: (
    planId: PlanId,
    params: { asOf: string; method: Method; region: string; illustrative: boolean },
  ) => ['assessments', planId, params] as const,
  assessmentsAll: ['assessments'] as const,
  indicatorAssessment: (
    planId: PlanId,
    id: string,
    params: { asOf: string; region: string; illustrative: boolean },
  ) => ['indicator-assessment', planId, id, params] as const,
  indicatorAssessmentAll: ['indicator-assessment'] as const,
  history: (planId: PlanId, id: string) => ['history', planId, id] as const,
  projects: (planId: PlanId) => ['projects', planId] as const,
  targets: (planId: PlanId) => ['targets', planId] as const,
  consistency: (planId: PlanId) => ['consistency', planId] as const,
  milestones: (planId: PlanId, params: { asOf: string; region: string; illustrative: boolean }) =>
    ['milestones', planId, params] as const,
  milestonesAll: ['milestones'] as const,
};

/** GET /api/v1/plans: the plans of the deployment (the switcher's list). */
export function plansQuery() {
  return queryOptions({
    queryKey: keys.plans,
    queryFn: ({ signal }) => getJson<{ items: PlanListItem[] }>(plansPath(), signal),
    // A plan added meanwhile shows after a while; a list that fails only hides the switcher.
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function usePlans() {
  return useQuery({ ...plansQuery(), select: (answer) => answer.items });
}

/** GET /api/v1/plans/{planId}: a plan as its file (its succession links). */
export function planFileQuery(planId: string) {
  return queryOptions({
    queryKey: keys.planFile(planId),
    queryFn: ({ signal }) => getJson<PlanFile>(plansPath(planId), signal),
    ...STATIC,
  });
}

/** A plan's file by id; idle without one. */
export function usePlanFile(planId: string | undefined) {
  return useQuery({ ...planFileQuery(planId ?? ''), enabled: planId !== undefined });
}

/** The summary (GET …/plan) of a plan. */
export function planQuery(planId: PlanId) {
  return queryOptions({
    queryKey: keys.plan(planId),
    queryFn: ({ signal }) => getJson<PlanSummary>(apiPath(planId, '/plan'), signal),
    ...STATIC,
  });
}

/** The summary (GET …/plan) of a plan by id: of the chosen plan by default, or of another (a predecessor). */
export function usePlan(of?: { planId: PlanId; enabled?: boolean }) {
  const chosen = usePlanId();
  return useQuery({ ...planQuery(of ? of.planId : chosen), enabled: of?.enabled ?? true });
}

/** A plan's indicators. */
export function indicatorsQuery(planId: PlanId) {
  return queryOptions({
    queryKey: keys.indicators(planId),
    queryFn: ({ signal }) => allItems<Indicator>(apiPath(planId, '/indicators'), signal),
    ...STATIC,
  });
}

export function useIndicators() {
  return useQuery(indicatorsQuery(usePlanId()));
}

/** A list answer of the API, which may come a page at a time. */
type Paged<T> = { items: T[]; nextCursor?: string | null };

/**
 * Every page of a list: follows `nextCursor` (when the answer has one) with the same query,
 * and returns the last page's answer holding every item. `path` carries no `limit` for lists
 * that take none: they refuse unknown parameters.
 */
export async function allPages<P extends Paged<unknown>>(
  path: string,
  signal?: AbortSignal,
): Promise<P> {
  let page = await getJson<P>(path, signal);
  const items = [...page.items];
  while (page.nextCursor) {
    const cursor = `cursor=${encodeURIComponent(page.nextCursor)}`;
    page = await getJson<P>(`${path}${path.includes('?') ? '&' : '?'}${cursor}`, signal);
    items.push(...page.items);
  }
  return { ...page, items };
}

/** Every item of a list (indicators, projects, targets), however the API pages it. */
export async function allItems<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  return (await allPages<Paged<T>>(path, signal)).items;
}

/** The most rows GET /api/v1/observations gives in one page (its `limit` maximum). */
export const OBSERVATION_PAGE = 10_000;

/** Every observation of a plan (the default one unless named) matching the filters, read in the largest pages the API gives. */
export function fetchAllObservations(
  filters: Record<string, string | undefined>,
  signal?: AbortSignal,
  planId: PlanId = null,
): Promise<ObservationList> {
  return allPages<ObservationList>(
    withQuery(apiPath(planId, '/observations'), { ...filters, limit: OBSERVATION_PAGE }),
    signal,
  );
}

/** What an observations read filters on. */
type ObservationParams = { indicatorId?: string; region?: string; illustrative: boolean };

/** A plan's observations matching the filters (every page of them): for the hook and for prefetching. */
export function observationsQuery(
  planId: PlanId,
  { indicatorId, region, illustrative }: ObservationParams,
) {
  // Only what the answer depends on goes in the key, so unrelated settings share the cache.
  const params = { indicatorId, region, illustrative };
  return queryOptions({
    queryKey: keys.observations(planId, params),
    queryFn: ({ signal }) =>
      fetchAllObservations(
        {
          indicatorId: params.indicatorId,
          region: params.region,
          includeIllustrative: params.illustrative ? 'true' : undefined,
        },
        signal,
        planId,
      ),
  });
}

/** The chosen plan's observations; or another plan's (a predecessor's) with `of`, idle unless enabled. */
export function useObservations(
  params: ObservationParams,
  of?: { planId: PlanId; enabled: boolean },
) {
  const chosen = usePlanId();
  return useQuery({
    ...observationsQuery(of ? of.planId : chosen, params),
    enabled: of?.enabled ?? true,
  });
}

/** GET /api/v1/observations/{id}/history: the API answers it only with a token (any role). */
export function useHistory(id: string, token: string | undefined) {
  const planId = usePlanId();
  return useQuery({
    queryKey: keys.history(planId, id),
    queryFn: async ({ signal }) =>
      (
        await request<{ items: Revision[] }>(
          apiPath(planId, `/observations/${encodeURIComponent(id)}/history`),
          { token, signal },
        )
      ).data.items,
    enabled: token !== undefined,
  });
}

export function useProjects() {
  const planId = usePlanId();
  return useQuery({
    queryKey: keys.projects(planId),
    queryFn: ({ signal }) => allItems<Project>(apiPath(planId, '/projects'), signal),
    ...STATIC,
  });
}

export function useTargets() {
  const planId = usePlanId();
  return useQuery({
    queryKey: keys.targets(planId),
    queryFn: ({ signal }) => allItems<Target>(apiPath(planId, '/targets'), signal),
    ...STATIC,
  });
}

/** The plan's consistency report; null for a plan that has none (only the built-in plan has one). */
export function useConsistency() {
  const planId = usePlanId();
  return useQuery({
    queryKey: keys.consistency(planId),
    // Only a plan with the sources its text was checked against has a report: null for the others.
    queryFn: async ({ signal }) => {
      try {
        return await getJson<ConsistencyReport>(apiPath(planId, '/consistency'), signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    ...STATIC,
  });
}
