import { createRoute } from '@hono/zod-openapi';
import {
  createToken,
  RESERVED_TOKEN_NAMES,
  RetiredUnitTokenError,
  Role,
  TokenNameError,
  TokenScope,
  tokenInfo,
} from '@plan/store';
import { z } from 'zod';
import type { App, AppDeps } from '../appTypes.js';
import { requireRole } from '../auth.js';
import { NOT_VALID } from '../i18n/commonMessages.js';
import { sentence } from '../i18n/sentence.js';
import type { PlanRegistry } from '../plans/planRegistry.js';
import { ProblemError } from '../problem.js';
import { IdOrName } from './_lib/idOrName.js';
import { bearer, problems } from './_lib/responses.js';

const IdList = (what: string) =>
  z
    .array(z.string().trim().min(1).max(200))
    .min(1)
    .max(500)
    .optional()
    .describe(`Confine the token to these ${what}; absent: not confined by ${what}`);

/** What a token is confined to (@plan/store's TokenScope); null: unrestricted. */
const TokenScopeInfo = TokenScope.nullable().describe(
  'The token’s scope: it writes only inside it (a region covers the regions under it); null: unrestricted. A token whose regions leave out the plan’s subject region is a district’s: its figures are submitted for the city’s approval.',
);

export const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    role: Role,
    scope: TokenScopeInfo,
    createdAt: z.string(),
    createdBy: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'TokenInfo' });

const NewToken = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .describe(
        `Who or what uses the token, e.g. "statistics-bureau-sync". Unique regardless of case; the history shows it. Reserved: ${RESERVED_TOKEN_NAMES.join(', ')}`,
      ),
    role: Role,
    regions: IdList('regions (ids of any plan’s regions, e.g. ["dongsheng"])'),
    tables: IdList('indicator tables'),
    indicators: IdList('indicators'),
    projects: IdList('projects'),
    unit: IdOrName.optional().describe(
      'The unit (单位) the token reports for (a unit id, GET /api/v1/units): it then writes figures and progress reports only on items that unit leads or cooperates on, and sees them in GET /api/v1/me/tasks',
    ),
  })
  .strict()
  .meta({
    id: 'NewToken',
    example: { name: 'dongsheng-education-bureau', role: 'editor', regions: ['dongsheng'] },
  });

/** The scope of a new token from its request, or null when it sets none (unrestricted). */
function scopeOf(body: z.infer<typeof NewToken>) {
  const scope: Record<string, unknown> = Object.fromEntries(
    (['regions', 'tables', 'indicators', 'projects'] as const)
      .filter((key) => body[key] !== undefined)
      .map((key) => [key, [...new Set(body[key])]]),
  );
  if (body.unit !== undefined) scope.unit = body.unit;
  return Object.keys(scope).length > 0 ? scope : null;
}

/** 400 when the unit a token is to report for does not exist (units are entered first). */
async function refuseUnknownUnit(deps: AppDeps, unit: string | undefined) {
  if (unit === undefined) return;
  if (!(await deps.store.units.list()).some((candidate) => candidate.id === unit))
    throw new ProblemError(400, NOT_VALID, {
      errors: [
        {
          path: 'unit',
          message: {
            zh: `没有单位“${unit}”：请先添加（POST /api/v1/units）`,
            en: `no unit "${unit}": add it first (POST /api/v1/units)`,
          },
        },
      ],
    });
}

/** 400 naming each region id no plan the server knows has. */
async function refuseUnknownRegions(plans: PlanRegistry, regions: readonly string[] | undefined) {
  if (!regions) return;
  const known = new Set(
    (await plans.list()).flatMap((context) => context.plan.regions.map((region) => region.id)),
  );
  const unknown = regions.filter((region) => !known.has(region));
  if (unknown.length > 0)
    throw new ProblemError(400, NOT_VALID, {
      errors: unknown.map((region) => ({
        path: `regions.${regions.indexOf(region)}`,
        message: { zh: `没有任何规划有地区“${region}”`, en: `no plan has a region "${region}"` },
      })),
    });
}

export function registerTokenRoutes(app: App, deps: AppDeps, plans: PlanRegistry) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/me',
      tags: ['Access'],
      summary:
        'The role and scope of the bearer token sent (for sign-in checks); anonymous without one',
      responses: {
        200: {
          description: 'Who you are',
          content: {
            'application/json': {
              schema: z.object({
                name: z.string().nullable(),
                role: Role.nullable(),
                scope: TokenScopeInfo,
              }),
              example: {
                name: 'dongsheng-education-bureau',
                role: 'editor',
                scope: { regions: ['dongsheng'] },
              },
            },
          },
        },
        ...problems(401, 429),
      },
    }),
    (c) => {
      const principal = c.get('principal');
      return c.json(
        {
          name: principal?.name ?? null,
          role: principal?.role ?? null,
          scope: principal?.scope ?? null,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/tokens',
      tags: ['Access'],
      summary: 'List tokens (admin); never their values',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      responses: {
        200: {
          description: 'Tokens',
          content: { 'application/json': { schema: z.object({ items: z.array(TokenInfo) }) } },
        },
        ...problems(401, 403),
      },
    }),
    async (c) => c.json({ items: (await deps.store.tokens.list()).map(tokenInfo) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/tokens',
      tags: ['Access'],
      summary: 'Create a token (admin); its value is shown in this response only',
      description:
        'Give `regions` (and optionally `tables`, `indicators`, `projects`) to confine what the token writes, and `unit` for a unit’s token (the unit must exist, 400 otherwise, and be in service: a retired unit does no work, 409): a write outside its scope answers 403 naming the scope. Region ids must be regions of a plan the server has (400 otherwise); the others may name any plan’s ids. A token whose regions leave out a plan’s subject region (a district’s) submits its figures for the city’s approval. The benchmark region’s figures are an admin’s only.',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: { body: { required: true, content: { 'application/json': { schema: NewToken } } } },
      responses: {
        201: {
          description:
            'The new token; store it now, it cannot be shown again. Sent with Cache-Control: no-store.',
          headers: {
            'Cache-Control': {
              description: 'no-store: the answer carries a secret',
              schema: { type: 'string', example: 'no-store' },
            },
          },
          content: { 'application/json': { schema: TokenInfo.extend({ token: z.string() }) } },
        },
        ...problems(400, 401, 403, 409, 429),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const { name, role } = body;
      await refuseUnknownRegions(plans, body.regions);
      await refuseUnknownUnit(deps, body.unit);
      try {
        const created = await createToken(deps, name, role, c.get('principal')?.name ?? 'unknown', {
          scope: scopeOf(body) as TokenScope | null,
        });
        return c.json({ ...created.info, token: created.token }, 201, {
          'cache-control': 'no-store',
          pragma: 'no-cache',
        });
      } catch (error) {
        // A retired unit does no work; it can be returned to service (PATCH /api/v1/units/{id}).
        if (error instanceof RetiredUnitTokenError)
          throw new ProblemError(409, sentence(error.messages), {
            errors: [{ path: 'unit', message: error.messages }],
          });
        if (error instanceof TokenNameError) {
          throw new ProblemError(
            error.reason === 'reserved' ? 400 : 409,
            sentence(error.messages),
            {
              errors: [{ path: 'name', message: error.messages }],
            },
          );
        }
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/tokens/{id}',
      tags: ['Access'],
      summary: 'Revoke a token (admin); it is refused from then on',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          description: 'The revoked token',
          content: { 'application/json': { schema: TokenInfo } },
        },
        ...problems(401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await deps.store.tokens.revoke(id);
      if (!row)
        throw new ProblemError(404, { zh: `没有编号为 ${id} 的令牌。`, en: `No token ${id}.` });
      return c.json(tokenInfo(row), 200);
    },
  );
}
