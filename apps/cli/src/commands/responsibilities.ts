import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { readInputFile } from '../_lib/readInputFile.js';
import { renderTextTable } from '../_lib/renderTextTable.js';
import { spreadsheetFormatOf } from '../_lib/spreadsheetFormatOf.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { dataError, ExitCode, ioError, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan responsibilities import <file.csv|file.xlsx> [--plan ID] [--dry-run] [--json]
       plan responsibilities list [--plan ID] [--json]

The responsibility list (责任清单): the lead unit (牵头单位) and cooperating units (配合单位)
of each measure and target of the plan, set by the bureau. The plan names none, so
nothing is assigned until the bureau imports or enters it; units must be added first
(plan units add). Every change is kept in the item's history.

  import   reads a CSV (UTF-8 or GBK) or the first sheet of an XLSX workbook and assigns every row
           in one transaction — or, if any row has a problem, assigns nothing and lists
           every problem by row and column
  list     lists the assigned items: item, lead unit, cooperating units

Columns (header row, English or Chinese):
  itemId | 事项编号        a measure id (P08-M2) or target id (T-P08-M2-1) of the plan (required)
  lead | 牵头单位          the lead unit, by id or Chinese name; empty for none (required column)
  cooperating | 配合单位   the cooperating units, by id or Chinese name, separated by 、 or ;
  reason | 原因 | 调整原因 | 备注  why (kept in the history)
A row with neither lead nor cooperating units clears the item's assignment.

Options:
  --plan ID    the plan: the built-in Ordos plan (default) or one added with plan plans add
  --dry-run    check everything and write nothing
  --json       import: print {"ok", "dryRun", "file", "format", "rows", "created", "updated",
               "unchanged", "problems"}; list: {"ok", "plan", "items"} on stdout
  -h, --help   this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 assigned (or a clean dry run) · 1 a row has a problem, nothing written ·
2 usage · 3 cannot read the file or open the database
`;

const Options = z.object({
  plan: z.string().trim().min(1, 'give a plan id (plan plans list)').optional(),
  'dry-run': z.boolean().optional(),
  json: z.boolean().optional(),
});

export const responsibilitiesCommand: Command = {
  help,
  async run(args, context) {
    const [action, ...rest] = args;
    if (action === 'list') return list(rest, context);
    if (action !== 'import')
      throw usageError(
        `${action === undefined ? 'missing the action' : `unknown action "${action}"`}: expected "plan responsibilities import <file.csv>" or "plan responsibilities list".\nRun "plan responsibilities --help".`,
      );
    const { values, positionals } = parseCommandLine('responsibilities', rest, {
      options: {
        plan: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      schema: Options,
      positionals: {
        min: 1,
        max: 1,
        names: ['the file to import (plan responsibilities import <file.csv>)'],
      },
    });
    const file = positionals[0] as string;
    const format = spreadsheetFormatOf(file);
    const dryRun = values['dry-run'] === true;
    const body = await readInputFile(context.cwd, file);
    const [
      { resolvePlan },
      { readSheetRows },
      { readResponsibilityRows },
      { withStore },
      { planItemIds },
    ] = await Promise.all([
      import('../plans/resolvePlan.js'),
      import('@plan/observations/rows'),
      import('@plan/store'),
      import('../_lib/openCliStore.js'),
      import('../responsibilities/planItemIds.js'),
    ]);
    const plan = await resolvePlan(context, values.plan);
    let records: Awaited<ReturnType<typeof readSheetRows>>;
    try {
      records = await readSheetRows(body, format);
    } catch (error) {
      throw dataError(
        `${file}: ${error instanceof Error ? error.message : String(error)}; nothing was written`,
      );
    }
    const summary = { dryRun, file, format, rows: Math.max(records.length - 1, 0) };
    const outcome = await withStore(context, async (store) => {
      const units = await store.units.list();
      const checked = readResponsibilityRows(records, {
        items: planItemIds(plan),
        units,
        addUnitHint: 'plan units add <id> --name <中文名>',
      });
      if (checked.problems.length > 0)
        throw dataError(
          `${file}: ${checked.problems.length} problem(s) in ${summary.rows} row(s); nothing was written`,
          checked.problems.map((problem) => ({
            path:
              problem.row > 0
                ? `row ${problem.row}${problem.column ? `, ${problem.column}` : ''}`
                : 'file',
            message: problem.problem,
          })),
          { ...summary, created: 0, updated: 0, unchanged: 0, problems: checked.problems },
        );
      const planRecords = store.forPlan(plan.id);
      if (dryRun) {
        const stored = new Map(
          (await planRecords.listResponsibilities()).map((each) => [each.itemId, each]),
        );
        const counts = { created: 0, updated: 0, unchanged: 0 };
        for (const row of checked.rows) {
          const before = stored.get(row.itemId);
          const cooperating = row.cooperating.filter((id) => id !== row.lead);
          if (!before) counts.created++;
          else if (
            before.lead === row.lead &&
            before.cooperating.join('\n') === cooperating.join('\n')
          )
            counts.unchanged++;
          else counts.updated++;
        }
        return counts;
      }
      const { UnknownUnitError, DuplicateItemError } = await import('@plan/store');
      try {
        return await planRecords.putResponsibilities(
          checked.rows.map(({ itemId, lead, cooperating, reason }) => ({
            itemId,
            lead,
            cooperating,
            reason: reason ?? `import of ${file}`,
          })),
          { name: 'cli' },
        );
      } catch (error) {
        // A unit removed or an item doubled between the check and the write: still nothing written.
        if (error instanceof UnknownUnitError || error instanceof DuplicateItemError)
          throw dataError(`${file}: ${error.message}; nothing was written`, [], {
            ...summary,
            created: 0,
            updated: 0,
            unchanged: 0,
          });
        throw ioError(
          `the database refused the import; nothing was written: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    });
    if (values.json)
      writeJsonLine(context.stdout, { ok: true, ...summary, ...outcome, problems: [] });
    else
      context.stdout.write(
        `${file}: ${summary.rows} row(s) checked; ${dryRun ? 'would assign' : 'assigned'} ${outcome.created} new, ` +
          `${outcome.updated} changed, ${outcome.unchanged} unchanged${dryRun ? ' (dry run: nothing written)' : ''}\n`,
      );
    return ExitCode.ok;
  },
};

async function list(args: string[], context: Parameters<Command['run']>[1]): Promise<ExitCode> {
  const { values } = parseCommandLine('responsibilities', args, {
    options: { plan: { type: 'string' }, json: { type: 'boolean' } },
    schema: Options.pick({ plan: true, json: true }),
    positionals: { min: 0, max: 0 },
  });
  const { resolvePlan } = await import('../plans/resolvePlan.js');
  const { withStore } = await import('../_lib/openCliStore.js');
  const plan = await resolvePlan(context, values.plan);
  const { items, units } = await withStore(context, async (store) => ({
    items: await store.forPlan(plan.id).listResponsibilities(),
    units: await store.units.list(),
  }));
  if (values.json) {
    writeJsonLine(context.stdout, { ok: true, plan: plan.id, items });
    return ExitCode.ok;
  }
  if (items.length === 0) {
    context.stdout.write(
      'no item is assigned yet: the plan names no units; import the bureau’s list with "plan responsibilities import <file.csv>"\n',
    );
    return ExitCode.ok;
  }
  const name = (id: string) => units.find((unit) => unit.id === id)?.nameZh ?? id;
  context.stdout.write(
    `${renderTextTable(
      [{ header: '事项' }, { header: '牵头单位' }, { header: '配合单位' }, { header: '更新' }],
      items.map((item) => [
        item.itemId,
        item.lead === null ? '未指定' : name(item.lead),
        item.cooperating.map(name).join('、'),
        `${item.updatedAt.slice(0, 10)} ${item.updatedBy}`,
      ]),
    )}\n`,
  );
  return ExitCode.ok;
}
