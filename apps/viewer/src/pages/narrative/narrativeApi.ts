import type { components } from '@plan/api/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson, type Problem, withQuery } from '../../api/client.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import type { ReportChoice } from './reportChoice.js';

/** GET /api/v1/reports/{kind}/{period}/narrative: the three sections, stored or drafted. */
export type ReportNarrative = components['schemas']['ReportNarrative'];
export type NarrativeSectionAnswer = components['schemas']['ReportNarrativeSection'];

const narrativeKey = (planId: string | null, choice: ReportChoice, lang: string) =>
  ['report-narrative', planId, choice.kind, choice.period, lang] as const;

const narrativePath = (planId: string | null, { kind, period }: ReportChoice) =>
  apiPath(planId, `/reports/${kind}/${encodeURIComponent(period)}/narrative`);

/** A report's sections; drafts come in the reader's language (`lang`). */
export function useNarrative(choice: ReportChoice, lang: 'zh' | 'en') {
  const planId = usePlanId();
  return useQuery({
    queryKey: narrativeKey(planId, choice, lang),
    queryFn: ({ signal }) =>
      getJson<ReportNarrative>(withQuery(narrativePath(planId, choice), { lang }), signal),
  });
}

/**
 * PUT one section at the version the author edited. A plain fetch: the shared request helper
 * takes no PUT yet. Errors are the API's problem documents (409: changed meanwhile).
 */
export function useSaveNarrative(
  token: string | undefined,
  choice: ReportChoice,
  lang: 'zh' | 'en',
) {
  const planId = usePlanId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (write: { section: string; text: string; expectedVersion: number }) => {
      const path = withQuery(`${narrativePath(planId, choice)}/${write.section}`, { lang });
      const response = await fetch(path, {
        method: 'PUT',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ text: write.text, expectedVersion: write.expectedVersion }),
      });
      const body = (await response.json().catch(() => undefined)) as unknown;
      if (!response.ok)
        throw new ApiError(
          response.status,
          body as Problem | undefined,
          response.headers,
          `${response.status} from ${path}`,
        );
      return body as NarrativeSectionAnswer;
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['report-narrative', planId] }),
  });
}
