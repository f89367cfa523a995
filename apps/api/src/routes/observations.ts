import { LocalizedText } from '@plan/indicators';
import {
  Approval,
  checkObservation,
  Observation,
  ObservationInput,
  ObservationPatch,
  planIndicator,
  Revision,
  sourceLabel,
  toNewObservation,
} from '@plan/observations';
import { ConflictError, observationWriteRefusal } from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import { approvalOfCorrection, approvalOfWrite } from '../access/approvalOfWrite.js';
import { scopeRefusal } from '../access/tokenScope.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, assertRole, requireRole } from '../auth.js';
import { noObservation } from '../i18n/commonMessages.js';
import { sentence } from '../i18n/sentence.js';
import { ProblemError } from '../problem.js';
import {
  cacheableResponse,
  listEtag,
  notModified,
  observationEtag,
  versionFromIfMatch,
} from './_lib/caching.js';
import {
  Cursor,
  DEFAULT_LIMIT,
  decodeCursor,
  encodeCursor,
  Limit,
  MAX_LIMIT,
} from './_lib/cursor.js';
import { ExportFormat, spreadsheetContent, streamObservations } from './_lib/exports.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { assertUnitMayWrite, assertUnitMayWriteIndicator } from './_lib/unitWrite.js';

/** The four sort columns of a row, in the order `sort` reads them: where the next page starts. */
function sortKey(
  sort: 'indicator' | 'date' | '-date',
  row: Observation,
): readonly [string, string, string, string] {
  return sort === 'indicator'
    ? [row.indicatorId, row.region, row.date, row.source]
    : [row.date, row.indicatorId, row.region, row.source];
}

const IdParam = z.object({ id: z.string().uuid('expected an observation id (a UUID)') });
const Reason = z.object({ reason: z.string().trim().min(1).max(2000).optional() }).strict();

export const ObservationQuery = z
  .object({
    indicatorId: z.string().optional(),
    region: z.string().optional(),
    source: z.string().optional(),
    approval: Approval.optional().describe(
      'Only figures in this review state: submitted (awaiting the city), returned (sent back) or approved; default all',
    ),
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
    sort: z
      .enum(['indicator', 'date', '-date'])
      .optional()
      .describe(
        'indicator (default: by indicator, region, date, source), date (oldest first) or -date (newest first)',
      ),
    limit: Limit,
    cursor: Cursor,
    format: ExportFormat.optional().describe(
      'json (default), csv or xlsx; a CSV or XLSX export holds every matching row, streamed',
    ),
  })
  .strict();

/**
 * The rows an export reads from the store at a time: small enough that reading
 * and writing one page holds the event loop for only a few milliseconds.
 */
export const EXPORT_PAGE = 500;

function ifMatchVersion(
  header: string | undefined,
  id: string,
  currentVersion: () => Promise<number | undefined>,
) {
  const parsed = versionFromIfMatch(header, id);
  if (parsed.kind === 'missing') {
    throw new ProblemError(428, {
      zh: '请在 If-Match 请求头中给出读取时的 ETag，以免覆盖他人同时所作的修改。',
      en: 'Send If-Match with the ETag you read, so a concurrent change is not overwritten.',
    });
  }
  if (parsed.kind === 'other') {
    throw new ProblemError(412, {
      zh: 'If-Match 给出的不是这条数据的任何版本。',
      en: 'If-Match does not name this observation at any version.',
    });
  }
  return parsed.kind === 'version' ? Promise.resolve(parsed.version) : currentVersion();
}

/** Whether a stored or new figure is a target's own (its series key is the target's id). */
const isTargetFigure = (row: { indicatorId: string; targetId?: string | null | undefined }) =>
  Boolean(row.targetId) || row.indicatorId.startsWith('T-');

/**
 * Throws 403 naming the token's scope when the row is outside it (or the benchmark region's).
 * A target's figure is confined by the scope's regions (its indicator lists do not name targets)
 * and by the token's unit: only the unit leading or cooperating on the target writes it.
 */
async function refuseOutsideScope(
  c: Context<AppEnv>,
  deps: AppDeps,
  row: { indicatorId: string; region: string; targetId?: string | null | undefined },
) {
  const target = isTargetFigure(row);
  const refusal = scopeRefusal(
    c.get('principal'),
    c.get('plan').plan,
    target ? { region: row.region } : row,
  );
  if (refusal) throw new ProblemError(403, refusal);
  if (target) await assertUnitMayWrite(c, deps, row.indicatorId);
  else await assertUnitMayWriteIndicator(c, deps, row.indicatorId);
}

/**
 * The problems of a figure: an indicator's by the indicator's rules, a target's by the target's
 * (checkObservation with the plan's targets; a 每个旗区 target's region must be a district).
 */
function figureProblems(
  c: Context<AppEnv>,
  input: {
    indicatorId?: string | undefined;
    targetId?: string | undefined;
    region?: string | undefined;
    value?: ObservationInput['value'] | undefined;
  },
) {
  const context = c.get('plan');
  const targets = context.catalogue?.targets ?? [];
  const problems = checkObservation(context.plan, input, { targets });
  // A target linked to an indicator takes the indicator's figures: a well-formed request for the wrong series.
  const linked = problems.find((problem) => problem.code === 'target-has-indicator');
  if (linked)
    throw new ProblemError(
      422,
      {
        zh: `${linked.messageZh}。`,
        en: `${linked.message.charAt(0).toUpperCase()}${linked.message.slice(1)}.`,
      },
      { errors: [linked] },
    );
  return problems;
}

/** Throws the store's refusal of a write (the plan's rows, demo ↔ official) as a problem. */
function refuseWrite(...args: Parameters<typeof observationWriteRefusal>) {
  const refusal = observationWriteRefusal(...args);
  if (refusal) throw new ProblemError(refusal.status, refusal.detail);
}

/** The URL of an observation, under the plan's path when the request came that way. */
function observationUrl(c: Context<AppEnv>, id: string): string {
  const planId = c.req.param('planId');
  return planId === undefined
    ? `/api/v1/observations/${id}`
    : `/api/v1/plans/${encodeURIComponent(planId)}/observations/${id}`;
}

/** A natural-key conflict as 409, with Location naming the observation already there. */
function conflictAsProblem(c: Context<AppEnv>, error: unknown): never {
  if (error instanceof ConflictError) {
    throw new ProblemError(409, sentence(error.messages), {
      headers: error.existingId ? { location: observationUrl(c, error.existingId) } : {},
    });
  }
  throw error;
}

export function registerObservationRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  /** The observations of the request's plan. */
  const storeOf = (c: Context<AppEnv>) => deps.store.forPlan(c.get('plan').id);

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/observations',
      operationId: 'listObservations',
      tags: ['Observations'],
      summary: 'List observations, a page at a time; or export them all as CSV or XLSX',
      description: [
        'Official figures only unless includeIllustrative=true. The list comes a page at a time:',
        `at most \`limit\` items (default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT}); while \`nextCursor\``,
        'is not null, ask again with `cursor=<nextCursor>` and the same filters and sort (the `Link`',
        'header names that URL). `format=csv` or `format=xlsx` streams every matching row instead',
        '(no `limit` or `cursor`). Unknown query parameters are refused with 400 naming them.',
        'The ETag follows the store’s data version: `If-None-Match` answers 304 without reading the rows.',
      ].join(' '),
      request: { query: ObservationQuery },
      responses: {
        200: {
          description: 'A page of observations in the requested order, or the whole export',
          headers: {
            ETag: requiredEtag,
            Link: {
              description: 'rel="next": the URL of the next page, while there is one',
              schema: { type: 'string' },
            },
          },
          content: {
            'application/json': {
              schema: z.object({
                items: z.array(Observation),
                nextCursor: z
                  .string()
                  .nullable()
                  .describe('Pass as `cursor` for the next page; null on the last page'),
                dataVersion: z.number(),
                sourceLabels: z
                  .record(z.string(), LocalizedText)
                  .describe(
                    'Each source of the listed items as a reader is shown it (sourceLabel of @plan/observations): plan → 规划文本, demo → 示例数据, predecessor-plan → 上期规划, import → 表格导入, api → 在线填报; a source a person named, as given',
                  ),
              }),
            },
            ...spreadsheetContent,
          },
        },
        304: notModifiedResponse,
        ...problems(400, 401),
      },
    },
    async (c) => {
      const { limit, cursor, format, ...query } = c.req.valid('query');
      // Exports need a token (apps/api/README.md, "Who may do what"); the paged list does not.
      if (format === 'csv' || format === 'xlsx') assertRole(c.get('principal'), 'viewer');
      if ((format === 'csv' || format === 'xlsx') && (limit !== undefined || cursor !== undefined))
        throw new ProblemError(
          400,
          {
            zh: '导出包含全部符合条件的行：请去掉 limit 和 cursor。',
            en: 'An export holds every matching row: leave out limit and cursor.',
          },
          {
            errors: [
              {
                path: limit !== undefined ? 'query.limit' : 'query.cursor',
                message: 'not with format',
              },
            ],
          },
        );
      const filter = {
        ...query,
        sort: query.sort ?? 'indicator',
        includeIllustrative: query.includeIllustrative === 'true',
      };
      const store = storeOf(c);
      const version = await deps.store.dataVersion();
      const planId = c.get('plan').id;
      const etag = listEtag(version, [
        filter,
        limit ?? null,
        cursor ?? null,
        format ?? 'json',
        planId,
      ]);
      const unchanged = notModified(c, etag);
      if (unchanged) return unchanged as never;
      const after = cursor === undefined ? undefined : decodeCursor(JSON.stringify(filter), cursor);
      if (format === 'csv' || format === 'xlsx') {
        async function* pages() {
          let key = after;
          for (;;) {
            const page = await store.listObservations({
              ...filter,
              after: key,
              limit: EXPORT_PAGE,
            });
            if (page.length > 0) yield page;
            const last = page.at(-1);
            if (page.length < EXPORT_PAGE || !last) return;
            key = sortKey(filter.sort, last);
            // Let waiting requests in between pages (SQLite reads are synchronous).
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
        return streamObservations(c.get('plan').plan, pages(), format, {
          etag,
          'cache-control': 'no-cache',
        }) as never;
      }
      const size = limit ?? DEFAULT_LIMIT;
      const rows = await store.listObservations({ ...filter, after, limit: size + 1 });
      const items = rows.slice(0, size);
      const last = items.at(-1);
      const nextCursor =
        rows.length > size && last
          ? encodeCursor(JSON.stringify(filter), sortKey(filter.sort, last))
          : null;
      const headers: Record<string, string> = { etag };
      if (nextCursor) {
        const next = new URL(c.req.url);
        next.searchParams.set('cursor', nextCursor);
        headers.link = `<${next.pathname}${next.search}>; rel="next"`;
      }
      const sourceLabels = Object.fromEntries(
        [...new Set(items.map((item) => item.source))].map((source) => [
          source,
          sourceLabel(source),
        ]),
      );
      const body = { items, nextCursor, dataVersion: version, sourceLabels };
      return cacheableResponse(c, JSON.stringify(body), {
        etag,
        headers,
      }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/observations',
      tags: ['Observations'],
      summary:
        'Record an observed value (editor): an indicator’s figure, or a target’s own (targetId)',
      description:
        'Give `indicatorId` for an indicator’s figure, or `targetId` for a quantified target’s own figure (a plain number in the target’s printed unit: level → the value now; cumulative → done so far since the plan’s start; per-旗区 → that district’s figure, region = the district; other per-unit → the least unit’s value; pace → the year’s change). A target linked to an indicator takes the indicator’s figures: its targetId is refused (422 naming the indicator). A token reporting for a unit (scope.unit) writes only figures of targets its unit leads or cooperates on, and indicator figures only of indicators such a target is linked to (403 naming the item and the unit). A token confined to regions (see POST /api/v1/tokens) writes only inside its scope (403 naming it otherwise); the benchmark region’s figures are an admin’s. A district’s (region-scoped) figure is recorded `approval: "submitted"` and counts in assessments once the city approves it; every other figure is `"approved"`.',
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
        ...problems(400, 401, 403, 409, 413, 415, 422, 429),
      },
    },
    async (c) => {
      const input = c.req.valid('json');
      const { plan } = c.get('plan');
      const errors = figureProblems(c, input);
      if (errors.length > 0)
        throw new ProblemError(
          400,
          {
            zh: `这条数据与其${input.targetId === undefined ? '指标' : '目标'}或地区不符。`,
            en: `The observation does not fit its ${input.targetId === undefined ? 'indicator' : 'target'} or region.`,
          },
          { errors },
        );
      const principal = c.get('principal');
      const observation = toNewObservation(plan, input);
      refuseWrite(principal?.role ?? 'viewer', { action: 'create', source: observation.source });
      await refuseOutsideScope(c, deps, observation);
      try {
        const stored = await storeOf(c).createObservation(observation, actorOf(principal), null, {
          approval: approvalOfWrite(principal, plan),
        });
        return c.json(stored, 201, {
          etag: observationEtag(stored.id, stored.version),
          location: observationUrl(c, stored.id),
        });
      } catch (error) {
        if (error instanceof ConflictError) {
          throw new ProblemError(409, sentence(error.messages), {
            headers: error.existingId ? { location: observationUrl(c, error.existingId) } : {},
          });
        }
        throw error;
      }
    },
  );

  // Registered before /observations/{id}, which would otherwise take "illustrative" for an id.
  openapiForPlans(
    {
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
    },
    async (c) => {
      const removed = await storeOf(c).deleteIllustrative(actorOf(c.get('principal')));
      return c.json({ removed }, 200);
    },
  );
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/observations/{id}',
      tags: ['Observations'],
      summary: 'One observation, with its ETag for a later If-Match',
      request: { params: IdParam },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The observation',
          content: { 'application/json': { schema: Observation } },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const observation = await storeOf(c).getObservation(id);
      if (!observation) throw new ProblemError(404, noObservation(id));
      return cacheableResponse(c, JSON.stringify(observation), {
        etag: observationEtag(observation.id, observation.version),
      }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'patch',
      path: '/api/v1/observations/{id}',
      tags: ['Observations'],
      summary:
        'Correct an observation (editor); needs If-Match, answers 412 if it changed meanwhile',
      description:
        'The plan\'s own rows (source "plan") cannot be changed (403), nor rows outside the token\'s scope (403 naming it). A district (region-scoped) token cannot change an approved figure (409: the city returns it first); its correction of a submitted or returned figure submits it again. Moving a figure between illustrative (source "demo") and official is an admin act and needs a reason, kept in the history (403 for an editor, 400 without a reason). A new source that gives a second value for the same indicator, region and date answers 409 naming the observation already there.',
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
        ...problems(400, 401, 403, 404, 409, 412, 428, 429),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const patch = c.req.valid('json');
      const store = storeOf(c);
      const { plan } = c.get('plan');
      const current = await store.getObservation(id);
      if (!current) throw new ProblemError(404, noObservation(id));
      const principal = c.get('principal');
      refuseWrite(principal?.role ?? 'viewer', {
        action: 'update',
        current,
        source: patch.source,
        reason: patch.reason,
      });
      await refuseOutsideScope(c, deps, current);
      const correction = approvalOfCorrection(principal, plan, current.approval);
      if ('refused' in correction) throw new ProblemError(409, correction.refused);
      const expected = await ifMatchVersion(
        c.req.header('if-match'),
        id,
        async () => current.version,
      );
      if (patch.value !== undefined && isTargetFigure(current)) {
        const errors = figureProblems(c, {
          targetId: current.indicatorId,
          region: current.region,
          value: patch.value,
        });
        if (errors.length > 0)
          throw new ProblemError(
            400,
            { zh: '新数值与目标不符。', en: 'The new value does not fit the target.' },
            { errors },
          );
      } else if (patch.value !== undefined) {
        const indicator = planIndicator(plan, current.indicatorId);
        const errors = checkObservation(plan, {
          indicatorId: current.indicatorId,
          region: current.region,
          value: patch.value,
        });
        if (!indicator || errors.length > 0)
          throw new ProblemError(
            400,
            { zh: '新数值与指标不符。', en: 'The new value does not fit the indicator.' },
            { errors },
          );
      }
      const result = await store
        .updateObservation(
          id,
          expected ?? current.version,
          patch,
          actorOf(principal),
          patch.reason ?? null,
          correction,
        )
        .catch((error: unknown) => conflictAsProblem(c, error));
      if (result.status === 'not_found') throw new ProblemError(404, noObservation(id));
      if (result.status === 'stale') {
        throw new ProblemError(
          412,
          {
            zh: `这条数据已更新到第 ${result.current.version} 版，请重新读取后再试。`,
            en: `The observation is at version ${result.current.version}; read it again and retry.`,
          },
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

  openapiForPlans(
    {
      method: 'delete',
      path: '/api/v1/observations/{id}',
      tags: ['Observations'],
      summary: 'Delete an observation (editor); needs If-Match; the history keeps the value',
      description:
        'The plan\'s own rows (source "plan") cannot be deleted (403), nor rows outside the token\'s scope (403 naming it); a district token cannot delete an approved figure (409).',
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
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const store = storeOf(c);
      const current = await store.getObservation(id);
      if (!current) throw new ProblemError(404, noObservation(id));
      const principal = c.get('principal');
      refuseWrite(principal?.role ?? 'viewer', { action: 'delete', current });
      await refuseOutsideScope(c, deps, current);
      const removal = approvalOfCorrection(principal, c.get('plan').plan, current.approval);
      if ('refused' in removal) throw new ProblemError(409, removal.refused);
      const expected = await ifMatchVersion(
        c.req.header('if-match'),
        id,
        async () => current.version,
      );
      const reason = c.req.valid('query').reason ?? null;
      const result = await store.deleteObservation(
        id,
        expected ?? current.version,
        actorOf(principal),
        reason,
      );
      if (result.status === 'not_found') throw new ProblemError(404, noObservation(id));
      if (result.status === 'stale') {
        throw new ProblemError(412, {
          zh: `这条数据已更新到第 ${result.current.version} 版，请重新读取后再试。`,
          en: `The observation is at version ${result.current.version}; read it again and retry.`,
        });
      }
      return c.body(null, 204);
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/observations/{id}/history',
      tags: ['Observations'],
      summary: 'Every revision of an observation: who, when, old, new, why (also after a delete)',
      description: 'Needs a token (any role): the history names the tokens that wrote.',
      security: bearer,
      middleware: [requireRole('viewer')] as const,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'Revisions, oldest first',
          content: { 'application/json': { schema: z.object({ items: z.array(Revision) }) } },
        },
        ...problems(400, 401, 404),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const items = await deps.store.history(id);
      // Another plan's observation is not found here. Revisions carry no plan of their own, so the
      // observation's indicator decides: one of the request's plan, or it is not this plan's.
      const first = items[0];
      const indicatorId = (first?.new ?? first?.old)?.indicatorId;
      const { plan } = c.get('plan');
      if (!plan.indicators.some((indicator) => indicator.id === indicatorId))
        throw new ProblemError(404, {
          zh: `本规划中从未有过编号为 ${id} 的数据。`,
          en: `No observation ${id} has ever existed in this plan.`,
        });
      return c.json({ items }, 200);
    },
  );
}
