import { type ImportTemplateFormat, importTemplate } from '@plan/observations/rows';
import { z } from 'zod';
import { ownerOf, unitOwns } from '../access/unitScope.js';
import type { AppDeps } from '../appTypes.js';
import type { PlanContext } from '../plans/planRegistry.js';
import { ProblemError } from '../problem.js';
import { IdOrName } from './_lib/idOrName.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { problems } from './_lib/responses.js';

const FORMATS = [
  'xlsx',
  'csv-utf8',
  'csv-gb18030',
] as const satisfies readonly ImportTemplateFormat[];

const TemplateQuery = z.object({
  format: z
    .enum(FORMATS)
    .default('xlsx')
    .describe(
      'xlsx (drop-down lists of the plan’s indicators, regions and targets), csv-utf8 (UTF-8 with a BOM: Excel’s “CSV UTF-8”) or csv-gb18030 (GBK’s bytes: Excel’s “CSV (逗号分隔)” on Chinese Windows)',
    ),
  region: IdOrName.optional().describe(
    'Prefill a row per indicator judged in this region: an id (dongsheng) or a 旗区 name (东胜区)',
  ),
  unit: IdOrName.optional().describe(
    'Prefill a row per target this unit leads or cooperates on (the responsibility list, 责任清单) that takes figures of its own; in `region` when given. A unit id, or its Chinese name',
  ),
});

/** RFC 5987 ext-value: percent-encodes all but attr-char (encodeURIComponent leaves ' ( ) * alone). */
const extValue = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** Content-Disposition of a template: the ASCII name for old clients, the Chinese one in filename* (RFC 6266). */
function disposition(filename: string, displayName: string): string {
  return `attachment; filename="${filename}"; filename*=UTF-8''${extValue(displayName)}`;
}

/** The targets with figures of their own (not linked to an indicator) that `unitId` is responsible for. */
async function targetsOfUnit(
  deps: AppDeps,
  context: PlanContext,
  unitText: string,
): Promise<string[]> {
  const units = await deps.store.units.list();
  const unit = units.find(
    (candidate) => candidate.id === unitText || candidate.nameZh === unitText,
  );
  if (!unit)
    throw new ProblemError(
      422,
      {
        zh: `没有单位“${unitText}”：请填写单位编号或名称（GET /api/v1/units 列出全部单位）。`,
        en: `No unit "${unitText}": give a unit id or its name (GET /api/v1/units lists them).`,
      },
      {
        errors: [
          {
            path: 'query.unit',
            message: { zh: `未知单位“${unitText}”`, en: `unknown unit "${unitText}"` },
          },
        ],
      },
    );
  const responsibilities = await deps.store.forPlan(context.id).listResponsibilities();
  const targets = context.catalogue?.targets ?? [];
  return targets
    .filter((target) => !target.indicatorId)
    .filter((target) => unitOwns(unit.id, ownerOf(target.id, responsibilities, targets)))
    .map((target) => target.id);
}

/**
 * GET /api/v1/observations/template: the import template officials fill in (XLSX with
 * drop-down lists, or CSV in UTF-8 or GB18030), prefilled for a district or a unit. Register
 * before the observation routes, so `template` is not read as an observation id.
 */
export function registerImportTemplateRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/observations/template',
      operationId: 'importTemplate',
      tags: ['Observations'],
      summary:
        'Download the import template (数据导入模板): XLSX or CSV (UTF-8 or GB18030), prefilled for a district or a unit',
      description:
        'The import’s columns under their Chinese headers (指标名称, 目标编号, 地区, 年份, 日期, 数值, 来源, 备注), which POST /api/v1/observations/import reads back; rows left without value, year and date are skipped there. ' +
        'The XLSX has drop-down lists of the plan’s indicator names, target ids and region names (sheet 列表) and instructions in Chinese and English (sheet 说明). ' +
        '`region` prefills a row per indicator judged in that region; `unit` a row per target the unit is responsible for (lead or cooperating, from the responsibility list) that takes figures of its own; both: the unit’s targets in that region. ' +
        'An unknown region or unit is answered 422 naming it. Content-Disposition gives an ASCII file name and the Chinese one (filename*, RFC 6266/5987).',
      request: { query: TemplateQuery },
      responses: {
        200: {
          description: 'The template file',
          headers: {
            'Content-Disposition': {
              description:
                'attachment; filename="observations-template-dongsheng.xlsx"; filename*=UTF-8\'\'<数据导入模板（东胜区）.xlsx, percent-encoded>',
              schema: { type: 'string' },
              required: true,
            },
            'X-Template-Rows': {
              description: 'Rows prefilled below the header',
              schema: { type: 'integer' },
              required: true,
            },
          },
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: { type: 'string', format: 'binary' },
            },
            'text/csv': { schema: { type: 'string', format: 'binary' } },
          },
        },
        ...problems(400, 422),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const context = c.get('plan');
      const targets =
        query.unit === undefined ? undefined : await targetsOfUnit(deps, context, query.unit);
      const planTargets = (context.catalogue?.targets ?? []).map((target) => ({
        id: target.id,
        kind: target.kind,
        unit: target.unit,
        ...(target.indicatorId ? { indicatorId: target.indicatorId } : {}),
      }));
      let template: Awaited<ReturnType<typeof importTemplate>>;
      try {
        template = await importTemplate(
          { ...context.plan, targets: planTargets },
          { format: query.format, region: query.region, targets },
        );
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        const region = query.region ?? '';
        throw new ProblemError(
          422,
          {
            zh: `没有地区“${region}”：请填写旗区名称（如 东胜区）或地区编号。`,
            en: `No region "${region}" in the plan: ${error.message}.`,
          },
          {
            errors: [
              { path: 'query.region', message: { zh: `未知地区“${region}”`, en: error.message } },
            ],
          },
        );
      }
      return c.body(template.bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': template.mediaType,
        'content-disposition': disposition(template.filename, template.displayName),
        'x-template-rows': String(template.rows),
        'cache-control': 'no-cache',
      }) as never;
    },
  );
}
