import {
  MeasureReport,
  MeasureReportInput,
  MeasureReportRevision,
  ReportedStatus,
  ReportPeriod,
  UnknownUnitError,
} from '@plan/store';
import type { Context } from 'hono';
import { z } from 'zod';
import { mayReadReport, reportChangeRefusal } from '../access/reportAccess.js';
import type { AppDeps, AppEnv } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { ProblemError } from '../problem.js';
import { cacheableResponse, listEtag, notModified } from './_lib/caching.js';
import { expectedVersion, staleProblem, versionEtag } from './_lib/expectedVersion.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import {
  bearer,
  etagHeader,
  notModifiedResponse,
  problems,
  requiredEtag,
} from './_lib/responses.js';
import { assertMayReport, assertUnitInService } from './_lib/unitWrite.js';

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

const ReportParams = MeasureParam.extend({
  reportId: z.string().min(1).max(100).describe('A report id, as POST …/reports answered'),
});

const REPORT = { zh: '报告', en: 'report' };

const Reason = z
  .string()
  .trim()
  .min(1)
  .max(1000)
  .describe('Why the report is replaced or withdrawn; kept in its history');

/** A report's new content, and why it changes. */
const MeasureReportReplacement = z
  .object({
    period: ReportPeriod,
    status: ReportedStatus,
    percent: MeasureReportInput.shape.percent,
    narrative: MeasureReportInput.shape.narrative,
    deliverable: MeasureReportInput.shape.deliverable,
    reason: Reason.optional(),
  })
  .strict()
  .meta({ id: 'MeasureReportReplacement' });

/** The same 404 for a report that is not there, is on another measure, or was withdrawn. */
const noReport = (measureId: string, reportId: string) =>
  new ProblemError(404, {
    zh: `举措 ${measureId} 没有编号为 ${reportId} 的报告。`,
    en: `No report ${reportId} on measure ${measureId}.`,
  });

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
      const report = await storeOf(c)
        .addMeasureReport(
          { ...input, measureId: id, unit: principal?.scope?.unit ?? null },
          actorOf(principal),
        )
        .catch((error: unknown) => {
          // The token's unit was retired (or is gone): it takes no new work.
          if (error instanceof UnknownUnitError)
            throw new ProblemError(403, {
              zh: `令牌“${principal?.name}”代表的责任单位 ${error.unitIds.join('、')} 已撤销或不存在，不能再报送报告。`,
              en: `The token "${principal?.name}" reports for unit ${error.unitIds.join(', ')}, which is retired or gone: it sends no more reports.`,
            });
          throw error;
        });
      return c.json(report, 201, { location: reportsUrl(c, id) });
    },
  );

  /**
   * The live report `reportId` on measure `id` and who may change it: 404 (the same for a report
   * that is not there, is another measure's or was withdrawn), 403 naming the author's scope.
   */
  async function reportToChange(c: Context<AppEnv>, id: string, reportId: string) {
    assertMeasure(c, id);
    const access = await storeOf(c).measureReportAccess(reportId);
    if (!access || access.measureId !== id || access.withdrawn) throw noReport(id, reportId);
    const refusal = reportChangeRefusal(c.get('principal'), c.get('plan').plan, access);
    if (refusal) throw new ProblemError(403, refusal);
    await assertUnitInService(c, deps);
    return access;
  }

  openapiForPlans(
    {
      method: 'put',
      path: '/api/v1/measures/{id}/reports/{reportId}',
      operationId: 'replaceMeasureReport',
      tags: ['Tracking'],
      summary:
        'Replace what a report says (editor of its unit, the bureau for its own reports, or an admin); needs If-Match',
      description:
        'A report sent with a mistake is corrected in place: period, status, percent, narrative and deliverable are replaced; its unit, reporter, time sent and evidence stay. Send If-Match: "<reportId>.v<version>" with the version you read (428 without it; 409 with the current ETag when it changed meanwhile, nothing written). Only the report’s author’s scope changes it: a unit’s token its unit’s reports, a city-bureau editor the bureau’s own, an admin any (403 otherwise). The report as it was is kept in its history (GET …/history) with the optional reason. A withdrawn report is not there (404).',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: ReportParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        body: {
          required: true,
          content: {
            'application/json': {
              schema: MeasureReportReplacement,
              example: {
                period: '2024',
                status: 'on_track',
                percent: 45,
                narrative: '已完成全市中小学校舍安全排查，整改方案已报市政府。',
                reason: '完成比例填错',
              },
            },
          },
        },
      },
      responses: {
        200: {
          headers: { ETag: requiredEtag },
          description: 'The report as it now reads',
          content: { 'application/json': { schema: MeasureReport } },
        },
        ...problems(400, 401, 403, 404, 409, 412, 428, 429),
      },
    },
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      const { reason, ...input } = c.req.valid('json');
      const access = await reportToChange(c, id, reportId);
      const expected = expectedVersion(c.req.header('if-match'), reportId, access.version, REPORT);
      const result = await storeOf(c).replaceMeasureReport(
        reportId,
        expected,
        input,
        actorOf(c.get('principal')),
        reason ?? null,
      );
      if (result.status === 'not_found') throw noReport(id, reportId);
      if (result.status === 'stale')
        throw staleProblem(reportId, result.current.version ?? access.version, REPORT);
      return c.json(result.report, 200, {
        etag: versionEtag(reportId, result.report.version ?? expected + 1),
      });
    },
  );

  openapiForPlans(
    {
      method: 'delete',
      path: '/api/v1/measures/{id}/reports/{reportId}',
      operationId: 'withdrawMeasureReport',
      tags: ['Tracking'],
      summary:
        'Withdraw a report (editor of its unit, the bureau for its own reports, or an admin); needs If-Match; kept, never erased',
      description:
        'A report sent by mistake is taken back: it leaves the measure’s reports, its status and the supervision list, and its evidence is no longer served (an admin still reads both, and its history). Nothing is erased: the report and who withdrew it, when and why, are kept. Same If-Match and author’s-scope rules as PUT. To correct a report instead, replace it (PUT) or send a new one.',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        params: ReportParams,
        headers: z.object({ 'if-match': z.string().optional() }),
        query: z.object({ reason: Reason.optional() }),
      },
      responses: {
        204: { description: 'Withdrawn' },
        ...problems(400, 401, 403, 404, 409, 412, 428, 429),
      },
    },
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      const { reason } = c.req.valid('query');
      const access = await reportToChange(c, id, reportId);
      const expected = expectedVersion(c.req.header('if-match'), reportId, access.version, REPORT);
      const result = await storeOf(c).withdrawMeasureReport(
        reportId,
        expected,
        actorOf(c.get('principal')),
        reason ?? null,
      );
      if (result.status === 'not_found') throw noReport(id, reportId);
      if (result.status === 'stale')
        throw staleProblem(reportId, result.current.version ?? access.version, REPORT);
      return c.body(null, 204) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/measures/{id}/reports/{reportId}/history',
      operationId: 'measureReportHistory',
      tags: ['Tracking'],
      summary:
        'A report’s replacements and withdrawal, oldest first (its author’s scope or an admin)',
      description:
        'Each change with the report before and after (null after a withdrawal), who made it, when and why; empty for a report never changed. Read by those who may change the report (its unit’s tokens, the bureau for its own reports) and by admins; a withdrawn report’s history by admins only (404 for others, as for a report that is not there).',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: { params: ReportParams },
      responses: {
        200: {
          headers: { ETag: etagHeader },
          description: 'The changes',
          content: {
            'application/json': {
              schema: z.object({ items: z.array(MeasureReportRevision) }),
            },
          },
        },
        ...problems(400, 401, 403, 404, 429),
      },
    },
    async (c) => {
      const { id, reportId } = c.req.valid('param');
      assertMeasure(c, id);
      const principal = c.get('principal');
      const access = await storeOf(c).measureReportAccess(reportId);
      if (!access || access.measureId !== id || !mayReadReport(principal, access))
        throw noReport(id, reportId);
      const refusal = reportChangeRefusal(principal, c.get('plan').plan, access);
      if (refusal) throw new ProblemError(403, refusal);
      const items = await storeOf(c).measureReportHistory(reportId);
      return c.json({ items }, 200, { etag: versionEtag(reportId, access.version) });
    },
  );
}
