import type { Me, Observation } from '../../../api/types.js';
import { installFakeApi, json, observation } from '../../../test/fakeApi.js';

/** The tokens the scoped tests sign in with, and what GET /api/v1/me says of each. */
export const tokens = {
  city: {
    token: 'city-editor-token-0123456789',
    me: { name: '市教育局', role: 'editor', scope: { regions: ['ordos'] } },
  },
  admin: { token: 'admin-token-0123456789', me: { name: 'admin', role: 'admin', scope: null } },
  dongsheng: {
    token: 'dongsheng-token-0123456789',
    me: { name: '东胜区教育局', role: 'editor', scope: { regions: ['dongsheng'] } },
  },
} satisfies Record<string, { token: string; me: Me }>;

/** A figure 东胜区 entered, in the given approval state. */
export function districtFigure(
  fields: Pick<Observation, 'indicatorId' | 'year' | 'value' | 'approval'> & Partial<Observation>,
): Observation {
  return observation({
    region: 'dongsheng',
    source: '东胜区统计年鉴',
    illustrative: false,
    createdBy: '东胜区教育局',
    updatedBy: '东胜区教育局',
    ...fields,
  });
}

/**
 * The fake API with scoped tokens and the approval routes as COORD14 agrees them:
 * approve and return change the figure in place (409 unless it is submitted), a bulk
 * approval approves a district's submitted figures of a year. `extra` handlers come first.
 */
export function installScopedApi(
  observations: Observation[],
  extra: Parameters<typeof installFakeApi>[1] = {},
) {
  const review = (id: string, approval: 'approved' | 'returned', reason: string | null) => {
    const index = observations.findIndex((item) => item.id === id);
    const found = observations[index];
    if (!found) return json({ title: 'Not Found', status: 404, detail: `No ${id}.` }, 404);
    if (found.approval !== 'submitted')
      return json({ title: 'Conflict', status: 409, detail: `It is ${found.approval}.` }, 409);
    const next: Observation = {
      ...found,
      approval,
      approvalReason: reason ?? found.approvalReason,
      reviewedBy: '市教育局',
      reviewedAt: '2024-07-01T08:00:00.000Z',
      version: found.version + 1,
    };
    observations[index] = next;
    return json(next);
  };
  const handlers: Parameters<typeof installFakeApi>[1] = {
    'GET /api/v1/me': ({ init }) => {
      const header = new Headers(init?.headers).get('authorization');
      const known = Object.values(tokens).find((entry) => header === `Bearer ${entry.token}`);
      return known
        ? known.me
        : json({ title: 'Unauthorized', status: 401, detail: 'Unknown token.' }, 401);
    },
    'POST /api/v1/approvals': ({ init }) => {
      const body = JSON.parse(String(init?.body)) as {
        region: string;
        year?: number;
        indicatorIds?: string[];
      };
      const ids: string[] = [];
      observations.forEach((item, index) => {
        if (
          item.approval === 'submitted' &&
          item.region === body.region &&
          (body.year === undefined || item.year === body.year) &&
          (!body.indicatorIds || body.indicatorIds.includes(item.indicatorId))
        ) {
          observations[index] = {
            ...item,
            approval: 'approved',
            reviewedAt: '2024-07-01T08:00:00.000Z',
          };
          ids.push(item.id);
        }
      });
      return { approved: ids.length, ids };
    },
  };
  for (const item of observations) {
    handlers[`POST /api/v1/observations/${item.id}/approve`] = () =>
      review(item.id, 'approved', null);
    handlers[`POST /api/v1/observations/${item.id}/return`] = ({ init }) =>
      review(item.id, 'returned', (JSON.parse(String(init?.body)) as { reason: string }).reason);
  }
  return installFakeApi(observations, { ...handlers, ...extra });
}

/** Signs a token in for the tab, as the data-entry page does. */
export function signInAs(entry: { token: string; me: Me }) {
  sessionStorage.setItem(
    'plan.viewer.session',
    JSON.stringify({ token: entry.token, name: entry.me.name, role: entry.me.role }),
  );
}
