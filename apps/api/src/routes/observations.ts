import { createRoute } from '@hono/zod-openapi';
import { ordosPlan } from '@plan/indicators';
import {
  checkObservation,
  Observation,
  ObservationInput,
  ObservationPatch,
  planIndicator,
  Revision,
  toNewObservation,
} from '@plan/observations';
import { ConflictError } from '@plan/store';
import { z } from 'zod';
import type { App, AppDeps } from '../appTypes.js';
import { requireRole } from '../auth.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, observationEtag, versionFromIfMatch } from './_lib/caching.js';
import { ExportFormat, exportObservations, spreadsheetContent } from './_lib/exports.js';
import { bearer, problems } from './_lib/responses.js';

const IdParam = z.object({ id: z.string().uuid('expected an observation id (a UUID)') });
const Reason = z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict();

export const ObservationQuery = z.object({
  indicatorId: z.string().optional(),
  region: z.string().optional(),
  source: z.string().optional(),
  includeIllustrative: z
    .enum(['true', 'false'])
    .optional()
    .describe('Include illustrative demo figures (示例数据); default false'),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
  format: ExportFormat.optional().describe('json (default), csv or xlsx'),
});

function ifMatchVersion(
  header: string | undefined,
  id: string,
  currentVersion: () => Promise<number | undefined>,
) {
  const parsed = versionFromIfMatch(header, id);
  if (parsed.kind === 'missing') {
    throw new ProblemError(
      428,
      'Send If-Match with the ETag you read, so a concurrent change is not overwritten.',
    );
  }
  if (parsed.kind === 'other') {
    throw new ProblemError(412, 'If-Match does not name this observation at any version.');
  }
  return parsed.kind === 'version' ? Promise.resolve(parsed.version) : currentVersion();
}

export function registerObservationRoutes(app: App, deps: AppDeps) {
  const { store } = deps;

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/observations',
      tags: ['Observations'],
      summary:
        'List observations (official only unless includeIllustrative=true); CSV and XLSX export with format=',
      request: { query: ObservationQuery },
      responses: {
        200: {
          description: 'Observations, sorted by indicator, region and date',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(Observation), dataVersion: z.number() }),
            },
            ...spreadsheetContent,
          },
        },
        ...problems(400),
      },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const version = await store.dataVersion();
      const items = await store.listObservations({
        ...query,
        includeIllustrative: query.includeIllustrative === 'true',
      });
      if (query.format && query.format !== 'json')
        return (await exportObservations(items, query.format)) as never;
      const body = JSON.stringify({ items, dataVersion: version });
      return cacheableResponse(c, body) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/observations',
      tags: ['Observations'],
      summary: 'Record an observed value (editor)',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        body: { required: true, content: { 'application/json': { schema: ObservationInput } } },
      },
      responses: {
        201: {
          description: 'The stored observation; ETag and Location headers name it',
          content: { 'application/json': { schema: Observation } },
        },
        ...problems(400, 401, 403, 409, 413, 415, 429),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const errors = checkObservation(ordosPlan, input);
      if (errors.length > 0)
        throw new ProblemError(400, 'The observation does not fit its indicator or region.', {
          errors,
        });
      const principal = c.get('principal');
      try {
        const stored = await store.createObservation(toNewObservation(ordosPlan, input), {
          name: principal?.name ?? 'unknown',
        });
        return c.json(stored, 201, {
          etag: observationEtag(stored.id, stored.version),
          location: `/api/v1/observations/${stored.id}`,
        });
      } catch (error) {
        if (error instanceof ConflictError) {
          throw new ProblemError(409, error.message, {
            headers: error.existingId
              ? { location: `/api/v1/observations/${error.existingId}` }
              : {},
          });
        }
        throw error;
      }
    },
  );

  // Registered before /observations/{id}, which would otherwise take "illustrative" for an id.
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/observations/illustrative',
      tags: ['Observations'],
      summary: 'Remove every illustrative demo observation (示例数据) in one call (admin)',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      responses: {
        200: {
          description: 'How many were removed',
          content: { 'application/json': { schema: z.object({ removed: z.number() }) } },
        },
        ...problems(401, 403, 429),
      },
    }),
    async (c) => {
      const removed = await store.deleteIllustrative({
        name: c.get('principal')?.name ?? 'unknown',
      });
      return c.json({ removed }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/observations/{id}',
      tags: ['Observations'],
      summary: 'One observation, with its ETag for a later If-Match',
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The observation',
          content: { 'application/json': { schema: Observation } },
        },
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const observation = await store.getObservation(id);
      if (!observation) throw new ProblemError(404, `No observation ${id}.`);
      return cacheableResponse(c, JSON.stringify(observation), {
        etag: observationEtag(observation.id, observation.version),
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/observations/{id}',
      tags: ['Observations'],
      summary:
        'Correct an observation (editor); needs If-Match, answers 412 if it changed meanwhile',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: IdParam,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: { required: true, content: { 'application/json': { schema: ObservationPatch } } },
      },
      responses: {
        200: {
          description: 'The corrected observation',
          content: { 'application/json': { schema: Observation } },
        },
        ...problems(400, 401, 403, 404, 412, 428, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const current = await store.getObservation(id);
      if (!current) throw new ProblemError(404, `No observation ${id}.`);
      const expected = await ifMatchVersion(
        c.req.header('if-match'),
        id,
        async () => current.version,
      );
      if (patch.value !== undefined) {
        const indicator = planIndicator(ordosPlan, current.indicatorId);
        const errors = checkObservation(ordosPlan, {
          indicatorId: current.indicatorId,
          region: current.region,
          value: patch.value,
        });
        if (!indicator || errors.length > 0)
          throw new ProblemError(400, 'The new value does not fit the indicator.', { errors });
      }
      const result = await store.updateObservation(
        id,
        expected ?? current.version,
        patch,
        { name: c.get('principal')?.name ?? 'unknown' },
        patch.reason ?? null,
      );
      if (result.status === 'not_found') throw new ProblemError(404, `No observation ${id}.`);
      if (result.status === 'stale') {
        throw new ProblemError(
          412,
          `The observation is at version ${result.current.version}; read it again and retry.`,
          {
            headers: { etag: observationEtag(id, result.current.version) },
          },
        );
      }
      return c.json(result.observation, 200, {
        etag: observationEtag(id, result.observation.version),
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/observations/{id}',
      tags: ['Observations'],
      summary: 'Delete an observation (editor); needs If-Match; the history keeps the value',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: IdParam,
        headers: z.object({ 'if-match': z.string().optional() }),
        query: Reason,
      },
      responses: {
        204: { description: 'Deleted' },
        ...problems(400, 401, 403, 404, 412, 428, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const current = await store.getObservation(id);
      if (!current) throw new ProblemError(404, `No observation ${id}.`);
      const expected = await ifMatchVersion(
        c.req.header('if-match'),
        id,
        async () => current.version,
      );
      const reason = c.req.valid('query').reason ?? null;
      const result = await store.deleteObservation(
        id,
        expected ?? current.version,
        { name: c.get('principal')?.name ?? 'unknown' },
        reason,
      );
      if (result.status === 'not_found') throw new ProblemError(404, `No observation ${id}.`);
      if (result.status === 'stale') {
        throw new ProblemError(
          412,
          `The observation is at version ${result.current.version}; read it again and retry.`,
        );
      }
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/observations/{id}/history',
      tags: ['Observations'],
      summary: 'Every revision of an observation: who, when, old, new, why (also after a delete)',
      request: { params: IdParam },
      responses: {
        200: {
          description: 'Revisions, oldest first',
          content: { 'application/json': { schema: z.object({ items: z.array(Revision) }) } },
        },
        ...problems(400, 404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const items = await store.history(id);
      if (items.length === 0) throw new ProblemError(404, `No observation ${id} has ever existed.`);
      return c.json({ items }, 200);
    },
  );
}
