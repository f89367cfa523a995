import { createRoute } from '@hono/zod-openapi';
import {
  DuplicateUnitError,
  UnitId,
  UnitInput,
  UnitPatch,
  type UnitReferences,
  UnitRevision,
} from '@plan/store';
import { z } from 'zod';
import type { App, AppDeps } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { sentence } from '../i18n/sentence.js';
import { type FieldErrorInput, ProblemError } from '../problem.js';
import { cacheableResponse, listEtag, notModified } from './_lib/caching.js';
import { expectedVersion, staleProblem, versionEtag } from './_lib/expectedVersion.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { UnitRecord } from './_lib/trackingSchemas.js';

const UNIT = { zh: '单位', en: 'unit' };

const UnitParam = z.object({ id: UnitId });

const noUnit = (id: string) =>
  new ProblemError(404, { zh: `没有编号为 ${id} 的单位。`, en: `No unit "${id}".` });

/** At most this many references of a kind are named in a problem (the count says how many). */
const NAMED = 10;

const listed = (items: string[], separator: string) =>
  items.slice(0, NAMED).join(separator) + (items.length > NAMED ? ` …(${items.length})` : '');

/**
 * 409 naming what still names a unit, each kind also as a field error. Retiring: the items it is
 * responsible for and its live tokens stand in the way; deleting: anything that names it.
 */
function referencedProblem(
  id: string,
  references: UnitReferences,
  action: 'retire' | 'delete',
): ProblemError {
  const zh: string[] = [];
  const en: string[] = [];
  const errors: FieldErrorInput[] = [];
  const add = (path: string, text: { zh: string; en: string }) => {
    zh.push(text.zh);
    en.push(text.en);
    errors.push({ path, message: text });
  };
  const items = references.responsibilities;
  if (items.length > 0)
    add('responsibilities', {
      zh: `负责 ${items.length} 个事项（${listed(
        items.map((row) => `${row.itemId}${row.as === 'lead' ? '牵头' : '配合'}`),
        '、',
      )}）`,
      en: `responsible for ${items.length} item(s) (${listed(
        items.map((row) => `${row.itemId} ${row.as}`),
        ', ',
      )})`,
    });
  const tokens = references.tokens.filter((token) => action === 'delete' || !token.revoked);
  if (tokens.length > 0)
    add('tokens', {
      zh: `${tokens.length} 个令牌代表该单位（${listed(
        tokens.map((token) => `“${token.name}”${token.revoked ? '（已吊销）' : ''}`),
        '、',
      )}）`,
      en: `${tokens.length} token(s) report for it (${listed(
        tokens.map((token) => `"${token.name}"${token.revoked ? ' revoked' : ''}`),
        ', ',
      )})`,
    });
  if (action === 'delete' && references.reports > 0)
    add('reports', {
      zh: `报送过 ${references.reports} 份举措报告`,
      en: `${references.reports} measure report(s) are its`,
    });
  if (action === 'delete' && references.responsibilityChanges > 0)
    add('responsibilityChanges', {
      zh: `责任分工历史中有 ${references.responsibilityChanges} 条记录提到它`,
      en: `${references.responsibilityChanges} responsibility change(s) in the history name it`,
    });
  return new ProblemError(
    409,
    action === 'retire'
      ? {
          zh: `单位 ${id} 仍在承担工作，不能撤销：${zh.join('；')}。请先改派其事项、吊销其令牌；未作改动。`,
          en: `Unit "${id}" is still at work and cannot be retired: ${en.join('; ')}. Reassign its items and revoke its tokens first; nothing changed.`,
        }
      : {
          zh: `单位 ${id} 仍被引用，不能删除：${zh.join('；')}。可改为撤销它（PATCH {"retired": true}），相关记录保留；未作改动。`,
          en: `Unit "${id}" is referenced and cannot be deleted: ${en.join('; ')}. Retire it instead (PATCH {"retired": true}), keeping what names it; nothing changed.`,
        },
    { errors },
  );
}

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

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/units/{id}',
      operationId: 'updateUnit',
      tags: ['Tracking'],
      summary: 'Rename a unit, retire it or put it back in service (admin); needs If-Match',
      description:
        'Send If-Match: "<id>.v<version>" with the version GET /api/v1/units gave (428 without it; 409 with the current ETag when it changed meanwhile; nothing is written). The id never changes, so responsibilities, reports and tokens keep naming it. A Chinese name another unit has: 409. `retired: true` takes a unit out of service: it keeps its reports and history and is given no new work (no new assignment, no new report); refused with 409 naming them while it is still responsible for items or has live tokens. `retired: false` puts it back. Every change is kept in its history (GET …/history).',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        params: UnitParam,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: UnitPatch,
              example: { nameZh: '市教育局基础教育与学前教育科' },
            },
          },
        },
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The unit as it now is',
          content: { 'application/json': { schema: UnitRecord } },
        },
        ...problems(400, 401, 403, 404, 409, 412, 428, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const current = await deps.store.units.get(id);
      if (!current) throw noUnit(id);
      const expected = expectedVersion(c.req.header('if-match'), id, current.version ?? 1, UNIT);
      let result: Awaited<ReturnType<typeof deps.store.units.update>>;
      try {
        result = await deps.store.units.update(id, expected, patch, actorOf(c.get('principal')));
      } catch (error) {
        if (error instanceof DuplicateUnitError)
          throw new ProblemError(
            409,
            {
              zh: `名为“${error.value}”的单位已存在（编号“${error.existingId}”），未作改动。`,
              en: `A unit named "${error.value}" already exists (id "${error.existingId}"); nothing changed.`,
            },
            { errors: [{ path: error.field, message: 'taken by another unit' }] },
          );
        throw error;
      }
      if (result.status === 'stale') throw staleProblem(id, result.current.version ?? 1, UNIT);
      if (result.status === 'referenced') throw referencedProblem(id, result.references, 'retire');
      if (result.status !== 'changed') throw noUnit(id);
      return c.json(result.unit, 200, { etag: versionEtag(id, result.unit.version ?? 1) });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/units/{id}',
      operationId: 'deleteUnit',
      tags: ['Tracking'],
      summary: 'Delete a unit nothing names (admin); needs If-Match',
      description:
        'For a unit created by mistake. A unit that anything names — a responsibility, a token (revoked ones too), a measure report (withdrawn ones too) or a responsibility change in the history — is never deleted: 409 naming what names it (retire it instead). Same If-Match rule as PATCH. The deletion is kept in the unit’s history.',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        params: UnitParam,
        headers: z.object({ 'if-match': z.string().optional() }),
      },
      responses: {
        204: { description: 'Deleted' },
        ...problems(400, 401, 403, 404, 409, 412, 428, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const current = await deps.store.units.get(id);
      if (!current) throw noUnit(id);
      const expected = expectedVersion(c.req.header('if-match'), id, current.version ?? 1, UNIT);
      const result = await deps.store.units.delete(id, expected, actorOf(c.get('principal')));
      if (result.status === 'stale') throw staleProblem(id, result.current.version ?? 1, UNIT);
      if (result.status === 'referenced') throw referencedProblem(id, result.references, 'delete');
      if (result.status !== 'deleted') throw noUnit(id);
      return c.body(null, 204) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/units/{id}/history',
      operationId: 'unitHistory',
      tags: ['Tracking'],
      summary: 'A unit’s renames, retirements, returns and deletion, oldest first (admin)',
      description:
        'Each change with the unit before and after (null after a deletion), who made it and when; a deleted unit’s too. Empty for a unit never changed; 404 when there is neither such a unit nor any history of one.',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: { params: UnitParam },
      responses: {
        200: {
          description: 'The changes',
          content: { 'application/json': { schema: z.object({ items: z.array(UnitRevision) }) } },
        },
        ...problems(400, 401, 403, 404, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const items = await deps.store.units.history(id);
      if (items.length === 0 && !(await deps.store.units.get(id))) throw noUnit(id);
      return c.json({ items }, 200);
    },
  );
}
