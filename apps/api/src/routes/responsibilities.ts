import { importFormatOf, readSheetRows } from '@plan/observations/rows';
import {
  ConflictError,
  DuplicateItemError,
  Responsibility,
  ResponsibilityInput,
  ResponsibilityRevision,
  readResponsibilityRows,
  UnknownUnitError,
} from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { chineseOf } from '../i18n/chineseOf.js';
import { NOT_CSV_OR_XLSX } from '../i18n/commonMessages.js';
import { sentence } from '../i18n/sentence.js';
import type { PlanContext } from '../plans/planRegistry.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, listEtag, notModified } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { BodyTooLargeError, readRequestBytes } from './_lib/readRequestBytes.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { RowProblem } from './imports.js';

/** The largest responsibility list file read (a plan has a few hundred items). */
export const RESPONSIBILITY_IMPORT_MAX_BYTES = 1024 * 1024;

const ItemParam = z.object({
  itemId: z.string().min(1).max(100).describe('A measure id (P08-M2) or a target id (T-P08-M2-1)'),
});

/** The ids of every item that can be assigned: the plan's measures and targets. */
function planItems(context: PlanContext): Set<string> {
  const items = new Set<string>();
  for (const project of context.catalogue?.projects ?? [])
    for (const measure of project.measures) items.add(measure.id);
  for (const target of context.catalogue?.targets ?? []) items.add(target.id);
  return items;
}

function assertItem(context: PlanContext, itemId: string) {
  if (!planItems(context).has(itemId))
    throw new ProblemError(404, {
      zh: `规划“${context.id}”中没有举措或目标“${itemId}”。`,
      en: `No measure or target "${itemId}" in the plan "${context.id}".`,
    });
}

export const ResponsibilityImportReport = z
  .object({
    dryRun: z.boolean(),
    ok: z.boolean().describe('false when any row has a problem: then nothing is written'),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    problems: z.array(RowProblem),
  })
  .meta({ id: 'ResponsibilityImportReport' });
type ResponsibilityImportReport = z.infer<typeof ResponsibilityImportReport>;

/**
 * The problem for a store error a write of the list can meet: 400 for an unknown unit or an
 * item named twice, 409 when another change to an item landed first (the writer reads again
 * and retries); anything else is not the request's fault and is thrown as it is.
 */
function writeProblem(error: unknown): unknown {
  if (error instanceof UnknownUnitError) return unknownUnitProblem(error);
  if (error instanceof DuplicateItemError) return new ProblemError(400, sentence(error.messages));
  if (error instanceof ConflictError)
    return new ProblemError(409, {
      zh: `${error.messages.zh}；未作改动。`,
      en: `${error.messages.en}; nothing changed.`,
    });
  return error;
}

function unknownUnitProblem(error: UnknownUnitError): ProblemError {
  return new ProblemError(400, sentence(error.messages), {
    errors: [{ path: 'units', message: error.messages }],
  });
}

export function registerResponsibilityRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const storeOf = (c: Context<AppEnv>) => deps.store.forPlan(c.get('plan').id);

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/responsibilities',
      operationId: 'listResponsibilities',
      tags: ['Tracking'],
      summary:
        'The responsibility list (责任清单): each assigned item’s lead unit (牵头单位) and cooperating units (配合单位)',
      description:
        'Only items the bureau has assigned; a target not listed takes its measure’s units. The plan names no units.',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Assignments by item',
          content: {
            'application/json': { schema: z.object({ items: z.array(Responsibility) }) },
          },
        },
        304: notModifiedResponse,
      },
    },
    async (c) => {
      const etag = listEtag(await deps.store.dataVersion(), [c.get('plan').id, 'responsibilities']);
      const unchanged = notModified(c, etag);
      if (unchanged) return unchanged as never;
      const items = await storeOf(c).listResponsibilities();
      return cacheableResponse(c, JSON.stringify({ items }), { etag }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'put',
      path: '/api/v1/responsibilities/{itemId}',
      operationId: 'putResponsibility',
      tags: ['Tracking'],
      summary:
        'Assign an item’s lead and cooperating units (admin); a reassignment is kept in the history with its reason',
      description:
        'A unit is named by its id and must exist (400 otherwise). When another change to the same item lands at the same moment, this one is refused with 409 and nothing is written: read the item again and retry.',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        params: ItemParam,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: ResponsibilityInput,
              example: {
                lead: 'basic-education-section',
                cooperating: ['development-planning-section'],
                reason: '局党组会议分工',
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'The assignment now',
          content: { 'application/json': { schema: Responsibility } },
        },
        ...problems(400, 401, 403, 404, 409, 429),
      },
    },
    async (c) => {
      const { itemId } = c.req.valid('param');
      const { reason, ...assignment } = c.req.valid('json');
      assertItem(c.get('plan'), itemId);
      try {
        const stored = await storeOf(c).putResponsibility(
          itemId,
          assignment,
          actorOf(c.get('principal')),
          reason ?? null,
        );
        return c.json(stored, 200);
      } catch (error) {
        throw writeProblem(error);
      }
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/responsibilities/{itemId}/history',
      operationId: 'responsibilityHistory',
      tags: ['Tracking'],
      summary: 'Every assignment of an item, oldest first: who, when, before, after, why',
      request: { params: ItemParam },
      responses: {
        200: {
          description: 'Revisions',
          content: {
            'application/json': { schema: z.object({ items: z.array(ResponsibilityRevision) }) },
          },
        },
        ...problems(400, 404),
      },
    },
    async (c) => {
      const { itemId } = c.req.valid('param');
      assertItem(c.get('plan'), itemId);
      return c.json({ items: await storeOf(c).responsibilityHistory(itemId) }, 200);
    },
  );

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/responsibilities/import',
      operationId: 'importResponsibilities',
      tags: ['Tracking'],
      summary:
        'Import the responsibility list from CSV or XLSX (admin): all or nothing, every problem with its row; dryRun=true writes nothing',
      description: `Columns: itemId (事项编号), lead (牵头单位), cooperating (配合单位: several separated by 、 or ;), optional reason (原因). A unit is named by its id or its Chinese name and must exist (POST /api/v1/units). Send the file as the body with Content-Type text/csv or the XLSX type; at most ${RESPONSIBILITY_IMPORT_MAX_BYTES} bytes. Any problem refuses the whole file (400 listing each row's; in a dry run, 200 with ok false) and nothing is written; so does another change to a listed item landing at the same moment (409: read the list again and retry).`,
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        query: z.object({ dryRun: z.enum(['true', 'false']).optional() }),
        body: {
          required: true,
          content: {
            'text/csv': {
              schema: z.string(),
              example:
                '事项编号,牵头单位,配合单位\nP08-M2,市教育局基础教育科,市发展改革委、市财政局\n',
            },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string(),
            },
          },
        },
      },
      responses: {
        200: {
          description: 'What the import wrote (or, in a dry run, would write)',
          content: { 'application/json': { schema: ResponsibilityImportReport } },
        },
        ...problems(400, 401, 403, 409, 413, 415, 422, 429),
      },
    },
    async (c) => {
      const dryRun = c.req.valid('query').dryRun === 'true';
      const format = importFormatOf(c.req.header('content-type'));
      if (!format) throw new ProblemError(415, NOT_CSV_OR_XLSX);
      let body: Uint8Array;
      try {
        body = await readRequestBytes(c.req.raw, { maxBytes: RESPONSIBILITY_IMPORT_MAX_BYTES });
      } catch (error) {
        if (error instanceof BodyTooLargeError)
          throw new ProblemError(413, {
            zh: `文件超过责任清单允许的 ${RESPONSIBILITY_IMPORT_MAX_BYTES} 字节。`,
            en: `The file is larger than the ${RESPONSIBILITY_IMPORT_MAX_BYTES} bytes a responsibility list may have.`,
          });
        throw error;
      }
      let sheet: Awaited<ReturnType<typeof readSheetRows>>;
      try {
        sheet = await readSheetRows(body, format);
      } catch (error) {
        // A fault of ours is not the file's.
        if (error instanceof TypeError || error instanceof ReferenceError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        const messageZh = chineseOf(message) ?? message;
        throw new ProblemError(
          422,
          { zh: `文件被拒绝：${messageZh}。`, en: `The file was refused: ${message}.` },
          { errors: [{ path: 'file', message, messageZh }] },
        );
      }
      const context = c.get('plan');
      const read = readResponsibilityRows(sheet, {
        items: planItems(context),
        units: await deps.store.units.list(),
      });
      const report = (
        outcome: { created: number; updated: number; unchanged: number },
        problemsFound = read.problems,
      ): ResponsibilityImportReport => ({
        dryRun,
        ok: problemsFound.length === 0,
        rows: Math.max(0, sheet.length - 1),
        ...outcome,
        problems: problemsFound,
      });
      const none = { created: 0, updated: 0, unchanged: 0 };
      if (read.problems.length > 0) {
        if (dryRun) return c.json(report(none), 200);
        throw new ProblemError(
          400,
          {
            zh: `导入被拒绝，未写入任何数据：共 ${read.problems.length} 个问题。`,
            en: `The import was refused and nothing was written: ${read.problems.length} problem(s).`,
          },
          {
            errors: read.problems.map((problem) => ({
              path: problem.row > 0 ? `rows.${problem.row}.${problem.column}` : 'file',
              message: { zh: problem.problemZh, en: problem.problem },
            })),
          },
        );
      }
      if (dryRun) {
        const current = new Map(
          (await storeOf(c).listResponsibilities()).map((row) => [row.itemId, row]),
        );
        const counts = { ...none };
        for (const row of read.rows) {
          const was = current.get(row.itemId);
          if (!was) counts.created++;
          else if (
            was.lead === row.lead &&
            JSON.stringify(was.cooperating) === JSON.stringify(row.cooperating)
          )
            counts.unchanged++;
          else counts.updated++;
        }
        return c.json(report(counts), 200);
      }
      try {
        const outcome = await storeOf(c).putResponsibilities(
          read.rows.map(({ itemId, lead, cooperating, reason }) => ({
            itemId,
            lead,
            cooperating,
            reason: reason ?? 'import',
          })),
          actorOf(c.get('principal')),
        );
        return c.json(report(outcome), 200);
      } catch (error) {
        throw writeProblem(error);
      }
    },
  );
}
