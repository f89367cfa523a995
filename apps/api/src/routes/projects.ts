import { createRoute } from '@hono/zod-openapi';
import { isIndicatorId } from '@plan/indicators';
import {
  ConsistencyReport,
  Measure,
  measureById,
  ordosConsistencyReport,
  ordosProjects,
  ordosTargets,
  Project,
  projectByNumber,
  Target,
  targetsForProject,
} from '@plan/projects';
import { z } from 'zod';
import type { App } from '../appTypes.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, staticJson } from './_lib/caching.js';
import { notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';

const STATIC = 'public, max-age=300';
const projectsBody = staticJson({ items: ordosProjects });
const consistencyBody = staticJson(ordosConsistencyReport);

/** A lookup of @plan/projects that throws on unknown input, turned into a 404 or 400. */
function lookup<T>(find: () => T): T {
  try {
    return find();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ProblemError(error instanceof RangeError ? 404 : 400, message);
  }
}

export function registerProjectRoutes(app: App) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/projects',
      tags: ['Projects'],
      summary: 'The 20 major projects (附表1, 专栏1–20) with their measures',
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Projects in order',
          content: { 'application/json': { schema: z.object({ items: z.array(Project) }) } },
        },
        304: notModifiedResponse,
      },
    }),
    (c) =>
      cacheableResponse(c, projectsBody.body, {
        etag: projectsBody.etag,
        cacheControl: STATIC,
      }) as never,
  );

  app.openapi(
    createRoute({
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
    }),
    (c) => {
      const { number } = c.req.valid('param');
      const project = lookup(() => projectByNumber(number));
      return cacheableResponse(
        c,
        JSON.stringify({ project, targets: targetsForProject(project.number) }),
        {
          cacheControl: STATIC,
        },
      ) as never;
    },
  );

  app.openapi(
    createRoute({
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
    }),
    (c) => {
      const measure = lookup(() => measureById(c.req.valid('param').id));
      return cacheableResponse(c, JSON.stringify(measure), { cacheControl: STATIC }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/targets',
      tags: ['Projects'],
      summary:
        'The quantified targets of the plan’s text, filtered by indicator, deadline year or project',
      request: {
        query: z.object({
          indicatorId: z.string().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
          project: z.coerce.number().int().min(1).optional(),
        }),
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'Targets in the order of the text',
          content: { 'application/json': { schema: z.object({ items: z.array(Target) }) } },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    }),
    (c) => {
      const { indicatorId, year, project } = c.req.valid('query');
      if (indicatorId !== undefined && !isIndicatorId(indicatorId)) {
        throw new ProblemError(400, `Unknown indicator "${indicatorId}".`, {
          errors: [{ path: 'query.indicatorId', message: `unknown indicator "${indicatorId}"` }],
        });
      }
      const inProject =
        project === undefined
          ? undefined
          : new Set(lookup(() => targetsForProject(project)).map((t) => t.id));
      const items = ordosTargets.filter(
        (target) =>
          (indicatorId === undefined || target.indicatorId === indicatorId) &&
          (year === undefined || target.deadline.year === year) &&
          (inProject === undefined || inProject.has(target.id)),
      );
      return cacheableResponse(c, JSON.stringify({ items }), { cacheControl: STATIC }) as never;
    },
  );

  app.openapi(
    createRoute({
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
      },
    }),
    (c) =>
      cacheableResponse(c, consistencyBody.body, {
        etag: consistencyBody.etag,
        cacheControl: STATIC,
      }) as never,
  );
}
