import { ordosPlan } from '@plan/indicators';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import { assessPlan, type Method, milestoneStatus } from '@plan/scoring';
import { vi } from 'vitest';
import type { Indicator, Observation, PlanSummary } from '../api/types.js';

type Handler = (request: { url: URL; init: RequestInit | undefined }) => unknown;

/** A JSON response, or a problem+json one for a status ≥ 400. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });
}

let counter = 0;
/** A stored observation as the API returns it. */
export function observation(
  fields: Pick<Observation, 'indicatorId' | 'year' | 'value'> & Partial<Observation>,
): Observation {
  counter += 1;
  const illustrative = fields.illustrative ?? fields.source === 'demo';
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    region: 'ordos',
    date: `${fields.year}-12-31`,
    period: 'year',
    source: illustrative ? 'demo' : 'plan',
    illustrative,
    note: null,
    createdReason: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00.000Z',
    createdBy: 'seed',
    updatedAt: '2024-01-01T00:00:00.000Z',
    updatedBy: 'seed',
    ...fields,
  };
}

/** GET /api/v1/plan: the plan without its indicator rows. */
export const planSummary = Object.fromEntries(
  Object.entries(ordosPlan).filter(([key]) => key !== 'indicators'),
) as PlanSummary;

/** One indicator of the plan, by id. */
export function indicatorOf(id: string): Indicator {
  const indicator = ordosPlan.indicators.find((candidate) => candidate.id === id);
  if (!indicator) throw new Error(`No indicator ${id} in the plan`);
  return indicator;
}

/**
 * Answers the viewer's fetches from the real plan, projects and scoring
 * packages, with the given observations; `extra` handlers (by "METHOD path")
 * come first. Returns the calls made, for assertions.
 */
export function installFakeApi(observations: Observation[], extra: Record<string, Handler> = {}) {
  const calls: { method: string; url: URL; init: RequestInit | undefined }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://viewer.test');
    const method = init?.method ?? 'GET';
    calls.push({ method, url, init });
    const custom = extra[`${method} ${url.pathname}`];
    if (custom) {
      const answer = await custom({ url, init });
      return answer instanceof Response ? answer : json(answer);
    }
    const query = url.searchParams;
    const illustrative = query.get('includeIllustrative') === 'true';
    const visible = observations.filter(
      (item) =>
        (illustrative || !item.illustrative) &&
        (!query.get('region') || item.region === query.get('region')) &&
        (!query.get('indicatorId') || item.indicatorId === query.get('indicatorId')),
    );
    const assess = (methodName: Method, only?: string) => {
      const asOf = query.get('asOf') ?? undefined;
      const used = visible.filter((item) => !only || item.indicatorId === only);
      return assessPlan(
        ordosPlan,
        used.map((item) => ({
          indicatorId: item.indicatorId,
          region: item.region,
          year: item.year,
          value: item.value,
        })),
        { method: methodName, ...(asOf ? { asOf } : {}), region: query.get('region') ?? 'ordos' },
      );
    };
    const single = /^\/api\/v1\/indicators\/([^/]+)\/assessment$/.exec(url.pathname);
    if (single?.[1]) {
      const id = single[1];
      const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];
      return json({
        indicatorId: id,
        region: query.get('region'),
        asOf: query.get('asOf'),
        illustrative: visible.some((item) => item.illustrative),
        observations: visible.filter((item) => item.indicatorId === id),
        targets: ordosTargets.filter((target) => target.indicatorId === id),
        methods: Object.fromEntries(
          methods.map((name) => [
            name,
            assess(name, id).indicators.find((item) => item.indicatorId === id),
          ]),
        ),
      });
    }
    switch (url.pathname) {
      case '/api/v1/plan':
        return json(planSummary);
      case '/api/v1/indicators':
        return json({ items: ordosPlan.indicators });
      case '/api/v1/observations':
        return json({ items: visible, dataVersion: 1 });
      case '/api/v1/assessments': {
        const methodName = (query.get('method') ?? 'time-progress') as Method;
        const result = assess(methodName);
        // The API's shape: the plan assessment and the data it was computed from.
        return json({
          ...result,
          illustrative: visible.some((item) => item.illustrative),
          dataVersion: 1,
          observationsUsed: visible.length,
          setAside: [],
        });
      }
      case '/api/v1/milestones': {
        const asOf = query.get('asOf') ?? '2024-06-30';
        return json({
          asOf,
          region: query.get('region'),
          items: ordosTargets.map((target) => ({
            target,
            assessment: milestoneStatus(target, [], { asOf }),
            valuesUsed: 0,
          })),
          illustrative: visible.some((item) => item.illustrative),
          dataVersion: 1,
          observationsUsed: visible.length,
          setAside: [],
        });
      }
      case '/api/v1/projects':
        return json({ items: ordosProjects });
      case '/api/v1/targets':
        return json({ items: ordosTargets });
      case '/api/v1/consistency':
        return json(ordosConsistencyReport);
      default:
        return json(
          { title: 'Not Found', status: 404, detail: `Nothing at ${url.pathname}.` },
          404,
        );
    }
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}
