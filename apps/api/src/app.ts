import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { App, AppDeps, AppEnv } from './appTypes.js';
import { authenticate } from './auth.js';
import { compressResponses } from './http/compressResponses.js';
import { createPlanRegistry } from './plans/planRegistry.js';
import { fieldErrorsFrom, ProblemError, problemResponse } from './problem.js';
import { identifyClient, limitWrites, windowCounter } from './rateLimit.js';
import { tidyOpenApiDocument } from './routes/_lib/openApiDocument.js';
import { planScopedRoutes } from './routes/_lib/planScoped.js';
import { planTracker } from './routes/_lib/planTracking.js';
import { refuseUnknownQuery } from './routes/_lib/refuseUnknownQuery.js';
import { registerApprovalRoutes } from './routes/approvals.js';
import { registerAssessmentRoutes } from './routes/assessments.js';
import { registerComparisonRoutes } from './routes/comparison.js';
import { registerDocsRoutes } from './routes/docs.js';
import { registerEvidenceRoutes } from './routes/evidence.js';
import { registerImportRoutes } from './routes/imports.js';
import { registerImportTemplateRoutes } from './routes/importTemplate.js';
import { registerMeasureReportRoutes } from './routes/measureReports.js';
import { registerMeTaskRoutes } from './routes/meTasks.js';
import { registerNarrativeRoutes } from './routes/narratives.js';
import { registerObservationRoutes } from './routes/observations.js';
import { registerPlanRoutes } from './routes/plan.js';
import { registerPlansRoutes } from './routes/plans.js';
import { registerProjectRoutes } from './routes/projects.js';
import { registerRegionTargetRoutes } from './routes/regionTargets.js';
import { registerReportDocumentRoutes } from './routes/reportDocument.js';
import { registerResponsibilityRoutes } from './routes/responsibilities.js';
import { registerSupervisionRoutes } from './routes/supervision.js';
import { registerTokenRoutes } from './routes/tokens.js';
import { registerTrackingRoutes } from './routes/tracking.js';
import { registerUnitRoutes } from './routes/units.js';
import { databaseUnavailableResponse, isDatabaseUnavailable } from './serverFaults.js';
import { serveViewer } from './static/serveViewer.js';

export const API_VERSION = '1.0.0';

/** The document-level fields of the OpenAPI description; paths and schemas come from the routes. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'plan API',
    version: API_VERSION,
    description:
      'Plans as data: the built-in Ordos 2021–2025 education and sports plan (鄂尔多斯市“十四五”教育体育发展规划) and any plan added as a plan file, each with its indicators, projects, observations and assessments under /api/v1/plans/{planId}/…; the same paths without /plans/{planId} serve the default (Ordos) plan. Errors are RFC 9457 problem+json.',
  },
  servers: [{ url: '/' }],
};

/**
 * Builds the API. Everything it depends on comes in `deps` (the store, the
 * clock, settings), so tests build it in memory and call `app.request`.
 */
export function createApp(deps: AppDeps): App {
  const app: App = new OpenAPIHono<AppEnv>({
    // Every validation failure answers as problem+json naming each field.
    defaultHook: (result, c) => {
      if (!result.success) {
        const target = (result as { target?: string }).target;
        const prefix = target === 'json' || target === undefined ? [] : [target];
        return problemResponse(c, 400, 'The request is not valid; see errors for each field.', {
          errors: fieldErrorsFrom(result.error, prefix),
        });
      }
      return undefined;
    },
  });
  const log = deps.log ?? (() => {});

  app.use('*', async (c, next) => {
    const started = performance.now();
    const requestId = c.req.header('x-request-id')?.slice(0, 100) ?? randomUUID();
    c.set('requestId', requestId);
    await next();
    c.header('x-request-id', requestId);
    // Structured request log: never headers or bodies, so tokens cannot leak into it.
    log({
      time: deps.clock().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      requestId,
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      principal: c.get('principal')?.name ?? null,
      principalId: c.get('principal')?.id ?? null,
      client: c.get('clientAddress') ?? null,
    });
  });
  // The client's address (trusted proxies only) for the limiters and the log above.
  app.use('*', identifyClient(deps.trustedProxies));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const origins = deps.corsOrigins ?? [];
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (origins.includes(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'Content-Type',
        'If-Match',
        'If-None-Match',
        'Idempotency-Key',
      ],
      exposeHeaders: ['ETag', 'Location', 'X-Request-Id'],
      maxAge: 600,
    }),
  );
  app.use('/api/*', compressResponses());
  const limit = deps.bodyLimit ?? 20 * 1024 * 1024;
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: limit,
      onError: (c) => problemResponse(c, 413, `The body is larger than ${limit} bytes.`),
    }),
  );
  app.use(
    '/api/*',
    authenticate(deps.store, deps.adminToken, {
      clock: deps.clock,
      failuresPerMinute: deps.signInFailuresPerMinute,
      // Shared by every server process on a PostgreSQL database (see windowCounter).
      failures: windowCounter(deps.store, 'sign-in'),
    }),
  );
  app.use(
    '/api/*',
    limitWrites(deps.writeRatePerMinute ?? 600, deps.clock, windowCounter(deps.store, 'write')),
  );
  app.use(
    '/api/v1/*',
    refuseUnknownQuery(() => openApiDocument(app)),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/health',
      tags: ['Service'],
      summary: 'Liveness: 200 {"status":"ok"} while the server runs',
      responses: {
        200: {
          description: 'Up',
          content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
        },
      },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
  const plans = deps.plans ?? createPlanRegistry(deps.store);
  const openapiForPlans = planScopedRoutes(app, plans);
  registerPlansRoutes(app, plans, () => deps.store.dataVersion());
  registerPlanRoutes(openapiForPlans);
  registerProjectRoutes(openapiForPlans);
  registerImportRoutes(openapiForPlans, deps);
  // Before the observation routes: `template` is no observation id.
  registerImportTemplateRoutes(openapiForPlans, deps);
  registerObservationRoutes(openapiForPlans, deps);
  registerApprovalRoutes(openapiForPlans, deps);
  registerAssessmentRoutes(app, openapiForPlans, { ...deps, plans });
  registerRegionTargetRoutes(openapiForPlans, deps);
  registerComparisonRoutes(openapiForPlans, deps);
  // Implementation tracking (抓落实): one computation per data version serves every read.
  const track = planTracker(deps);
  registerTrackingRoutes(openapiForPlans, deps, track);
  registerMeasureReportRoutes(openapiForPlans, deps);
  registerEvidenceRoutes(openapiForPlans, deps);
  registerResponsibilityRoutes(openapiForPlans, deps);
  registerSupervisionRoutes(openapiForPlans, deps, track);
  registerMeTaskRoutes(openapiForPlans, deps, track);
  registerNarrativeRoutes(openapiForPlans, { ...deps, plans });
  registerReportDocumentRoutes(openapiForPlans, deps);
  registerUnitRoutes(app, deps);
  registerTokenRoutes(app, deps, plans);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A token created by an admin (POST /api/v1/tokens), or PLAN_ADMIN_TOKEN',
  });
  let document: string | undefined;
  app.get('/api/v1/openapi.json', (c) => {
    document ??= JSON.stringify(openApiDocument(app));
    return c.body(document, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  registerDocsRoutes(app);
  refuseOtherMethods(app);
  if (deps.benchFloor) registerBenchFloor(app);
  if (deps.viewerDir && existsSync(join(deps.viewerDir, 'index.html')))
    serveViewer(app, deps.viewerDir);

  app.notFound((c) =>
    problemResponse(c, 404, `Nothing at ${c.req.method} ${new URL(c.req.url).pathname}.`),
  );
  app.onError((error, c) => {
    // The database restarting or gone: 503 with Retry-After, and the next request tries again.
    if (isDatabaseUnavailable(error)) return databaseUnavailableResponse(c);
    if (error instanceof ProblemError) {
      return problemResponse(c, error.status, error.detail, {
        errors: error.errors,
        type: error.problemType,
        headers: error.headers,
      });
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const detail =
        status === 400 && /json/i.test(error.message)
          ? 'The body is not valid JSON.'
          : error.message;
      return problemResponse(c, status, detail || 'Request refused.');
    }
    log({
      time: deps.clock().toISOString(),
      level: 'error',
      requestId: c.get('requestId'),
      error: error instanceof Error ? error.message : String(error),
    });
    return problemResponse(
      c,
      500,
      'An unexpected error occurred; it has been logged with the request id.',
    );
  });
  return app;
}

/** The OpenAPI document the API serves (and the typed client is generated from). */
export function openApiDocument(app: App): ReturnType<App['getOpenAPI31Document']> {
  return tidyOpenApiDocument(app.getOpenAPI31Document(OPENAPI_DOCUMENT));
}

/** A documented path asked with a method it does not take: 405 naming those it takes (RFC 9110). */
function refuseOtherMethods(app: App) {
  const paths = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (!route.path.startsWith('/api/v1/') || route.method === 'ALL') continue;
    const methods = paths.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
    paths.set(route.path, methods);
  }
  for (const [path, methods] of paths) {
    const allow = [...methods].join(', ');
    app.all(path, (c) =>
      problemResponse(c, 405, `${path} does not take ${c.req.method}; it takes ${allow}.`, {
        headers: { allow },
      }),
    );
  }
}

function registerBenchFloor(app: App) {
  const payloads = new Map<string, unknown>();
  app.get('/bench/floor', async (c) => {
    const path = c.req.query('path') ?? '/api/v1/health';
    let payload = payloads.get(path);
    if (payload === undefined) {
      payload = await (await app.request(path)).json();
      payloads.set(path, payload);
    }
    return c.json(payload as object);
  });
}
