import { ordosPlan, ordosPlanInput, type Plan } from '@plan/indicators';
import { parsePlan } from '@plan/plans';
import { fixturePlanFile } from '@plan/plans/testing';
import { ordosConsistencyReport, ordosProjects, ordosTargets } from '@plan/projects';
import { assessPlan, type Method, milestoneStatus } from '@plan/scoring';
import { vi } from 'vitest';
import type { Indicator, Observation, PlanSummary, Target } from '../api/types.js';

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
    targetId: fields.indicatorId.startsWith('T-') ? fields.indicatorId : null,
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
    approval: 'approved',
    approvalReason: null,
    reviewedBy: null,
    reviewedAt: null,
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

/** One plan the fake API serves: its model, projects, targets, file and observations. */
export type FakePlan = {
  plan: Plan;
  /** GET /api/v1/plans/{planId}: the plan file */
  file: unknown;
  projects: readonly unknown[];
  targets: readonly Target[];
  /** Only the built-in plan has a consistency report (404 otherwise, as the API answers). */
  consistency?: unknown;
  observations: Observation[];
  /** The plan the paths without /plans/{planId} serve */
  default?: boolean;
};

/** The built-in Ordos plan, as the API serves it, with the given observations. */
export function ordosFakePlan(observations: Observation[]): FakePlan {
  return {
    plan: ordosPlan,
    file: { format: 'plan-file/1', ...ordosPlanInput },
    projects: ordosProjects,
    targets: ordosTargets,
    consistency: ordosConsistencyReport,
    observations,
    default: true,
  };
}

/**
 * The invented fixture plan of @plan/plans/testing (never a real plan), as
 * the API serves an added plan, with the given observations.
 */
export function fixtureFakePlan(observations: Observation[]): FakePlan {
  const parsed = parsePlan(fixturePlanFile);
  return {
    plan: parsed.plan,
    file: parsed.file,
    projects: parsed.catalogue?.projects ?? [],
    targets: parsed.catalogue?.targets ?? [],
    observations,
  };
}

const notFound = (pathname: string) =>
  json({ title: 'Not Found', status: 404, detail: `Nothing at ${pathname}.` }, 404);

/** Answers one plan's resource (`rest`: the path after /api/v1 or /api/v1/plans/{planId}). */
function answerInPlan(fake: FakePlan, rest: string, query: URLSearchParams, pathname: string) {
  const { plan } = fake;
  const illustrative = query.get('includeIllustrative') === 'true';
  const visible = fake.observations.filter(
    (item) =>
      (illustrative || !item.illustrative) &&
      (!query.get('region') || item.region === query.get('region')) &&
      (!query.get('indicatorId') || item.indicatorId === query.get('indicatorId')) &&
      (!query.get('approval') || item.approval === query.get('approval')),
  );
  const assess = (methodName: Method, only?: string) => {
    const asOf = query.get('asOf') ?? undefined;
    const used = visible.filter((item) => !only || item.indicatorId === only);
    return assessPlan(
      plan,
      used.map((item) => ({
        indicatorId: item.indicatorId,
        region: item.region,
        year: item.year,
        value: item.value,
      })),
      {
        method: methodName,
        ...(asOf ? { asOf } : {}),
        region: query.get('region') ?? plan.subjectRegion,
      },
    );
  };
  const single = /^\/indicators\/([^/]+)\/assessment$/.exec(rest);
  if (single?.[1]) {
    const id = single[1];
    const methods: Method[] = ['time-progress', 'open-sdg', 'unsd-2023', 'weather', 'sdsn'];
    return json({
      indicatorId: id,
      region: query.get('region'),
      asOf: query.get('asOf'),
      illustrative: visible.some((item) => item.illustrative),
      observations: visible.filter((item) => item.indicatorId === id),
      targets: fake.targets.filter((target) => target.indicatorId === id),
      methods: Object.fromEntries(
        methods.map((name) => [
          name,
          assess(name, id).indicators.find((item) => item.indicatorId === id),
        ]),
      ),
    });
  }
  switch (rest) {
    case '/plan':
      return json(Object.fromEntries(Object.entries(plan).filter(([key]) => key !== 'indicators')));
    case '/indicators':
      return json({ items: plan.indicators });
    case '/observations': {
      // The filters and order the viewer asks for (the default as-of date reads the newest row).
      const from = query.get('from');
      const to = query.get('to');
      let items = visible.filter(
        (item) => (!from || item.date >= from) && (!to || item.date <= to),
      );
      if (query.get('sort') === '-date')
        items = [...items].sort((a, b) => b.date.localeCompare(a.date));
      const limit = query.get('limit');
      if (limit && query.get('sort')) items = items.slice(0, Number(limit));
      return json({ items, nextCursor: null, dataVersion: 1 });
    }
    case '/assessments': {
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
    case '/milestones': {
      const asOf = query.get('asOf') ?? '2024-06-30';
      return json({
        asOf,
        region: query.get('region'),
        items: fake.targets.map((target) => ({
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
    case '/projects':
      return json({ items: fake.projects });
    case '/targets':
      return json({ items: fake.targets });
    case '/consistency':
      return fake.consistency ? json(fake.consistency) : notFound(pathname);
    default:
      return notFound(pathname);
  }
}

/**
 * Answers the viewer's fetches from the real plan, projects and scoring
 * packages, with the given observations (of the Ordos plan, the default);
 * `extra` handlers (by "METHOD path") come first; `plans` replaces the plans
 * served (GET /api/v1/plans and /api/v1/plans/{planId}/…), the default one
 * also at the paths without /plans/{planId}. Returns the calls made, for assertions.
 */
export function installFakeApi(
  observations: Observation[],
  extra: Record<string, Handler> = {},
  options: { plans?: FakePlan[] } = {},
) {
  const plans = options.plans ?? [ordosFakePlan(observations)];
  const fallback = plans.find((candidate) => candidate.default) ?? plans[0];
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
    if (url.pathname === '/api/v1/plans')
      return json({
        items: plans.map((fake) => ({
          id: fake.plan.id,
          title: fake.plan.title,
          period: fake.plan.period,
          baselineYear: fake.plan.baselineYear,
          targetYear: fake.plan.targetYear,
          subjectRegion: fake.plan.subjectRegion,
          builtIn: fake === fallback,
          default: fake === fallback,
          addedAt: null,
        })),
      });
    const scoped = /^\/api\/v1\/plans\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (scoped?.[1]) {
      const id = decodeURIComponent(scoped[1]);
      const fake = plans.find((candidate) => candidate.plan.id === id);
      if (!fake) return notFound(url.pathname);
      if (!scoped[2]) return json(fake.file);
      return answerInPlan(fake, scoped[2], url.searchParams, url.pathname);
    }
    if (!fallback || !url.pathname.startsWith('/api/v1/')) return notFound(url.pathname);
    return answerInPlan(
      fallback,
      url.pathname.slice('/api/v1'.length),
      url.searchParams,
      url.pathname,
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}
