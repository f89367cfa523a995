import { MeasureReport, MeasureReportInput } from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, listEtag, notModified } from './_lib/caching.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { bearer, notModifiedResponse, problems, requiredEtag } from './_lib/responses.js';
import { assertMayReport } from './_lib/unitWrite.js';

export const MeasureParam = z.object({
  id: z.string().min(1).max(100).describe('A measure id, e.g. P08-M2'),
});

/** 404 unless the plan has this measure. */
export function assertMeasure(c: Context<AppEnv>, id: string) {
  const context = c.get('plan');
  const known = (context.catalogue?.projects ?? []).some((project) =>
    project.measures.some((measure) => measure.id === id),
  );
  if (!known)
    throw new ProblemError(404, {
      zh: `规划“${context.id}”中没有举措“${id}”。`,
      en: `No measure "${id}" in the plan "${context.id}".`,
    });
}

/** The URL of a report, under the plan's path when the request came that way. */
function reportsUrl(c: Context<AppEnv>, measureId: string): string {
  const planId = c.req.param('planId');
  const base = planId === undefined ? '/api/v1' : `/api/v1/plans/${encodeURIComponent(planId)}`;
  return `${base}/measures/${encodeURIComponent(measureId)}/reports`;
}

export function registerMeasureReportRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  const storeOf = (c: Context<AppEnv>) => deps.store.forPlan(c.get('plan').id);

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/measures/{id}/reports',
      operationId: 'listMeasureReports',
      tags: ['Tracking'],
      summary: 'A measure’s progress reports, oldest first, each with its evidence',
      request: { params: MeasureParam },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The reports',
          content: {
            'application/json': { schema: z.object({ items: z.array(MeasureReport) }) },
          },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      assertMeasure(c, id);
      const etag = listEtag(await deps.store.dataVersion(), [c.get('plan').id, 'reports', id]);
      const unchanged = notModified(c, etag);
      if (unchanged) return unchanged as never;
      const items = await storeOf(c).listMeasureReports({ measureId: id });
      return cacheableResponse(c, JSON.stringify({ items }), { etag }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/measures/{id}/reports',
      operationId: 'addMeasureReport',
      tags: ['Tracking'],
      summary:
        'Report progress on a measure for a period (editor): status, optional percent, narrative in Chinese, a deliverable',
      description:
        'A token reporting for a unit (scope.unit) reports only on measures its unit leads or cooperates on (403 naming the measure and the unit otherwise); the report records that unit. The bureau’s editors and admins (no unit) may report on any measure. Evidence is attached afterwards (POST …/reports/{reportId}/evidence).',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: MeasureParam,
        body: {
          required: true,
          content: {
            'application/json': {
              schema: MeasureReportInput,
              example: {
                period: '2024',
                status: 'on_track',
                percent: 60,
                narrative: '已完成全市中小学校舍安全排查，整改方案已报市政府。',
              },
            },
          },
        },
      },
      responses: {
        201: {
          description: 'The stored report; Location names the measure’s reports',
          content: { 'application/json': { schema: MeasureReport } },
        },
        ...problems(400, 401, 403, 404, 429),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      assertMeasure(c, id);
      await assertMayReport(c, deps, id);
      const principal = c.get('principal');
      const report = await storeOf(c).addMeasureReport(
        { ...input, measureId: id, unit: principal?.scope?.unit ?? null },
        actorOf(principal),
      );
      return c.json(report, 201, { location: reportsUrl(c, id) });
    },
  );
}
