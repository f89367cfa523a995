import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { request } from '../../api/client.js';
import { invalidateDataReads } from '../../api/invalidateDataReads.js';
import { apiPath, usePlanId } from '../../api/planScope.js';
import type { Observation } from '../../api/types.js';
import type { Session } from '../../lib/useSession.js';

/** POST /api/v1/approvals: how many figures a bulk approval approved, and which. */
type BulkApproval = { approved: number; ids: string[] };

/**
 * The city's review, with the signed-in token: approve one figure, return one with a
 * reason, approve a district's year in bulk. After each, everything computed from the
 * data is read again (an approved figure now counts). Errors are thrown as `ApiError`
 * (409: the figure is no longer in a state to review).
 */
export function useReviewActions(session: Session) {
  const client = useQueryClient();
  const planId = usePlanId();
  return useMemo(() => {
    const invalidate = () => invalidateDataReads(client);
    const post = async <T>(path: `/${string}`, body?: unknown): Promise<T> => {
      try {
        return (
          await request<T>(apiPath(planId, path), { method: 'POST', token: session.token, body })
        ).data;
      } finally {
        await invalidate();
      }
    };
    return {
      /** POST …/observations/{id}/approve */
      approve: (id: string) => post<Observation>(`/observations/${encodeURIComponent(id)}/approve`),
      /** POST …/observations/{id}/return with the reason the district will read */
      returnFigure: (id: string, reason: string) =>
        post<Observation>(`/observations/${encodeURIComponent(id)}/return`, { reason }),
      /** POST …/approvals: a district's submitted figures of a year (only the indicators named) */
      approveMany: (selection: { region: string; year: number; indicatorIds: string[] }) =>
        post<BulkApproval>('/approvals', selection),
    };
  }, [client, session.token, planId]);
}
