import { createRoute } from '@hono/zod-openapi';
import { DuplicateUnitError, UnitInput } from '@plan/store';
import { z } from 'zod';
import type { App, AppDeps } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { sentence } from '../i18n/sentence.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, listEtag, notModified } from './_lib/caching.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { UnitRecord } from './_lib/trackingSchemas.js';

/**
 * The units (单位) that own and report on items: global, shared by every plan. The plan names
 * none; the bureau enters them (an admin), never the software.
 */
export function registerUnitRoutes(app: App, deps: AppDeps) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/units',
      operationId: 'listUnits',
      tags: ['Tracking'],
      summary: 'The units that lead or cooperate on items (牵头单位, 配合单位), by id',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Units',
          content: { 'application/json': { schema: z.object({ items: z.array(UnitRecord) }) } },
        },
        304: notModifiedResponse,
      },
    }),
    async (c) => {
      const etag = listEtag(await deps.store.dataVersion(), 'units');
      const unchanged = notModified(c, etag);
      if (unchanged) return unchanged as never;
      return cacheableResponse(c, JSON.stringify({ items: await deps.store.units.list() }), {
        etag,
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/units',
      operationId: 'createUnit',
      tags: ['Tracking'],
      summary: 'Add a unit (admin): its id (a slug) and Chinese name, each unique',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: UnitInput,
              example: { id: 'basic-education-section', nameZh: '市教育局基础教育科' },
            },
          },
        },
      },
      responses: {
        201: {
          description: 'The unit as stored',
          content: { 'application/json': { schema: UnitRecord } },
        },
        ...problems(400, 401, 403, 409, 429),
      },
    }),
    async (c) => {
      try {
        const unit = await deps.store.units.create(
          c.req.valid('json'),
          actorOf(c.get('principal')),
        );
        return c.json(unit, 201);
      } catch (error) {
        if (error instanceof DuplicateUnitError)
          throw new ProblemError(409, sentence(error.messages), {
            errors: [{ path: error.field, message: error.messages }],
          });
        throw error;
      }
    },
  );
}
