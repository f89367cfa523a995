import { ConsistencyReport, type Lookups, Measure, Project, Target } from '@plan/projects';
import { z } from 'zod';
import { noProjects } from '../i18n/commonMessages.js';
import type { PlanContext } from '../plans/planRegistry.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';

const STATIC = 'public, max-age=300';

/** A lookup of @plan/projects that throws on unknown input, turned into a 404 or 400. */
function lookup<T>(find: () => T): T {
  try {
    return find();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ProblemError(error instanceof RangeError ? 404 : 400, message);
  }
}

/** The plan's lookups; a plan without projects has none to look up (404). */
function lookupsOf(context: PlanContext): Lookups {
  if (!context.lookups) throw new ProblemError(404, noProjects(context.id));
  return context.lookups;
}

export function registerProjectRoutes(openapiForPlans: OpenapiForPlans) {
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/projects',
      tags: ['Projects'],
      summary:
        'The plan’s major projects with their measures (in the Ordos plan the 20 of 附表1, 专栏1–20)',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Projects in order',
          content: { 'application/json': { schema: z.object({ items: z.array(Project) }) } },
        },
        304: notModifiedResponse,
      },
    },
    (c) => {
      const context = c.get('plan');
      const answer = context.staticAnswer('projects', () => ({
        items: context.catalogue?.projects ?? [],
      }));
      return cacheableResponse(c, answer.body, {
        etag: answer.etag,
        cacheControl: STATIC,
      }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/projects/{number}',
      tags: ['Projects'],
      summary: 'One project with its measures and the quantified targets of its box',
      request: { params: z.object({ number: z.coerce.number().int().min(1).max(999) }) },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The project',
          content: {
            'application/json': {
              schema: z.object({ project: Project, targets: z.array(Target) }),
            },
          },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    },
    (c) => {
      const { number } = c.req.valid('param');
      const lookups = lookupsOf(c.get('plan'));
      const project = lookup(() => lookups.projectByNumber(number));
      return cacheableResponse(
        c,
        JSON.stringify({ project, targets: lookups.targetsForProject(project.number) }),
        {
          cacheControl: STATIC,
        },
      ) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/measures/{id}',
      tags: ['Projects'],
      summary: 'One measure (工作举措), e.g. P07-M3',
      request: { params: z.object({ id: z.string() }) },
      responses: {
        200: {
          description: 'The measure',
          content: { 'application/json': { schema: Measure } },
          headers: { ETag: requiredEtag },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    },
    (c) => {
      const lookups = lookupsOf(c.get('plan'));
      const measure = lookup(() => lookups.measureById(c.req.valid('param').id));
      return cacheableResponse(c, JSON.stringify(measure), { cacheControl: STATIC }) as never;
    },
  );

  // GET /api/v1/targets (each target with its tracking status) is in tracking.ts.

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/consistency',
      tags: ['Projects'],
      summary:
        'The plan consistency report: where the plan contradicts itself or its tables, with both readings',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The report',
          content: { 'application/json': { schema: ConsistencyReport } },
        },
        304: notModifiedResponse,
        ...problems(404),
      },
    },
    (c) => {
      const context = c.get('plan');
      const report = context.consistency;
      if (!report)
        throw new ProblemError(404, {
          zh: `规划“${context.id}”没有一致性报告：它没有可与指标表核对的项目和目标。`,
          en: `The plan "${context.id}" has no consistency report: it has no projects and targets to check against its tables.`,
        });
      const answer = context.staticAnswer('consistency', () => report);
      return cacheableResponse(c, answer.body, {
        etag: answer.etag,
        cacheControl: STATIC,
      }) as never;
    },
  );
}
