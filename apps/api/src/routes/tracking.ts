import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { noProjects } from '../i18n/commonMessages.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, listEtag, notModified } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import type { planTracker } from './_lib/planTracking.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { trackedMeasures, trackedTargets } from './_lib/trackedItems.js';
import {
  AsOfQuery,
  ReportingCycle,
  RollUp,
  TrackedMeasure,
  TrackedTarget,
} from './_lib/trackingSchemas.js';

export type Tracker = ReturnType<typeof planTracker>;

/** The day a read judges as of: the query's, else today on the server's clock. */
export const asOfOf = (deps: AppDeps, asOf: string | undefined) =>
  asOf ?? deps.clock().toISOString().slice(0, 10);

/**
 * A read that follows the data version: 304 when the client has this version of this query,
 * else the body `answer` builds, tagged with it.
 */
export async function trackedRead(
  c: Context<AppEnv>,
  deps: AppDeps,
  query: unknown,
  answer: () => Promise<unknown>,
  contentType?: string,
): Promise<Response> {
  const version = await deps.store.dataVersion();
  const etag = listEtag(version, [c.get('plan').id, query]);
  const unchanged = notModified(c, etag);
  if (unchanged) return unchanged;
  const answered = await answer();
  const body = typeof answered === 'string' ? answered : JSON.stringify(answered);
  // A write landed while answering: which version the body shows is not known, so it is tagged by
  // its content rather than by a version it may not be.
  const current = (await deps.store.dataVersion()) === version;
  return cacheableResponse(c, body, {
    ...(current ? { etag } : {}),
    ...(contentType ? { contentType } : {}),
  });
}

export function registerTrackingRoutes(
  openapiForPlans: OpenapiForPlans,
  deps: AppDeps,
  track: Tracker,
) {
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/targets',
      operationId: 'listTargets',
      tags: ['Tracking'],
      summary:
        'The quantified targets of the plan’s text, each with how it stands as of a day (status 已完成/按计划推进/存在风险/逾期未完成/未报告), filtered by indicator, deadline year or project',
      description:
        'All targets (150 in the Ordos plan) in the order of the text. A level target linked to an indicator is judged from the indicator’s approved figures; every other target from its own figures (POST /observations with targetId). `owner` is the responsibility list’s (the target’s own, else its measure’s). The ETag follows the data version.',
      request: {
        query: z.object({
          asOf: AsOfQuery,
          indicatorId: z.string().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          project: z.coerce.number().int().min(1).optional(),
        }),
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Targets in the order of the text',
          content: {
            'application/json': {
              schema: z.object({ asOf: z.string(), items: z.array(TrackedTarget) }),
            },
          },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const { indicatorId, year, project } = query;
      const context = c.get('plan');
      if (
        indicatorId !== undefined &&
        !context.plan.indicators.some((indicator) => indicator.id === indicatorId)
      )
        throw new ProblemError(
          400,
          { zh: `未知的指标“${indicatorId}”。`, en: `Unknown indicator "${indicatorId}".` },
          {
            errors: [{ path: 'query.indicatorId', message: `unknown indicator "${indicatorId}"` }],
          },
        );
      let inProject: Set<string> | undefined;
      if (project !== undefined) {
        if (!context.lookups) throw new ProblemError(404, noProjects(context.id));
        const lookups = context.lookups;
        try {
          inProject = new Set(lookups.targetsForProject(project).map((target) => target.id));
        } catch (error) {
          throw new ProblemError(404, error instanceof Error ? error.message : String(error));
        }
      }
      const asOf = asOfOf(deps, query.asOf);
      return (await trackedRead(
        c,
        deps,
        ['targets', asOf, indicatorId, year, project],
        async () => {
          const targets = (context.catalogue?.targets ?? []).filter(
            (target) =>
              (indicatorId === undefined || target.indicatorId === indicatorId) &&
              (year === undefined || target.deadline.year === year) &&
              (inProject === undefined || inProject.has(target.id)),
          );
          return { asOf, items: trackedTargets(targets, await track(context, asOf)) };
        },
      )) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/measures',
      operationId: 'listMeasures',
      tags: ['Tracking'],
      summary:
        'Every measure (工作举措) of the plan’s projects with its status, owner and latest report as of a day',
      description:
        'All measures (91 in the Ordos plan). A measure with targets takes its status from them; one without (出台《…》, 制定…方案) from its latest report; a reported status that contradicts the targets is kept and flagged in `conflict`. `project` filters by project number.',
      request: {
        query: z.object({
          asOf: AsOfQuery,
          project: z.coerce.number().int().min(1).optional(),
        }),
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Measures by project, in order',
          content: {
            'application/json': {
              schema: z.object({
                asOf: z.string(),
                cycle: ReportingCycle,
                items: z.array(TrackedMeasure),
                projects: z.array(
                  z
                    .object({ number: z.number().int(), rollUp: RollUp })
                    .meta({ id: 'ProjectRollUp' }),
                ),
                plan: z.object({ measures: RollUp, targets: RollUp }),
              }),
            },
          },
        },
        304: notModifiedResponse,
        ...problems(400),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const context = c.get('plan');
      const asOf = asOfOf(deps, query.asOf);
      return (await trackedRead(c, deps, ['measures', asOf, query.project], async () => {
        const basis = await track(context, asOf);
        const projects = (context.catalogue?.projects ?? []).filter(
          (project) => query.project === undefined || project.number === query.project,
        );
        return {
          asOf,
          cycle: basis.cycle,
          items: trackedMeasures(projects, basis),
          projects: basis.tracking.projects
            .filter((row) => query.project === undefined || row.number === query.project)
            .map((row) => ({ number: row.number, rollUp: row.rollUp })),
          plan: basis.tracking.plan,
        };
      })) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/reporting-cycle',
      operationId: 'getReportingCycle',
      tags: ['Tracking'],
      summary: 'How often units report on their measures: year (default), half or quarter',
      responses: {
        200: {
          description: 'The reporting cycle',
          content: { 'application/json': { schema: z.object({ cycle: ReportingCycle }) } },
        },
      },
    },
    async (c) =>
      c.json({ cycle: await deps.store.forPlan(c.get('plan').id).getReportingCycle() }, 200),
  );

  openapiForPlans(
    {
      method: 'put',
      path: '/api/v1/reporting-cycle',
      operationId: 'putReportingCycle',
      tags: ['Tracking'],
      summary:
        'Set the reporting cycle (admin): an item not updated within its cycle is listed for supervision',
      security: bearer,
      middleware: [requireRole('admin')] as const,
      request: {
        body: {
          required: true,
          content: {
            'application/json': { schema: z.object({ cycle: ReportingCycle }).strict() },
          },
        },
      },
      responses: {
        200: {
          description: 'The reporting cycle now',
          content: { 'application/json': { schema: z.object({ cycle: ReportingCycle }) } },
        },
        ...problems(400, 401, 403, 429),
      },
    },
    async (c) => {
      const { cycle } = c.req.valid('json');
      await deps.store
        .forPlan(c.get('plan').id)
        .setReportingCycle(cycle, actorOf(c.get('principal')));
      return c.json({ cycle }, 200);
    },
  );
}
