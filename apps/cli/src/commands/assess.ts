import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import {
  AssessmentOptions,
  assessmentOptionSpecs,
  MethodList,
  regionsOf,
} from '../assessment/assessmentOptions.js';
import { renderAssessmentTable } from '../assessment/renderAssessmentTable.js';
import { ExitCode } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan assess --as-of YYYY-MM-DD [--plan ID] [--method M] [--region R]
                   [--format table|json|csv] [--include-illustrative] [--lang zh|en]

Assesses every indicator of the plan as of a date from the plan's observations in the
database the API uses, and rolls the results up by table and for the whole plan (counts
per status). The plan's printed base-year values are the base (2020 for the Ordos plan);
values dated after --as-of are left out. A plan with amendments (规划调整) is assessed
as it stood on --as-of, and the output names the amendments in force. After the plan's
end the JSON has the final evaluation (总结评估, "finalEvaluation"). By default only
official figures are used; illustrative demo figures (示例数据) only with
--include-illustrative, and the output says which.

Options:
  --as-of DATE            the date to assess as of (required), e.g. 2023-12-31
  --plan ID               the plan: the built-in Ordos plan (default,
                          ordos-education-sports-2021-2025) or one added with
                          plan plans add (plan plans list shows the ids)
  --method M              time-progress (default), open-sdg, unsd-2023, weather, sdsn, or
                          all; repeat it or separate by commas for several
  --region R              a region id of the plan (default its subject region: ordos,
                          鄂尔多斯市, for the Ordos plan), or several separated by commas;
                          the Ordos plan's: ordos, dongsheng, kangbashi, dalad, jungar,
                          otog-front, otog, hanggin, uxin, ejin-horo, inner-mongolia
  --format F              table (default; for a terminal), json, or csv (one row per
                          indicator, region and method; UTF-8 with BOM)
  --include-illustrative  also use illustrative demo figures (marked † in a table)
  --lang zh|en            language of a table (default zh; English is our translation)
  --json                  the same as --format json
  -h, --help              this help

JSON (stable): {"ok", "plan", "asOf", "regions", "includeIllustrative", "methods",
  "assessments": [PlanAssessment of @plan/scoring, one per method],
  "provenance": [{"indicatorId", "region", "latest", "sources", "illustrative", "values"}]}

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 ok · 1 stored data cannot be assessed · 2 usage · 3 cannot open the database
`;

const Options = AssessmentOptions.extend({
  method: MethodList.optional(),
  format: z.enum(['table', 'json', 'csv'], { error: 'expected table, json or csv' }).optional(),
});

export const assessCommand: Command = {
  help,
  async run(args, context) {
    const { values } = parseCommandLine('assess', args, {
      options: {
        ...assessmentOptionSpecs,
        method: { type: 'string', multiple: true },
        format: { type: 'string' },
      },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    const format = values.json ? 'json' : (values.format ?? 'table');
    const lang = values.lang ?? 'zh';
    const { resolvePlan } = await import('../plans/resolvePlan.js');
    const plan = await resolvePlan(context, values.plan);
    const regions = regionsOf(plan.plan, values.region, 'assess');
    const { assessFromStore } = await import('../assessment/assessFromStore.js');
    const run = await assessFromStore(context, plan, {
      asOf: values['as-of'],
      regions,
      methods: values.method ?? ['time-progress'],
      includeIllustrative: values['include-illustrative'] === true,
    });
    if (format === 'json') {
      writeJsonLine(context.stdout, {
        ok: true,
        plan: plan.id,
        asOf: run.asOf,
        regions: run.regions,
        includeIllustrative: run.includeIllustrative,
        methods: run.results.map((result) => result.method),
        assessments: run.results.map((result) => result.assessment),
        provenance: run.provenance,
      });
      return ExitCode.ok;
    }
    const { indicatorRows } = await import('../assessment/indicatorRows.js');
    const rows = indicatorRows(run.plan, run, lang);
    context.stdout.write(
      format === 'csv'
        ? (await import('../assessment/renderAssessmentCsv.js')).renderAssessmentCsv(rows)
        : renderAssessmentTable(run.plan, run, rows, lang),
    );
    return ExitCode.ok;
  },
};
