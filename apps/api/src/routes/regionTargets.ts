import { checkRegionTarget, RegionTarget } from '@plan/scoring';
import type { Context } from 'hono';
import { z } from 'zod';
import { isCityScoped, scopeRefusal } from '../access/tokenScope.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { NOT_VALID } from '../i18n/commonMessages.js';
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

/** The most district targets one import takes (nine 旗区 × a plan's indicators, many times over). */
const IMPORT_MAX_TARGETS = 5_000;

const RegionTargetImport = z
  .object({
    items: z
      .array(
        RegionTarget.pick({
          indicatorId: true,
          region: true,
          value: true,
          source: true,
          note: true,
        }).strict(),
      )
      .min(1)
      .max(IMPORT_MAX_TARGETS),
  })
  .strict()
  .meta({
    id: 'RegionTargetImport',
    example: {
      items: [
        {
          indicatorId: 'regular-exercise-share',
          region: 'dongsheng',
          value: { kind: 'comparator', comparator: 'gte', value: 46, decimals: 0, printed: '≥46' },
          source: '东胜区体育发展目标责任书',
        },
      ],
    },
  });

/**
 * Only the city sets district targets: a city-scoped editor or admin whose scope covers the
 * region and indicator; never for the plan's subject region (the plan sets those) or the
 * benchmark.
 */
function assertTargetWriter(c: Context<AppEnv>, indicatorId: string, region: string) {
  assertCityWriter(c);
  const refusal = targetRefusal(c, indicatorId, region);
  if (refusal)
    throw new ProblemError(
      refusal.status,
      refusal.status === 400 ? NOT_VALID : refusal.message,
      refusal.extra,
    );
}

/** A district token may not set targets at all: only the city does. */
function assertCityWriter(c: Context<AppEnv>) {
  const { plan } = c.get('plan');
  const principal = c.get('principal');
  if (!isCityScoped(principal, plan))
    throw new ProblemError(403, {
      zh: `令牌“${principal?.name}”只限于其所辖地区（权限范围：地区 ${principal?.scope?.regions?.join('、')}）；旗区目标只能由市里设定。`,
      en: `The token "${principal?.name}" is confined to its regions (scope: regions ${principal?.scope?.regions?.join(', ')}); only the city sets district targets.`,
    });
}

/** Why this token may not set this target (404, 400 or 403), or undefined. */
function targetRefusal(
  c: Context<AppEnv>,
  indicatorId: string,
  region: string,
): { status: 400 | 403 | 404; message: string; extra?: Record<string, unknown> } | undefined {
  const { plan } = c.get('plan');
  if (!plan.indicators.some((indicator) => indicator.id === indicatorId))
    return { status: 404, message: `No indicator "${indicatorId}" in this plan.` };
  const regionOf = plan.regions.find((candidate) => candidate.id === region);
  if (!regionOf || region === plan.subjectRegion || region === plan.benchmarkRegion) {
    const message = `expected a region under ${plan.subjectRegion}: ${plan.regions
      .filter((candidate) => candidate.parent === plan.subjectRegion)
      .map((candidate) => candidate.id)
      .join(', ')}`;
    return {
      status: 400,
      message,
      extra: { errors: [{ path: 'params.region', message }] },
    };
  }
  const refusal = scopeRefusal(c.get('principal'), plan, { indicatorId, region });
  return refusal ? { status: 403, message: refusal } : undefined;
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
        throw new ProblemError(
          400,
          {
            zh: '目标值与其指标或地区不符。',
            en: 'The target does not fit its indicator or region.',
          },
          { errors },
        );
      const { target, created } = await storeOf(c).putRegionTarget(
        { indicatorId, region, value: body.value, source: body.source, note: body.note ?? null },
        actorOf(c.get('principal')),
      );
      return c.json(target as RegionTargetRecord, created ? 201 : 200);
    },
  );

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/region-targets',
      operationId: 'importRegionTargets',
      tags: ['Districts'],
      summary:
        'Import the bureau’s district targets at once (a city-scoped editor or admin): all or nothing',
      description: `At most ${IMPORT_MAX_TARGETS} targets. Every target is checked as PUT checks one (its indicator, its district, the token's scope, its value against the indicator); any problem refuses the whole import, listing every problem with its path (items.N.field), and nothing is written. Each target replaces the one there was. \`dryRun=true\` checks and writes nothing.`,
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
        body: { required: true, content: { 'application/json': { schema: RegionTargetImport } } },
      },
      responses: {
        200: {
          description: 'What the import wrote (or, in a dry run, would write)',
          content: {
            'application/json': {
              schema: z
                .object({
                  dryRun: z.boolean(),
                  targets: z.number().int(),
                  created: z.number().int(),
                  replaced: z.number().int(),
                })
                .meta({ id: 'RegionTargetImportReport' }),
            },
          },
        },
        ...problems(400, 401, 403, 429),
      },
    },
    async (c) => {
      assertCityWriter(c);
      const { items } = c.req.valid('json');
      const dryRun = c.req.valid('query').dryRun === 'true';
      const { plan } = c.get('plan');
      const refused: { path: string; message: string }[] = [];
      const invalid: { path: string; message: string }[] = [];
      const seen = new Map<string, number>();
      items.forEach((item, index) => {
        const at = `body.items.${index}`;
        const key = `${item.indicatorId}\u0000${item.region}`;
        const earlier = seen.get(key);
        if (earlier !== undefined)
          invalid.push({
            path: at,
            message: `the same indicator and district as items.${earlier}`,
          });
        seen.set(key, index);
        const refusal = targetRefusal(c, item.indicatorId, item.region);
        if (refusal?.status === 403) refused.push({ path: at, message: refusal.message });
        else if (refusal)
          invalid.push({
            path: refusal.status === 404 ? `${at}.indicatorId` : `${at}.region`,
            message: refusal.message,
          });
        else
          for (const problem of checkRegionTarget(plan, item))
            invalid.push({ path: `${at}.${problem.path}`, message: problem.message });
      });
      if (refused.length > 0)
        throw new ProblemError(
          403,
          {
            zh: '部分目标超出令牌的权限范围，未写入任何数据。',
            en: 'Some targets are outside the token’s scope; nothing was written.',
          },
          {
            errors: refused,
          },
        );
      if (invalid.length > 0)
        throw new ProblemError(
          400,
          {
            zh: '部分目标值不符合要求，未写入任何数据。',
            en: 'Some targets do not fit; nothing was written.',
          },
          {
            errors: invalid,
          },
        );
      const existing = new Set(
        (await storeOf(c).listRegionTargets()).map(
          (target) => `${target.indicatorId}\u0000${target.region}`,
        ),
      );
      const replacing = items.filter((item) =>
        existing.has(`${item.indicatorId}\u0000${item.region}`),
      ).length;
      if (dryRun)
        return c.json(
          { dryRun, targets: items.length, created: items.length - replacing, replaced: replacing },
          200,
        );
      const outcome = await storeOf(c).putRegionTargets(
        items.map((item) => ({ ...item, note: item.note ?? null })),
        actorOf(c.get('principal')),
      );
      return c.json({ dryRun, targets: items.length, ...outcome }, 200);
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
      if (!removed)
        throw new ProblemError(404, {
          zh: `没有 ${indicatorId} 在 ${region} 的目标。`,
          en: `No target of ${indicatorId} for ${region}.`,
        });
      return c.body(null, 204);
    },
  );
}
