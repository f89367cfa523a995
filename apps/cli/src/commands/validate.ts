import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { readInputFile } from '../_lib/readInputFile.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { ExitCode } from '../exitCodes.js';
import { planSummary, planSummaryText } from '../plans/planSummary.js';
import { readPlanFile } from '../plans/readPlanFile.js';
import type { Command } from './command.js';

const help = `Usage: plan validate <plan.json|plan.xlsx> [--json]

Checks a plan file (format "plan-file/1" of @plan/plans: the indicator tables with
their printed values, the projects, measures and targets, amendments and succession)
with parsePlan. The file is JSON, or an XLSX workbook in the shape of the plan
template (read by its extension, or by its content when it is a ZIP). Every problem
is listed at once: in JSON with its path in the file, e.g.
  - tables.0.indicators.3.values.subject.target: "140" is above 100: not a possible percentage
in a workbook with its sheet, cell and the path it would have in the file, e.g.
  - 指标 Indicators!M5: "140" is above 100: not a possible percentage (tables.0.indicators.3.values.subject.target)

The empty template (a sheet per kind, drop-down lists, an example row marked 示例
and notes in Chinese and English): plan plans template <plan.xlsx>, or
writePlanTemplate() of @plan/plans/xlsx; writePlanWorkbook(file) writes any plan
file as a workbook.

Options:
  --json      print {"ok", "file", "plan", "issues": [{"path", "message"}]} on stdout
              (a workbook's issues also carry "sheet", "row" and "column")
  -h, --help  this help

Exit codes: 0 valid · 1 invalid (issues listed) · 2 usage · 3 cannot read the file
`;

export const validateCommand: Command = {
  help,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('validate', args, {
      options: { json: { type: 'boolean' } },
      schema: z.object({ json: z.boolean().optional() }),
      positionals: {
        min: 1,
        max: 1,
        names: ['the plan file (plan validate <plan.json|plan.xlsx>)'],
      },
    });
    const file = positionals[0] as string;
    const bytes = await readInputFile(context.cwd, file);
    const { plan } = await readPlanFile(file, bytes);
    const summary = planSummary(plan);
    if (values.json) {
      writeJsonLine(context.stdout, { ok: true, file, plan: summary, issues: [] });
    } else {
      context.stdout.write(`${file}: a valid plan — ${planSummaryText(summary)}\n`);
    }
    return ExitCode.ok;
  },
};
