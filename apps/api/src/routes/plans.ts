import { createRoute } from '@hono/zod-openapi';
import { LocalizedText } from '@plan/indicators';
import { readPlanWorkbook, type WorkbookIssue } from '@plan/plans/xlsx';
import { z } from 'zod';
import type { App } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import type { PlanContext, PlanRegistry } from '../plans/planRegistry.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, listEtag } from './_lib/caching.js';
import { PlanIdParam, resolvePlan } from './_lib/planScoped.js';
import { readRequestBytes } from './_lib/readRequestBytes.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';

const PlanListItem = z
  .object({
    id: z.string(),
    title: LocalizedText,
    period: z.object({ start: z.number().int(), end: z.number().int() }),
    baselineYear: z.number().int(),
    targetYear: z.number().int(),
    subjectRegion: z.string(),
    builtIn: z.boolean().describe('true for a plan built into the server (the Ordos plan)'),
    default: z
      .boolean()
      .describe('true for the plan the paths without /plans/{planId} serve (their alias)'),
    addedAt: z.string().nullable().describe('When the plan was added; null for a built-in plan'),
  })
  .meta({ id: 'PlanListItem' });

const PlanFileJson = z
  .record(z.string(), z.unknown())
  .describe(
    'A plan file (format "plan-file/1"): the JSON that parsePlan of @plan/plans reads; its JSON Schema is published by @plan/plans',
  );

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Where a workbook problem is, as a problem's path: the plan file's path, or the cell (`Indicators!C5`). */
function workbookPath(issue: WorkbookIssue): string {
  if (issue.path) return issue.path;
  const cell = `${issue.column ?? ''}${issue.row ?? ''}`;
  return cell ? `${issue.sheet}!${cell}` : issue.sheet;
}

/** Says where a workbook problem is in the words of the sheet, for the message. */
function workbookMessage(issue: WorkbookIssue): string {
  const at = [
    `sheet ${issue.sheet}`,
    issue.row === undefined ? '' : `row ${issue.row}`,
    issue.column === undefined ? '' : `column ${issue.column}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${at}: ${issue.message}`;
}

function listItem(context: PlanContext, defaultId: string): z.infer<typeof PlanListItem> {
  const { plan } = context;
  return {
    id: context.id,
    title: plan.title,
    period: plan.period,
    baselineYear: plan.baselineYear,
    targetYear: plan.targetYear,
    subjectRegion: plan.subjectRegion,
    builtIn: context.builtIn,
    default: context.id === defaultId,
    addedAt: context.addedAt,
  };
}

/** GET and POST /api/v1/plans, GET /api/v1/plans/{planId}: the plans of the deployment as files. */
export function registerPlansRoutes(
  app: App,
  registry: PlanRegistry,
  dataVersion: () => Promise<number>,
) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans',
      operationId: 'listPlans',
      tags: ['Plans'],
      summary: 'The plans of this deployment: the built-in Ordos plan and those added since',
      description:
        'Each plan’s resources are under /api/v1/plans/{planId}/… (indicators, projects, targets, observations, imports, assessments, milestones, consistency); the paths without /plans/{planId} serve the default plan. A short list: not paged.',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The plans, built-in first, then the added ones, oldest first',
          content: {
            'application/json': { schema: z.object({ items: z.array(PlanListItem) }) },
          },
        },
        304: notModifiedResponse,
      },
    }),
    async (c) => {
      const version = await dataVersion();
      const plans = await registry.list();
      const items = plans.map((plan) => listItem(plan, registry.defaultPlan.id));
      return cacheableResponse(c, JSON.stringify({ items }), {
        etag: listEtag(version, 'plans'),
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/plans',
      operationId: 'createPlan',
      tags: ['Plans'],
      summary:
        'Add a plan from its plan file or plan workbook (admin); dryRun=true checks it and writes nothing',
      description:
        'The body is a plan file (JSON), or the plan workbook (XLSX, as the template of @plan/plans/xlsx; not validated by the schema below, read by the handler). It is read by parsePlan of @plan/plans: an invalid file answers 400 listing every problem with its path in the file (`errors[].path`, e.g. `tables.0.indicators.3.values`), or for a workbook its sheet, row and column; an id already taken (a built-in plan’s too) answers 409. The plan is stored as a plan file with its baseline values (source "plan"). With dryRun=true the same checks run and nothing is written (200).',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        query: z.object({
          dryRun: z
            .enum(['true', 'false'])
            .optional()
            .describe('true: check the file and write nothing'),
        }),
        body: {
          required: true,
          content: {
            'application/json': { schema: PlanFileJson },
            [XLSX]: { schema: z.string().meta({ format: 'binary' }) },
          },
        },
      },
      responses: {
        200: {
          description: 'Dry run: the file is valid and its id free; nothing was written',
          content: {
            'application/json': { schema: z.object({ id: z.string(), dryRun: z.literal(true) }) },
          },
        },
        201: {
          description: 'The plan was added; Location names it',
          headers: { Location: { description: 'The plan’s URL', schema: { type: 'string' } } },
          content: {
            'application/json': { schema: z.object({ id: z.string(), dryRun: z.literal(false) }) },
          },
        },
        ...problems(400, 401, 403, 409, 413, 415, 429),
      },
    }),
    async (c) => {
      const dryRun = c.req.valid('query').dryRun === 'true';
      let file: unknown;
      if ((c.req.header('content-type') ?? '').toLowerCase().startsWith(XLSX)) {
        const read = await readPlanWorkbook(await readRequestBytes(c.req.raw));
        if ('issues' in read)
          throw new ProblemError(
            400,
            {
              zh: `规划工作簿有 ${read.issues.length} 个问题，各问题及其所在工作表、行、列见 errors。`,
              en: `The plan workbook has ${read.issues.length} problem(s); see errors for each, with its sheet, row and column.`,
            },
            {
              errors: read.issues.map((issue) => ({
                path: workbookPath(issue),
                message: workbookMessage(issue),
              })),
            },
          );
        file = read.file;
      } else {
        file = c.req.valid('json');
      }
      const outcome = await registry.add(file, actorOf(c.get('principal')), { dryRun });
      if ('kind' in outcome) {
        if (outcome.kind === 'taken')
          throw new ProblemError(
            409,
            {
              zh: `编号为“${outcome.id}”的规划已存在。`,
              en: `A plan with the id "${outcome.id}" already exists.`,
            },
            {
              headers: { location: `/api/v1/plans/${encodeURIComponent(outcome.id)}` },
            },
          );
        throw new ProblemError(
          400,
          {
            zh: `规划文件有 ${outcome.issues.length} 个问题，各问题及其在文件中的位置见 errors。`,
            en: `The plan file has ${outcome.issues.length} problem(s); see errors for each, with its path in the file.`,
          },
          {
            errors: outcome.issues.map((issue) => ({
              path: issue.path.join('.'),
              message: issue.message,
            })),
          },
        );
      }
      if (dryRun) return c.json({ id: outcome.id, dryRun: true as const }, 200);
      return c.json({ id: outcome.id, dryRun: false as const }, 201, {
        location: `/api/v1/plans/${encodeURIComponent(outcome.id)}`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/plans/{planId}',
      operationId: 'getPlanFile',
      tags: ['Plans'],
      summary:
        'One plan as its plan file: JSON that POST /api/v1/plans and parsePlan accept as it is',
      middleware: [resolvePlan(registry)] as const,
      request: { params: PlanIdParam },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The plan file',
          content: { 'application/json': { schema: PlanFileJson } },
        },
        304: notModifiedResponse,
        ...problems(404),
      },
    }),
    (c) => {
      const plan = c.get('plan');
      const answer = plan.staticAnswer('file', () => plan.file);
      return cacheableResponse(c, answer.body, { etag: answer.etag }) as never;
    },
  );
}
