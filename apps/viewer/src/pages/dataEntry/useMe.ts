import { useQuery } from '@tanstack/react-query';
import { request } from '../../api/client.js';
import type { Me } from '../../api/types.js';

/**
 * GET /api/v1/me for the signed-in token: its name, role and scope. Read again on each
 * visit (a minute's cache), so a scope changed or a token revoked shows without a new sign-in.
 */
export function useMe(token: string | undefined) {
  return useQuery({
    queryKey: ['me', token],
    queryFn: async ({ signal }) => (await request<Me>('/api/v1/me', { token, signal })).data,
    enabled: token !== undefined,
  });
}
