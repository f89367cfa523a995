import { createRoute, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { App, AppEnv } from '../../appTypes.js';
import type { PlanRegistry } from '../../plans/planRegistry.js';
import { ProblemError } from '../../problem.js';
import { problems } from './responses.js';

/** Where a plan's own resources live; the same paths without it serve the default plan. */
export const PLAN_PATH = '/api/v1/plans/{planId}';

export const PlanIdParam = z.object({
  planId: z
    .string()
    .min(1)
    .max(200)
    .describe('A plan id, as GET /api/v1/plans lists them (e.g. ordos-education-sports-2021-2025)'),
});

/** The path of a plan-scoped resource under `/plans/{planId}` (`/api/v1/indicators` → `/api/v1/plans/{planId}/indicators`). */
export const planScopedPath = (path: string) => path.replace(/^\/api\/v1/, PLAN_PATH);

/** Sets the request's plan: the path's `{planId}` (404 when no plan has it), or the default plan. */
export function resolvePlan(registry: PlanRegistry): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('planId');
    const plan = id === undefined ? registry.defaultPlan : await registry.get(id);
    if (!plan)
      throw new ProblemError(404, `No plan "${id}"; GET /api/v1/plans lists the plans.`, {
        errors: [{ path: 'params.planId', message: `unknown plan "${id}"` }],
      });
    c.set('plan', plan);
    await next();
  };
}

type Scoped = RouteConfig & { path: `/api/v1/${string}` };

/**
 * Registers a plan-scoped route twice with one handler: under
 * `/api/v1/plans/{planId}/…` for any plan, and at its old path as the documented
 * alias for the default plan, so no consumer of the old paths breaks. The
 * handler reads the plan as `c.get('plan')`. An operationId of the route gets
 * `InPlan` appended for the plan-scoped path (the document's tidy-up names the rest).
 */
export function planScopedRoutes(app: App, registry: PlanRegistry) {
  const resolve = resolvePlan(registry);
  return function openapiForPlans<R extends Scoped>(route: R, handler: RouteHandler<R, AppEnv>) {
    const own = route.middleware === undefined ? [] : [route.middleware].flat();
    // Roles and limits first: an unknown plan is not a way to learn what a token may do.
    const middleware = [...own, resolve] as MiddlewareHandler[];
    app.openapi(createRoute({ ...route, middleware }), handler as never);
    const params = route.request?.params as z.ZodObject | undefined;
    app.openapi(
      createRoute({
        ...route,
        path: planScopedPath(route.path),
        ...(route.operationId ? { operationId: `${route.operationId}InPlan` } : {}),
        request: {
          ...route.request,
          params: params ? params.extend(PlanIdParam.shape) : PlanIdParam,
        },
        responses: { ...problems(404), ...route.responses },
        middleware,
      }),
      handler as never,
    );
  };
}

export type OpenapiForPlans = ReturnType<typeof planScopedRoutes>;
