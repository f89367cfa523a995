import { reportKinds } from '@plan/scoring';
import { z } from 'zod';
import type { AppDeps, ReportDocumentRequest } from '../appTypes.js';
import { requestLanguage } from '../i18n/requestLanguage.js';
import { Problem, ProblemError } from '../problem.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { problems } from './_lib/responses.js';

const FORMATS = ['docx', 'pdf', 'html', 'md', 'xlsx'] as const;

const ReportQuery = z.object({
  format: z
    .enum(FORMATS)
    .default('docx')
    .describe('docx (Word, laid out after GB/T 9704), pdf (print of the HTML), html, md or xlsx'),
  kind: z
    .enum(reportKinds)
    .optional()
    .describe(
      'annual (年度监测), midterm (中期评估) or final (总结评估); default: final once the plan has ended, else annual',
    ),
  period: z
    .string()
    .regex(/^(?:\d{4}|midterm|final)$/)
    .optional()
    .describe('The year (YYYY) of an annual report; midterm or final'),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .describe('The day to judge; default: the kind’s own day (never after today)'),
  unit: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('The reporting unit (填报单位) for the cover; without it the cover reads （未填写）'),
  includeIllustrative: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: use the illustrative demo figures too (marked 示例数据 throughout)'),
});

/** RFC 5987 ext-value: percent-encodes all but attr-char. */
const extValue = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * GET /api/v1/report: the report as a document to file (DOCX, PDF, HTML, Markdown or XLSX),
 * written by the renderer the server was given (`plan serve` gives the CLI's), so the API does
 * not depend on the CLI. 501 when the server has none.
 */
export function registerReportDocumentRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/report',
      operationId: 'reportDocument',
      tags: ['Assessments'],
      summary:
        'Download the report (年度监测报告, 中期评估报告 or 总结评估报告) as DOCX, PDF, HTML, Markdown or XLSX',
      description:
        'The report of the plan for a kind and period (each kind has its time base: annual YYYY judges that year’s end, midterm the middle year’s end, final the plan’s last day): ' +
        'cover with the reporting unit, kind, period and dates; table of contents; page numbers; numbered tables and figures with their sources; the written sections 成效、问题、下一步 (stored, else a draft marked 草稿). ' +
        'In the request’s language (?lang= or Accept-Language). 501 when the server was started without a report renderer.',
      request: { query: ReportQuery },
      responses: {
        200: {
          description: 'The report file',
          headers: {
            'Content-Disposition': {
              description: 'attachment; filename="ordos-2021-2025-final-final.docx"',
              schema: { type: 'string' },
              required: true,
            },
          },
          content: Object.fromEntries(
            [
              'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
              'application/pdf',
              'text/html',
              'text/markdown',
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            ].map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
          ),
        },
        ...problems(400, 422),
        501: {
          description: 'The server was started without a report renderer (plan serve gives one)',
          content: { 'application/problem+json': { schema: Problem } },
        },
      },
    },
    async (c) => {
      const render = deps.renderReport;
      if (!render)
        throw new ProblemError(501, {
          zh: '本服务器未配置报告生成：请用 plan serve 启动，或用 plan report 命令生成报告。',
          en: 'This server writes no report documents: start it with plan serve, or write the report with plan report.',
        });
      const query = c.req.valid('query');
      const request: ReportDocumentRequest = {
        format: query.format,
        plan: c.get('plan').id,
        lang: requestLanguage(c),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.period ? { period: query.period } : {}),
        ...(query.asOf ? { asOf: query.asOf } : {}),
        ...(query.unit ? { unit: query.unit } : {}),
        ...(query.includeIllustrative === 'true' ? { includeIllustrative: true } : {}),
      };
      let document: Awaited<ReturnType<typeof render>>;
      try {
        document = await render(request);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        throw new ProblemError(
          422,
          {
            zh: `报告期不在规划期内或与报告类型不符：${error.message}`,
            en: `The report period does not fit the plan or the kind: ${error.message}`,
          },
          { errors: [{ path: 'query.period', message: error.message }] },
        );
      }
      return c.body(document.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': document.mediaType,
        'content-disposition': `attachment; filename="${document.filename}"; filename*=UTF-8''${extValue(document.filename)}`,
        'cache-control': 'no-cache',
      }) as never;
    },
  );
}
