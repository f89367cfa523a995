import { createRoute } from '@hono/zod-openapi';
import { createToken, RESERVED_TOKEN_NAMES, Role, TokenNameError, tokenInfo } from '@plan/store';
import { z } from 'zod';
import type { App, AppDeps } from '../appTypes.js';
import { requireRole } from '../auth.js';
import { ProblemError } from '../problem.js';
import { bearer, problems } from './_lib/responses.js';

export const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    role: Role,
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
  })
  .strict()
  .meta({ id: 'NewToken' });

export function registerTokenRoutes(app: App, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/me',
      tags: ['Access'],
      summary: 'The role of the bearer token sent (for sign-in checks); anonymous without one',
      responses: {
        200: {
          description: 'Who you are',
          content: {
            'application/json': {
              schema: z.object({ name: z.string().nullable(), role: Role.nullable() }),
            },
          },
        },
        ...problems(401, 429),
      },
    }),
    (c) => {
      const principal = c.get('principal');
      return c.json({ name: principal?.name ?? null, role: principal?.role ?? null }, 200);
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
      const { name, role } = c.req.valid('json');
      try {
        const created = await createToken(deps, name, role, c.get('principal')?.name ?? 'unknown');
        return c.json({ ...created.info, token: created.token }, 201, {
          'cache-control': 'no-store',
          pragma: 'no-cache',
        });
      } catch (error) {
        if (error instanceof TokenNameError) {
          throw new ProblemError(error.reason === 'reserved' ? 400 : 409, `${error.message}.`, {
            errors: [{ path: 'name', message: error.message }],
          });
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
      if (!row) throw new ProblemError(404, `No token ${id}.`);
      return c.json(tokenInfo(row), 200);
    },
  );
}
