import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { readInputFile } from '../_lib/readInputFile.js';
import { spreadsheetFormatOf } from '../_lib/spreadsheetFormatOf.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { dataError, ExitCode, ioError } from '../exitCodes.js';
import { createProgressReporter } from '../progress/createProgressReporter.js';
import type { Command } from './command.js';

const help = `Usage: plan import <file.csv|file.xlsx> [--plan ID] [--dry-run] [--source NAME] [--json]

Checks every row of a CSV or XLSX file against the plan's indicators and regions, then
writes all of them, as the plan's observations, into the database the API uses in one
transaction — or, if any row has a problem, writes nothing and lists
every problem by row and column. Rows equal to stored ones are left alone, so
importing the same file twice creates no duplicates; a row whose indicator, region,
date and source are stored with another value is a conflict (correct it through the
API with PATCH).

Columns (header row; the API's exports can be imported back):
  indicator_id  an indicator id of the plan, e.g. regular-exercise-share (required, or:)
  target_id     a target id of the plan, e.g. T-P19-M2-4, for a target's own figure
                (done so far for a cumulative target, the value now for a level); a
                target linked to an indicator takes its figures from the indicator
  region        a region id of the plan, default its subject region (ordos, 鄂尔多斯市,
                for the Ordos plan)
  year | date   2023, or a day as 2023-06-30 (one of them is required)
  value         63.5 · a ratio 38:62 · parts secondary=59;higher=52 (required)
  source        where the figure comes from; "demo" marks illustrative data (示例数据)
  note          free text

A CSV may be UTF-8 (with or without a byte-order mark) or GB18030/GBK, as Excel saves it on
Chinese Windows: the encoding is detected and printed. Chinese headers (指标名称, 目标编号,
地区 or 旗区, 年份, 日期, 数值, 来源, 备注) and names (指标名称 as printed, 东胜区) are read
as well as ids; rows with no value, year or date are skipped and counted. plan template
writes a template to fill in.

Options:
  --plan ID      the plan the observations belong to: the built-in Ordos plan (default)
                 or one added with plan plans add (plan plans list shows the ids)
  --dry-run      check everything, including conflicts with stored data, and write nothing
  --source NAME  source for rows that give none (default "import")
  --json         print {"ok", "dryRun", "file", "format", "rows", "encoding", "blankRows",
                 "created", "unchanged", "problems", "database"} on stdout
  -h, --help     this help

Progress goes to stderr: a bar on a terminal, plain lines otherwise.

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 imported (or a clean dry run) · 1 a row has a problem or conflicts, nothing
written · 2 usage · 3 cannot read the file or open the database
`;

const Options = z.object({
  plan: z.string().trim().min(1, 'give a plan id (plan plans list)').optional(),
  'dry-run': z.boolean().optional(),
  source: z
    .string()
    .trim()
    .min(1, 'give a source name')
    .max(200, 'at most 200 characters')
    .optional(),
  json: z.boolean().optional(),
});

/** How the file was read, for people: `encoding: gb18030 (GBK, as Excel saves CSV on Chinese Windows); 3 blank row(s) skipped`. */
function readLine(read: { encoding: string | null; blankRows: number }): string {
  const parts = [
    ...(read.encoding === null
      ? []
      : [`encoding: ${read.encoding}${ENCODING_NOTES[read.encoding] ?? ''}`]),
    ...(read.blankRows > 0
      ? [`${read.blankRows} blank row(s) skipped (no value, year or date)`]
      : []),
  ];
  return parts.length === 0 ? '' : `${parts.join('; ')}\n`;
}

const ENCODING_NOTES: Record<string, string> = {
  'utf-8-bom': ' (UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8")',
  gb18030: ' (GB18030/GBK, as Excel saves "CSV (逗号分隔)" on Chinese Windows)',
};

export const importCommand: Command = {
  help,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('import', args, {
      options: {
        plan: { type: 'string' },
        'dry-run': { type: 'boolean' },
        source: { type: 'string' },
        json: { type: 'boolean' },
      },
      schema: Options,
      positionals: { min: 1, max: 1, names: ['the file to import (plan import <file.csv>)'] },
    });
    const file = positionals[0] as string;
    const format = spreadsheetFormatOf(file);
    const dryRun = values['dry-run'] === true;
    const body = await readInputFile(context.cwd, file);
    // Loaded only now, so a mistyped command line answers at once.
    const [{ resolvePlan }, { readObservationRows }, { ConflictError }, { withStore }] =
      await Promise.all([
        import('../plans/resolvePlan.js'),
        import('@plan/observations/rows'),
        import('@plan/store'),
        import('../_lib/openCliStore.js'),
      ]);
    const { id: planId, plan, targets } = await resolvePlan(context, values.plan);
    // With the plan's targets, a row may give a target's own figure (target_id in place of indicator_id).
    const read = await readObservationRows({ ...plan, targets }, body, format, {
      source: values.source ?? 'import',
    });
    // How the file was read: a CSV's encoding (utf-8, utf-8-bom, gb18030; null for a workbook)
    // and the rows skipped as blank (no value, year or date: a template's unfilled rows).
    const summary = {
      dryRun,
      file,
      format,
      rows: read.rowCount,
      encoding: read.encoding ?? null,
      blankRows: read.blankRows ?? 0,
    };
    if (read.problems.length > 0) {
      throw dataError(
        `${file}: ${read.problems.length} problem(s) in ${read.rowCount} row(s); nothing was written`,
        read.problems.map((problem) => ({
          path:
            problem.row > 0
              ? `row ${problem.row}${problem.column ? `, ${problem.column}` : ''}`
              : 'file',
          message: problem.problem,
        })),
        { ...summary, created: 0, unchanged: 0, problems: read.problems },
      );
    }
    const outcome = await withStore(context, async (store) => {
      const progress = createProgressReporter(context.stderr, dryRun ? 'checking' : 'importing');
      try {
        const result = await store.importObservations(
          read.observations,
          { name: 'cli' },
          { dryRun, reason: `import of ${file}`, onProgress: progress.update, planId },
        );
        return { ...result, database: store.describe };
      } catch (error) {
        if (error instanceof ConflictError) {
          const problems = [{ row: 0, column: '', problem: error.message }];
          throw dataError(
            `${file}: conflicts with stored data; nothing was written`,
            [{ path: 'file', message: error.message }],
            { ...summary, created: 0, unchanged: 0, problems },
          );
        }
        throw ioError(
          `the database refused the import; nothing was written: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        progress.finish();
      }
    });
    const report = {
      ok: true,
      ...summary,
      created: outcome.created,
      unchanged: outcome.unchanged,
      problems: [],
      database: outcome.database,
    };
    if (values.json) {
      writeJsonLine(context.stdout, report);
    } else {
      const verb = dryRun ? 'would create' : 'created';
      context.stdout.write(
        `${file}: ${report.rows} row(s) checked; ${verb} ${report.created} observation(s), ${report.unchanged} unchanged` +
          `${dryRun ? ' (dry run: nothing written)' : ''}\n` +
          readLine(report) +
          `database: ${report.database}\n`,
      );
    }
    return ExitCode.ok;
  },
};
