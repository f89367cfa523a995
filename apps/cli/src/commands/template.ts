import { extname } from 'node:path';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { writeOutputFile } from '../_lib/writeOutputFile.js';
import { ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan template [--format xlsx|csv-utf8|csv-gb18030] [--region 旗区] [--targets T-…,T-…]
                     [--out file] [--plan ID] [--json]

Writes the import template (数据导入模板) officials fill in and give back to plan import
or the API: the import's columns under their Chinese headers 指标名称 目标编号 地区 年份 日期
数值 来源 备注. Rows left without value, year and date are skipped on import, so prefilled
rows may stay empty.

Formats:
  xlsx         a workbook: drop-down lists of the plan's indicator names, target ids and
               regions (sheet 列表), instructions in Chinese and English (sheet 说明)
  csv-utf8     UTF-8 with a byte-order mark (Excel's "CSV UTF-8")
  csv-gb18030  GB18030/GBK (Excel's "CSV (逗号分隔)" on Chinese Windows)

Options:
  --format F     default: by the --out file's extension (.xlsx → xlsx, .csv → csv-utf8),
                 else xlsx
  --region R     prefill a row per indicator judged in this region: a 旗区 name (东胜区) or
                 a region id (dongsheng)
  --targets IDS  prefill a row per target (comma-separated ids, e.g. T-C2S3-6,T-C2S3-7),
                 in --region when given, else the whole city
  --out FILE     where to write (default: the template's Chinese name, e.g.
                 数据导入模板（东胜区）.xlsx, in the current folder)
  --plan ID      the plan (default: the built-in Ordos plan)
  --json         print {"ok", "out", "path", "format", "rows"} on stdout
  -h, --help     this help

Exit codes: 0 written · 2 usage (an unknown region or target, a bad format) · 3 cannot
write the file
`;

const FORMATS = ['xlsx', 'csv-utf8', 'csv-gb18030'] as const;
type Format = (typeof FORMATS)[number];

const Options = z.object({
  format: z.enum(FORMATS, { error: 'expected xlsx, csv-utf8 or csv-gb18030' }).optional(),
  region: z.string().trim().min(1, 'give a 旗区 name or a region id').optional(),
  targets: z.string().trim().min(1, 'give target ids, comma-separated').optional(),
  out: z.string().trim().min(1, 'give a file name').optional(),
  plan: z.string().trim().min(1, 'give a plan id (plan plans list)').optional(),
  json: z.boolean().optional(),
});

/** The format an --out file's extension implies, or undefined when it implies none. */
function formatOfFile(file: string | undefined): Format | undefined {
  const extension = file === undefined ? '' : extname(file).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv-utf8' : undefined;
}

export const templateCommand: Command = {
  help,
  async run(args, context) {
    const { values } = parseCommandLine('template', args, {
      options: {
        format: { type: 'string' },
        region: { type: 'string' },
        targets: { type: 'string' },
        out: { type: 'string' },
        plan: { type: 'string' },
        json: { type: 'boolean' },
      },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    const format = values.format ?? formatOfFile(values.out) ?? 'xlsx';
    const wanted = format === 'xlsx' ? '.xlsx' : '.csv';
    if (values.out !== undefined && extname(values.out).toLowerCase() !== wanted)
      throw usageError(
        `--out: "${values.out}" does not end in ${wanted}, the extension of a ${format} template.\nRun "plan template --help".`,
      );
    const [{ resolvePlan }, { importTemplate }] = await Promise.all([
      import('../plans/resolvePlan.js'),
      import('@plan/observations/rows'),
    ]);
    const { plan, targets } = await resolvePlan(context, values.plan);
    let template: Awaited<ReturnType<typeof importTemplate>>;
    try {
      template = await importTemplate(
        { ...plan, targets },
        {
          format,
          region: values.region,
          targets: values.targets
            ?.split(/[,，]/)
            .map((id) => id.trim())
            .filter((id) => id !== ''),
        },
      );
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const option =
        values.targets !== undefined && /target/.test(error.message) ? '--targets' : '--region';
      throw usageError(`${option}: ${error.message}.\nRun "plan template --help".`);
    }
    const out = values.out ?? template.displayName;
    const path = await writeOutputFile(context.cwd, out, template.bytes);
    if (values.json) {
      writeJsonLine(context.stdout, { ok: true, out, path, format, rows: template.rows });
    } else {
      context.stdout.write(
        `wrote ${out}: the import template (${format}), ${template.rows} row(s) prefilled; fill in 数值 and 年份, then plan import ${out}\n`,
      );
    }
    return ExitCode.ok;
  },
};
