import { createHash } from 'node:crypto';
import type { Plan } from '@plan/indicators';
import { DEFAULT_IMPORT_LIMITS, importFormatOf } from '@plan/observations/rows';
import { ConflictError } from '@plan/store';
import { z } from 'zod';
import { approvalOfWrite } from '../access/approvalOfWrite.js';
import { describeScope, type ScopedWriter, scopeRefusal } from '../access/tokenScope.js';
import type { AppDeps } from '../appTypes.js';
import { actorOf, requireRole } from '../auth.js';
import { chineseOf, scopeZh } from '../i18n/chineseOf.js';
import { NOT_CSV_OR_XLSX } from '../i18n/commonMessages.js';
import { sentence } from '../i18n/sentence.js';
import { ProblemError } from '../problem.js';
import { readRowsOffLoop } from '../work/offLoop.js';
import { unpackObservations } from '../work/packedObservations.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { readRequestBytes } from './_lib/readRequestBytes.js';
import { bearer, problems } from './_lib/responses.js';

export const RowProblem = z
  .object({
    row: z
      .number()
      .int()
      .describe('Spreadsheet row: the header is row 1; 0 for the file as a whole'),
    column: z.string(),
    problem: z.string().describe('What is wrong, in English'),
    problemZh: z.string().describe('What is wrong, in Chinese'),
  })
  .meta({ id: 'RowProblem' });

export const ImportReport = z
  .object({
    dryRun: z.boolean(),
    ok: z.boolean().describe('false when any row has a problem: then nothing is written'),
    rows: z.number().int(),
    created: z
      .number()
      .int()
      .describe('New observations (in a dry run: that a real run would create)'),
    unchanged: z.number().int().describe('Rows equal to stored observations: left as they are'),
    encoding: z
      .enum(['utf-8', 'utf-8-bom', 'gb18030'])
      .nullable()
      .describe(
        'The text encoding the CSV was read in (detected: a BOM, else valid UTF-8, else GB18030/GBK as Excel saves on Chinese Windows); null for a workbook',
      ),
    blankRows: z
      .number()
      .int()
      .describe('Rows with no value, year or date (e.g. the unfilled rows of a template): skipped'),
    problems: z.array(RowProblem),
  })
  .meta({ id: 'ImportReport' });
export type ImportReport = z.infer<typeof ImportReport>;

const CSV_EXAMPLE =
  'indicator_id,region,year,date,value,source,note\nregular-exercise-share,ordos,2023,,44.1,statistics-bureau,\n';

/** An import that had rows outside the token's scope: nothing was written. */
class RowsOutsideScope extends Error {
  constructor(readonly rows: { path: string; message: { zh: string; en: string } }[]) {
    super(`${rows.length} row(s) outside the token's scope`);
  }
}

/**
 * The batches of an import, each row checked against the writer's scope as it passes: rows
 * outside are collected, and once every row has passed, the import is stopped (the store writes
 * one transaction, so nothing is kept) naming them all. Rows are named by what they hold (the
 * row numbers stay on the work thread that read the file).
 */
async function* insideScope<T extends { indicatorId: string; region: string; date: string }>(
  batches: Iterable<readonly T[]>,
  writer: ScopedWriter | undefined,
  plan: Plan,
): AsyncGenerator<readonly T[]> {
  const outside: { path: string; message: { zh: string; en: string } }[] = [];
  let index = 0;
  for (const batch of batches) {
    for (const row of batch) {
      index += 1;
      // A target's own figure (its id starts T-) is confined by the scope's regions only.
      const refusal = scopeRefusal(
        writer,
        plan,
        row.indicatorId.startsWith('T-') ? { region: row.region } : row,
      );
      if (refusal)
        outside.push({
          path: `rows[${index}]`,
          message: {
            zh: `${row.indicatorId}，${row.region}，${row.date}：${chineseOf(refusal) ?? refusal}`,
            en: `${row.indicatorId}, ${row.region}, ${row.date}: ${refusal}`,
          },
        });
    }
    if (outside.length === 0) yield batch;
  }
  if (outside.length > 0) throw new RowsOutsideScope(outside);
}

export function registerImportRoutes(openapiForPlans: OpenapiForPlans, deps: AppDeps) {
  openapiForPlans(
    {
      method: 'post',
      path: '/api/v1/observations/import',
      tags: ['Observations'],
      summary:
        'Import observations from CSV or XLSX (editor): all or nothing; dryRun=true reports row by row and writes nothing',
      description:
        'Columns: indicator_id (or target_id, for a quantified target’s own figure: a plain number in its unit; a target linked to an indicator takes the indicator’s figures), region (default: the subject region of the plan, ordos in the Ordos plan), year or date, value (63.5, a ratio 38:62, or parts secondary=59;higher=52), source, note. ' +
        'Send the file as the body with Content-Type text/csv or the XLSX type, or as the field "file" of multipart/form-data (not validated by the schema below, read by the handler). ' +
        'Rows equal to stored ones are left alone, so re-sending an import creates no duplicates; an Idempotency-Key makes a retried request answer as the first did. ' +
        `Limits (server settings; defaults shown), checked while the file is read, so nothing is written and a dry run is refused too: at most ${DEFAULT_IMPORT_LIMITS.maxColumns} columns (a cell beyond column BL refuses the file), ${DEFAULT_IMPORT_LIMITS.maxRows} CSV rows, ${DEFAULT_IMPORT_LIMITS.maxXlsxRows} XLSX rows, ${DEFAULT_IMPORT_LIMITS.maxCells} cells, ${DEFAULT_IMPORT_LIMITS.maxCellChars} characters a cell, ${DEFAULT_IMPORT_LIMITS.maxXlsxStrings} shared strings, an XLSX of ${DEFAULT_IMPORT_LIMITS.maxXlsxBytes} bytes that inflates (as declared and as read) to ${DEFAULT_IMPORT_LIMITS.maxXlsxUncompressedBytes} bytes in ${DEFAULT_IMPORT_LIMITS.maxXlsxEntries} ZIP entries and ${DEFAULT_IMPORT_LIMITS.maxSheets} sheets (the first is read), ${DEFAULT_IMPORT_LIMITS.maxMilliseconds / 1000} s of reading. ` +
        'A file beyond a size limit (bytes, rows, cells, time) is answered 413, one of the wrong shape or encoding (too many columns or sheets, a cell too long, not UTF-8, NUL bytes, not a workbook) 422; the problem names the limit in errors[0].code. ' +
        'A spreadsheet cell shown as a percentage (0.441 formatted as 44.1%) is read as 44.1, the figure a person sees. ' +
        'Under a token confined to regions every row must be inside its scope, else 403 naming the rows outside and nothing is written (a dry run too); a district’s (region-scoped) rows are recorded `approval: "submitted"`, for the city to approve.',
      security: bearer,
      middleware: [requireRole('editor')] as const,
      request: {
        query: z.object({
          dryRun: z.enum(['true', 'false']).optional(),
          source: z
            .string()
            .max(200)
            .optional()
            .describe('Source for rows that give none (default "import")'),
        }),
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
        body: {
          required: true,
          content: {
            'text/csv': { schema: z.string(), example: CSV_EXAMPLE },
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
              schema: z.string(),
            },
          },
        },
      },
      responses: {
        200: {
          description: 'The import report (dry run, or the rows written)',
          content: { 'application/json': { schema: ImportReport } },
        },
        ...problems(400, 401, 403, 409, 413, 415, 422, 429),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const unit = c.get('principal')?.scope?.unit;
      // A unit writes only on its own items, one figure at a time; a file of figures is the bureau's.
      if (unit !== undefined)
        throw new ProblemError(403, {
          zh: `令牌“${c.get('principal')?.name}”代表责任单位 ${unit} 填报：单位逐条填报其事项的数据（POST /api/v1/observations），表格导入由市局进行。`,
          en: `The token "${c.get('principal')?.name}" reports for unit ${unit}: it enters its items' figures one at a time (POST /api/v1/observations); imports are the bureau's.`,
        });
      const dryRun = query.dryRun === 'true';
      const limits = { ...DEFAULT_IMPORT_LIMITS, ...deps.importLimits };
      // An XLSX larger than its limit is refused on its declared length, before its body is read.
      const declaredLength = Number(c.req.header('content-length') ?? Number.NaN);
      if (
        importFormatOf(c.req.header('content-type')) === 'xlsx' &&
        declaredLength > limits.maxXlsxBytes
      ) {
        throw new ProblemError(
          413,
          {
            zh: `XLSX 文件有 ${declaredLength} 字节，超过导入上限 ${limits.maxXlsxBytes} 字节（maxXlsxBytes）：请拆分或另存为 CSV。`,
            en: `The XLSX file has ${declaredLength} bytes: more than the ${limits.maxXlsxBytes} an import takes (limit maxXlsxBytes).`,
          },
          {
            errors: [
              { path: 'file', message: { zh: '文件过大', en: 'too large' }, code: 'maxXlsxBytes' },
            ],
          },
        );
      }
      let body: Uint8Array;
      let format = importFormatOf(c.req.header('content-type'));
      if ((c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
        const form = await c.req.parseBody();
        const file = form.file;
        if (!(file instanceof File))
          throw new ProblemError(400, {
            zh: '表单中没有名为“file”的文件字段。',
            en: 'The form has no file field "file".',
          });
        format =
          importFormatOf(file.type) ??
          (file.name.toLowerCase().endsWith('.xlsx')
            ? 'xlsx'
            : file.name.toLowerCase().endsWith('.csv')
              ? 'csv'
              : undefined);
        body = new Uint8Array(await file.arrayBuffer());
      } else {
        body = await readRequestBytes(c.req.raw);
      }
      if (!format) {
        throw new ProblemError(415, NOT_CSV_OR_XLSX);
      }
      const principal = c.get('principal');
      const actor = actorOf(principal);
      const plan = c.get('plan');
      const run = async (): Promise<ImportReport> => {
        // A large file is read and checked on a work thread, so the server answers meanwhile.
        // Rows with target_id are targets' own figures, checked against the plan's targets.
        // `per` tells a 每个旗区 target, whose figures must name a district.
        const targets = (plan.catalogue?.targets ?? []).map((target) => ({
          id: target.id,
          kind: target.kind,
          unit: target.unit,
          ...(target.indicatorId ? { indicatorId: target.indicatorId } : {}),
          ...('per' in target ? { per: target.per } : {}),
        }));
        const read = await readRowsOffLoop(
          { ...plan.plan, targets },
          body,
          format,
          { source: query.source ?? 'import' },
          deps.importLimits,
        );
        if (read.refused) {
          // The file as a whole: a limit, its encoding or its structure. Refused even in a dry run.
          throw new ProblemError(
            read.refused.status,
            {
              zh: `导入文件被拒绝：${read.refused.messageZh}。`,
              en: `The import file was refused: ${read.refused.message}.`,
            },
            {
              errors: [
                {
                  path: 'file',
                  message: { zh: read.refused.messageZh, en: read.refused.message },
                  code: read.refused.limit,
                },
              ],
            },
          );
        }
        // Nothing is written when any row has a problem: the report lists them all.
        const howRead = { encoding: read.encoding ?? null, blankRows: read.blankRows ?? 0 };
        const refusedWith = (problems: ImportReport['problems']): ImportReport => ({
          dryRun,
          ok: false,
          rows: read.rowCount,
          created: 0,
          unchanged: 0,
          ...howRead,
          problems,
        });
        if (read.problems.length > 0) return refusedWith(read.problems);
        try {
          // Written a part at a time as it is unpacked: a large import is never held as objects at once.
          // Each row is checked against the token's scope as it passes; a district's rows are submitted.
          const outcome = await deps.store.importObservationBatches(
            insideScope(unpackObservations(read.packed), principal, plan.plan),
            actor,
            {
              dryRun,
              reason: 'import',
              planId: plan.id,
              approval: approvalOfWrite(principal, plan.plan),
            },
          );
          return {
            dryRun,
            ok: true,
            rows: read.rowCount,
            created: outcome.created,
            unchanged: outcome.unchanged,
            ...howRead,
            problems: [],
          };
        } catch (error) {
          if (error instanceof ConflictError) {
            return refusedWith([
              {
                row: 0,
                column: '',
                problem: error.message,
                problemZh: error.messages.zh,
              },
            ]);
          }
          if (error instanceof RowsOutsideScope) {
            throw new ProblemError(
              403,
              {
                zh: `有 ${error.rows.length} 行超出令牌的权限范围（${scopeZh(describeScope(principal?.scope))}），未写入任何数据。`,
                en: `${error.message}: nothing was written (scope: ${describeScope(principal?.scope)}).`,
              },
              { errors: error.rows },
            );
          }
          throw error;
        }
      };
      const key = c.req.header('idempotency-key');
      let report: ImportReport;
      if (key && !dryRun) {
        const hash = createHash('sha256')
          .update(plan.id)
          .update(body)
          .update(format)
          .update(query.source ?? '')
          .digest('hex');
        try {
          report = (await deps.store.idempotent(key, hash, run)).response;
        } catch (error) {
          if (error instanceof ConflictError) throw new ProblemError(409, sentence(error.messages));
          throw error;
        }
      } else {
        report = await run();
      }
      if (!report.ok && !dryRun) {
        throw new ProblemError(
          400,
          {
            zh: `导入被拒绝，未写入任何数据：共 ${report.problems.length} 个问题。`,
            en: `The import was refused and nothing was written: ${report.problems.length} problem(s).`,
          },
          {
            errors: report.problems.map((problem) => ({
              path: problem.row > 0 ? `rows.${problem.row}.${problem.column}` : 'file',
              message: { zh: problem.problemZh, en: problem.problem },
            })),
          },
        );
      }
      return c.json(report, 200);
    },
  );
}
