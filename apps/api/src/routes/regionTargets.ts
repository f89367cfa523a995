import { checkRegionTarget, RegionTarget } from '@plan/scoring';
import type { Context } from 'hono';
import { z } from 'zod';
import { isCityScoped, scopeRefusal } from '../access/tokenScope.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { ProblemError } from '../problem.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { bearer, problems } from './_lib/responses.js';

/** A district's target for one indicator, as the bureau set it, with the document that set it. */
// The store keeps the target as the API checked it (checkRegionTarget), so it reads back in this shape.
export const RegionTargetRecord = RegionTarget.extend({
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
}).meta({
  id: 'RegionTargetRecord',
  example: {
    indicatorId: 'regular-exercise-share',
    region: 'dongsheng',
    value: { kind: 'comparator', comparator: 'gte', value: 46, decimals: 0, printed: '≥46' },
    source: '东胜区体育发展目标责任书',
    note: null,
    createdAt: '2026-01-05T08:00:00.000Z',
    createdBy: 'city-education-bureau',
    updatedAt: '2026-01-05T08:00:00.000Z',
    updatedBy: 'city-education-bureau',
  },
});
type RegionTargetRecord = z.infer<typeof RegionTargetRecord>;

const RegionTargetInput = RegionTarget.pick({ value: true, source: true, note: true })
  .strict()
  .meta({
    id: 'RegionTargetInput',
    example: {
      value: { kind: 'comparator', comparator: 'gte', value: 46, decimals: 0, printed: '≥46' },
      source: '东胜区体育发展目标责任书',
    },
  });

const TargetParams = z.object({
  indicatorId: z.string().min(1).max(100),
  region: z.string().min(1).max(100),
});

/**
 * Only the city sets district targets: a city-scoped editor or admin whose scope covers the
 * region and indicator; never for the plan's subject region (the plan sets those) or the
 * benchmark.
 */
function assertTargetWriter(c: Context<AppEnv>, indicatorId: string, region: string) {
  const { plan } = c.get('plan');
  const principal = c.get('principal');
  if (!plan.indicators.some((indicator) => indicator.id === indicatorId))
    throw new ProblemError(404, `No indicator "${indicatorId}" in this plan.`);
  const regionOf = plan.regions.find((candidate) => candidate.id === region);
  if (!regionOf || region === plan.subjectRegion || region === plan.benchmarkRegion)
    throw new ProblemError(400, 'The request is not valid; see errors for each field.', {
      errors: [
        {
          path: 'params.region',
          message: `expected a region under ${plan.subjectRegion}: ${plan.regions
            .filter((candidate) => candidate.parent === plan.subjectRegion)
            .map((candidate) => candidate.id)
            .join(', ')}`,
        },
      ],
    });
  if (!isCityScoped(principal, plan))
    throw new ProblemError(
      403,
      `The token "${principal?.name}" is confined to its regions (scope: regions ${principal?.scope?.regions?.join(', ')}); only the city sets district targets.`,
    );
  const refusal = scopeRefusal(principal, plan, { indicatorId, region });
  if (refusal) throw new ProblemError(403, refusal);
}

export function registerRegionTargetRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const storeOf = (c: Context<AppEnv>) => deps.store.forPlan(c.get('plan').id);

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/region-targets',
      operationId: 'listRegionTargets',
      tags: ['Districts'],
      summary: 'The district targets the bureau has set, each with its source',
      description:
        'The plan sets targets for the city only; a district is judged against its own target where one is set here, else against the city’s ("city target applied").',
      request: {
        query: z.object({
          indicatorId: z.string().optional(),
          region: z.string().optional(),
        }),
      },
      responses: {
        200: {
          description: 'District targets, by indicator and region',
          content: {
            'application/json': { schema: z.object({ items: z.array(RegionTargetRecord) }) },
          },
        },
        ...problems(400),
      },
    },
    async (c) => {
      const items = await storeOf(c).listRegionTargets(c.req.valid('query'));
      return c.json({ items: items as RegionTargetRecord[] }, 200);
    },
  );

  openapiForPlans(
    {
      method: 'put',
      path: '/api/v1/region-targets/{indicatorId}/{region}',
      operationId: 'putRegionTarget',
      tags: ['Districts'],
      summary:
        'Set a district’s target for an indicator (a city-scoped editor or admin); `source` required',
      description:
        'The value takes the shape of the plan’s own targets (a number, ≥ a number, a ratio, one value per part) and must fit the indicator (a band indicator takes none). Setting it again replaces it; the source names the document that set it. A district token is refused (403).',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: TargetParams,
        body: { required: true, content: { 'application/json': { schema: RegionTargetInput } } },
      },
      responses: {
        200: {
          description: 'The target as stored, replacing the one there was',
          content: { 'application/json': { schema: RegionTargetRecord } },
        },
        201: {
          description: 'The target as stored, the first for this indicator and district',
          content: { 'application/json': { schema: RegionTargetRecord } },
        },
        ...problems(400, 401, 403, 404, 429),
      },
    },
    async (c) => {
      const { indicatorId, region } = c.req.valid('param');
      const body = c.req.valid('json');
      assertTargetWriter(c, indicatorId, region);
      const errors = checkRegionTarget(c.get('plan').plan, { indicatorId, region, ...body });
      if (errors.length > 0)
        throw new ProblemError(400, 'The target does not fit its indicator or region.', { errors });
      const { target, created } = await storeOf(c).putRegionTarget(
        { indicatorId, region, value: body.value, source: body.source, note: body.note ?? null },
        actorOf(c.get('principal')),
      );
      return c.json(target as RegionTargetRecord, created ? 201 : 200);
    },
  );

  openapiForPlans(
    {
      method: 'delete',
      path: '/api/v1/region-targets/{indicatorId}/{region}',
      operationId: 'deleteRegionTarget',
      tags: ['Districts'],
      summary:
        'Remove a district’s target (a city-scoped editor or admin): the city’s target applies again',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: { params: TargetParams },
      responses: {
        204: { description: 'Removed' },
        ...problems(400, 401, 403, 404, 429),
      },
    },
    async (c) => {
      const { indicatorId, region } = c.req.valid('param');
      assertTargetWriter(c, indicatorId, region);
      const removed = await storeOf(c).deleteRegionTarget(indicatorId, region);
      if (!removed) throw new ProblemError(404, `No target of ${indicatorId} for ${region}.`);
      return c.body(null, 204);
    },
  );
}
