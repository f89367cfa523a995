import { createRoute } from '@hono/zod-openapi';
import { Indicator, IndicatorTable, ordosPlan, PlanMeta, Region } from '@plan/indicators';
import { z } from 'zod';
import type { App } from '../appTypes.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, staticJson } from './_lib/caching.js';
import { notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';

// The plan never changes while the server runs: serialise each answer once.
const planBody = staticJson(
  Object.fromEntries(Object.entries(ordosPlan).filter(([key]) => key !== 'indicators')),
);
const indicatorsBody = staticJson({ items: ordosPlan.indicators });
const regionsBody = staticJson({ items: ordosPlan.regions });
const indicatorBodies = new Map(
  ordosPlan.indicators.map((indicator) => [indicator.id, staticJson(indicator)]),
);
const STATIC = 'public, max-age=300';

const PlanSummary = PlanMeta.extend({ regions: z.array(Region), tables: z.array(IndicatorTable) });

export function registerPlanRoutes(app: App) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plan',
      tags: ['Plan'],
      summary: 'The plan: metadata, regions and tables (without indicator rows)',
      responses: {
        200: {
          description: 'The plan',
          content: { 'application/json': { schema: PlanSummary } },
          headers: { ETag: requiredEtag },
        },
        304: notModifiedResponse,
      },
    }),
    (c) =>
      cacheableResponse(c, planBody.body, { etag: planBody.etag, cacheControl: STATIC }) as never,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/indicators',
      tags: ['Plan'],
      summary:
        'All 61 indicators with names (zh, en), units, directions and the four printed values',
      request: {
        query: z.object({
          table: z.enum(['education', 'vocational', 'sports']).optional(),
          category: z
            .string()
            .optional()
            .describe('A category id; includes indicators in its subcategories'),
        }),
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The indicators in printed order',
          content: { 'application/json': { schema: z.object({ items: z.array(Indicator) }) } },
        },
        304: notModifiedResponse,
        ...problems(400),
      },
    }),
    (c) => {
      const { table, category } = c.req.valid('query');
      if (!table && !category)
        return cacheableResponse(c, indicatorsBody.body, {
          etag: indicatorsBody.etag,
          cacheControl: STATIC,
        }) as never;
      const items = ordosPlan.indicators.filter(
        (indicator) =>
          (!table || indicator.table === table) &&
          (!category || indicator.categoryPath.includes(category)),
      );
      return cacheableResponse(c, JSON.stringify({ items }), { cacheControl: STATIC }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/indicators/{id}',
      tags: ['Plan'],
      summary: 'One indicator',
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The indicator',
          content: { 'application/json': { schema: Indicator } },
        },
        304: notModifiedResponse,
        ...problems(404),
      },
    }),
    (c) => {
      const body = indicatorBodies.get(c.req.valid('param').id);
      if (!body) throw new ProblemError(404, `No indicator "${c.req.valid('param').id}".`);
      return cacheableResponse(c, body.body, { etag: body.etag, cacheControl: STATIC }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/regions',
      tags: ['Plan'],
      summary: '鄂尔多斯市, its nine 旗区, and 内蒙古自治区 (the benchmark)',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Regions',
          content: { 'application/json': { schema: z.object({ items: z.array(Region) }) } },
        },
        304: notModifiedResponse,
      },
    }),
    (c) =>
      cacheableResponse(c, regionsBody.body, {
        etag: regionsBody.etag,
        cacheControl: STATIC,
      }) as never,
  );
}
