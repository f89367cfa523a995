import { extname } from 'node:path';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { readInputFile } from '../_lib/readInputFile.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { writeOutputFile } from '../_lib/writeOutputFile.js';
import type { CliContext } from '../cliContext.js';
import { dataError, ExitCode, usageError } from '../exitCodes.js';
import { planSummary, planSummaryText } from '../plans/planSummary.js';
import type { Command } from './command.js';

const help = `Usage: plan plans add <plan.json|plan.xlsx> [--dry-run] [--json]
       plan plans list [--json]
       plan plans template <plan.xlsx> [--json]

The plans the other commands work on (their --plan ID): the built-in Ordos plan
(ordos-education-sports-2021-2025, the default) and the plans added to the database the
API uses.

  add       checks a plan file (JSON "plan-file/1", or an XLSX workbook in the shape of the
            template) with parsePlan of @plan/plans, listing every problem at once, then
            stores it with its base-year values (source "plan"), all or nothing. An admin
            act on the local database: the API's POST /api/v1/plans does the same with an
            admin token. An id already taken is refused.
  list      the plans: id, period, title, built in or when added
  template  writes the empty XLSX plan template (a sheet per kind, drop-down lists, an
            example row marked 示例, notes in Chinese and English) to fill in and add

Options:
  --dry-run   (add) check everything, including whether the id is taken, and write nothing
  --json      add: {"ok", "dryRun", "file", "plan": {"id", "title", "period", "tables",
              "indicators", "regions", "amendments"}, "baselineValues", "database"};
              list: {"ok", "plans": [{"id", "title", "period", "builtIn", "addedAt"}]};
              template: {"ok", "out", "path"}
  -h, --help  this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 ok · 1 an invalid plan file (every problem listed) or an id already taken,
nothing written · 2 usage · 3 cannot read or write a file or open the database
`;

const JsonOnly = z.object({ json: z.boolean().optional() });

async function addPlan(args: string[], context: CliContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine('plans', args, {
    options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
    schema: JsonOnly.extend({ 'dry-run': z.boolean().optional() }),
    positionals: {
      min: 1,
      max: 1,
      names: ['the plan file (plan plans add <plan.json|plan.xlsx>)'],
    },
  });
  const file = positionals[0] as string;
  const dryRun = values['dry-run'] === true;
  const bytes = await readInputFile(context.cwd, file);
  const [{ readPlanFile }, { builtInPlans }, { withStore }, { planBaselineObservations }, store] =
    await Promise.all([
      import('../plans/readPlanFile.js'),
      import('../plans/builtInPlans.js'),
      import('../_lib/openCliStore.js'),
      import('@plan/observations'),
      import('@plan/store'),
    ]);
  const { plan, file: planFile, amendments } = await readPlanFile(file, bytes);
  const taken = () =>
    dataError(`${file}: a plan with the id "${plan.id}" already exists; nothing was written`, [
      { path: 'id', message: `"${plan.id}" is taken: give the plan another id` },
    ]);
  if (builtInPlans.has(plan.id)) throw taken();
  const baseline = planBaselineObservations(plan);
  const database = await withStore(context, async (opened) => {
    if (await opened.getPlan(plan.id)) throw taken();
    if (!dryRun) {
      try {
        await opened.savePlan(
          { id: plan.id, file: planFile },
          { name: 'cli' },
          {
            observations: baseline,
            reason: `the plan’s ${plan.baselineYear} values`,
          },
        );
      } catch (error) {
        if (error instanceof store.ConflictError) throw taken();
        throw error;
      }
    }
    return opened.describe;
  });
  const summary = { ...planSummary(plan), amendments: amendments.length };
  if (values.json) {
    writeJsonLine(context.stdout, {
      ok: true,
      dryRun,
      file,
      plan: summary,
      baselineValues: baseline.length,
      database,
    });
  } else {
    context.stdout.write(
      `${file}: ${dryRun ? 'a valid plan, not added (dry run: nothing written)' : 'added'} — ` +
        `${planSummaryText(summary)}, ${summary.amendments} amendment(s); ${baseline.length} base-year value(s)\n` +
        `database: ${database}\n` +
        (dryRun
          ? ''
          : `use it with --plan ${plan.id}, e.g. plan assess --plan ${plan.id} --as-of …\n`),
    );
  }
  return ExitCode.ok;
}

async function listPlans(args: string[], context: CliContext): Promise<ExitCode> {
  const { values } = parseCommandLine('plans', args, {
    options: { json: { type: 'boolean' } },
    schema: JsonOnly,
    positionals: { min: 0, max: 0 },
  });
  const [{ builtInPlans }, { withStore }, { safeParsePlan }] = await Promise.all([
    import('../plans/builtInPlans.js'),
    import('../_lib/openCliStore.js'),
    import('@plan/plans'),
  ]);
  const stored = await withStore(context, (store) => store.listPlans());
  const plans = [
    ...[...builtInPlans.values()].map(({ plan }) => ({
      id: plan.id,
      title: plan.title,
      period: plan.period,
      builtIn: true,
      addedAt: null as string | null,
    })),
    ...stored.map((record) => {
      const parsed = safeParsePlan(record.file);
      return {
        id: record.id,
        title: parsed.success ? parsed.data.plan.title : null,
        period: parsed.success ? parsed.data.plan.period : null,
        builtIn: false,
        addedAt: record.createdAt,
      };
    }),
  ];
  if (values.json) {
    writeJsonLine(context.stdout, { ok: true, plans });
    return ExitCode.ok;
  }
  const lines = plans.map(
    (entry) =>
      `${entry.id}  ${entry.period ? `${entry.period.start}–${entry.period.end}` : '(does not read)'}  ` +
      `${entry.title ? `${entry.title.zh} (${entry.title.en})` : ''}  ` +
      `${entry.builtIn ? 'built in, default' : `added ${entry.addedAt}`}`,
  );
  context.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}

async function writeTemplate(args: string[], context: CliContext): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine('plans', args, {
    options: { json: { type: 'boolean' } },
    schema: JsonOnly,
    positionals: { min: 1, max: 1, names: ['the file to write (plan plans template <plan.xlsx>)'] },
  });
  const out = positionals[0] as string;
  if (extname(out).toLowerCase() !== '.xlsx') {
    throw usageError(
      `cannot write the template as "${out}": name a .xlsx file.\nRun "plan plans --help".`,
    );
  }
  const { writePlanTemplate } = await import('@plan/plans/xlsx');
  const path = await writeOutputFile(context.cwd, out, await writePlanTemplate());
  if (values.json) writeJsonLine(context.stdout, { ok: true, out, path });
  else
    context.stdout.write(
      `wrote ${out}: the plan template; fill it in, then plan validate ${out} and plan plans add ${out}\n`,
    );
  return ExitCode.ok;
}

const ACTIONS: Record<string, (args: string[], context: CliContext) => Promise<ExitCode>> = {
  add: addPlan,
  list: listPlans,
  template: writeTemplate,
};

export const plansCommand: Command = {
  help,
  async run(args, context) {
    const [action, ...rest] = args;
    const run = action === undefined ? undefined : ACTIONS[action];
    if (!run) {
      throw usageError(
        `${action === undefined ? 'missing the action' : `unknown action "${action}"`}: expected add, list or template.\nRun "plan plans --help".`,
      );
    }
    return run(rest, context);
  },
};
