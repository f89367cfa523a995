import { QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, getJson, request, withQuery } from './client.js';
import type {
  ConsistencyReport,
  Indicator,
  Method,
  ObservationList,
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

export const keys = {
  plan: ['plan'] as const,
  indicators: ['indicators'] as const,
  observations: (params: { indicatorId?: string; region?: string; illustrative: boolean }) =>
    ['observations', params] as const,
  observationsAll: ['observations'] as const,
  assessments: (params: { asOf: string; method: Method; region: string; illustrative: boolean }) =>
    ['assessments', params] as const,
  assessmentsAll: ['assessments'] as const,
  indicatorAssessment: (
    id: string,
    params: { asOf: string; region: string; illustrative: boolean },
  ) => ['indicator-assessment', id, params] as const,
  indicatorAssessmentAll: ['indicator-assessment'] as const,
  history: (id: string) => ['history', id] as const,
  projects: ['projects'] as const,
  targets: ['targets'] as const,
  consistency: ['consistency'] as const,
  milestones: (params: { asOf: string; region: string; illustrative: boolean }) =>
    ['milestones', params] as const,
  milestonesAll: ['milestones'] as const,
};

export function usePlan() {
  return useQuery({
    queryKey: keys.plan,
    queryFn: ({ signal }) => getJson<PlanSummary>('/api/v1/plan', signal),
    ...STATIC,
  });
}

export function useIndicators() {
  return useQuery({
    queryKey: keys.indicators,
    queryFn: ({ signal }) => allItems<Indicator>('/api/v1/indicators', signal),
    ...STATIC,
  });
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

/** Every observation matching the filters, read in the largest pages the API gives. */
export function fetchAllObservations(
  filters: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<ObservationList> {
  return allPages<ObservationList>(
    withQuery('/api/v1/observations', { ...filters, limit: OBSERVATION_PAGE }),
    signal,
  );
}

export function useObservations({
  indicatorId,
  region,
  illustrative,
}: {
  indicatorId?: string;
  region?: string;
  illustrative: boolean;
}) {
  // Only what the answer depends on goes in the key, so unrelated settings share the cache.
  const params = { indicatorId, region, illustrative };
  return useQuery({
    queryKey: keys.observations(params),
    queryFn: ({ signal }) =>
      fetchAllObservations(
        {
          indicatorId: params.indicatorId,
          region: params.region,
          includeIllustrative: params.illustrative ? 'true' : undefined,
        },
        signal,
      ),
  });
}

/** GET /api/v1/observations/{id}/history: the API answers it only with a token (any role). */
export function useHistory(id: string, token: string | undefined) {
  return useQuery({
    queryKey: keys.history(id),
    queryFn: async ({ signal }) =>
      (
        await request<{ items: Revision[] }>(
          `/api/v1/observations/${encodeURIComponent(id)}/history`,
          { token, signal },
        )
      ).data.items,
    enabled: token !== undefined,
  });
}

export function useProjects() {
  return useQuery({
    queryKey: keys.projects,
    queryFn: ({ signal }) => allItems<Project>('/api/v1/projects', signal),
    ...STATIC,
  });
}

export function useTargets() {
  return useQuery({
    queryKey: keys.targets,
    queryFn: ({ signal }) => allItems<Target>('/api/v1/targets', signal),
    ...STATIC,
  });
}

export function useConsistency() {
  return useQuery({
    queryKey: keys.consistency,
    queryFn: ({ signal }) => getJson<ConsistencyReport>('/api/v1/consistency', signal),
    ...STATIC,
  });
}
