import { Indicator, IndicatorTable, PlanMeta, Region } from '@plan/indicators';
import { z } from 'zod';
import { NOT_VALID, noIndicator } from '../i18n/commonMessages.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';

// A plan never changes while the server runs: each answer is serialised once per plan (staticAnswer).
const STATIC = 'public, max-age=300';

const PlanSummary = PlanMeta.extend({ regions: z.array(Region), tables: z.array(IndicatorTable) });

export function registerPlanRoutes(openapiForPlans: OpenapiForPlans) {
  openapiForPlans(
    {
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
    },
    (c) => {
      const { plan } = c.get('plan');
      const answer = c
        .get('plan')
        .staticAnswer('plan', () =>
          Object.fromEntries(Object.entries(plan).filter(([key]) => key !== 'indicators')),
        );
      return cacheableResponse(c, answer.body, {
        etag: answer.etag,
        cacheControl: STATIC,
      }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/indicators',
      tags: ['Plan'],
      summary:
        'All indicators (61 in the Ordos plan) with names (zh, en), units, directions and the printed values',
      request: {
        query: z.object({
          table: z
            .string()
            .optional()
            .describe('A table id of the plan (education, vocational or sports in the Ordos plan)'),
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
    },
    (c) => {
      const { table, category } = c.req.valid('query');
      const context = c.get('plan');
      const { plan } = context;
      if (table !== undefined && !plan.tables.some((candidate) => candidate.id === table)) {
        const ids = plan.tables.map((candidate) => candidate.id).join(', ');
        throw new ProblemError(400, NOT_VALID, {
          errors: [{ path: 'query.table', message: `expected one of ${ids}` }],
        });
      }
      if (!table && !category) {
        const answer = context.staticAnswer('indicators', () => ({ items: plan.indicators }));
        return cacheableResponse(c, answer.body, {
          etag: answer.etag,
          cacheControl: STATIC,
        }) as never;
      }
      const items = plan.indicators.filter(
        (indicator) =>
          (!table || indicator.table === table) &&
          (!category || indicator.categoryPath.includes(category)),
      );
      return cacheableResponse(c, JSON.stringify({ items }), { cacheControl: STATIC }) as never;
    },
  );

  openapiForPlans(
    {
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
    },
    (c) => {
      const { id } = c.req.valid('param');
      const context = c.get('plan');
      const indicator = context.plan.indicators.find((candidate) => candidate.id === id);
      if (!indicator) throw new ProblemError(404, noIndicator(id));
      const body = context.staticAnswer(`indicator|${id}`, () => indicator);
      return cacheableResponse(c, body.body, { etag: body.etag, cacheControl: STATIC }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/regions',
      tags: ['Plan'],
      summary:
        'The plan’s regions: in the Ordos plan 鄂尔多斯市, its nine 旗区, and 内蒙古自治区 (the benchmark)',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Regions',
          content: { 'application/json': { schema: z.object({ items: z.array(Region) }) } },
        },
        304: notModifiedResponse,
      },
    },
    (c) => {
      const { plan } = c.get('plan');
      const answer = c.get('plan').staticAnswer('regions', () => ({ items: plan.regions }));
      return cacheableResponse(c, answer.body, {
        etag: answer.etag,
        cacheControl: STATIC,
      }) as never;
    },
  );
}
