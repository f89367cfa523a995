import { z } from 'zod';
import { IsoDay } from '../_lib/isoDay.js';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { Lang } from '../assessment/assessmentOptions.js';
import { ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan remind [--as-of YYYY-MM-DD] [--unit ID] [--plan ID] [--format text|json]
                   [--lang zh|en]

What is due and overdue, per unit (督办提醒), from the database the API uses: for each
unit, the measures and targets it leads or cooperates on that are
  逾期未完成  overdue: past the deadline and not done
  存在风险    at risk: not yet due, but the trend or the latest report says it will be missed
  本周期未报送 not updated: no report or figure for the last reporting period that is due
  即将到期    a target not yet done whose deadline is within 90 days
judged as the API judges them (approved figures only). The first lines name the last
reporting period due and the next one (a report is due 30 days after its period ends). Items with no lead unit are listed
under 未指定, with a line saying the bureau has not assigned them: the plan names no units
and none is ever made up (assign them with plan responsibilities import).

Options:
  --as-of DATE     the day to remind as of (default today)
  --unit ID        only this unit's items (plan units list shows the ids)
  --plan ID        the plan: the built-in Ordos plan (default) or one added with plan plans add
  --format FORMAT  text (default) or json: {"ok", "plan", "asOf", "cycle", "reporting":
                   {"last", "next"}, "units": [{"unit", "items": [{"id", "kind", "role",
                   "reasons", "status", "since", "due", "projectNumber", "text",
                   "explanation"}]}], "counts"} (unit null: not assigned)
  --lang zh|en     zh (default) or en
  --json           the same as --format json
  -h, --help       this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 listed (also when nothing is due) · 2 usage (an unknown unit) · 3 cannot open
the database
`;

const Options = z.object({
  'as-of': IsoDay.optional(),
  unit: z.string().trim().min(1, 'give a unit id (plan units list)').optional(),
  plan: z.string().trim().min(1, 'give a plan id (plan plans list)').optional(),
  format: z.enum(['text', 'json'], { error: 'expected text or json' }).optional(),
  lang: Lang.optional(),
  json: z.boolean().optional(),
});

/** Today in UTC as YYYY-MM-DD, from the context's clock. */
const today = (clock: () => Date) => clock().toISOString().slice(0, 10);

export const remindCommand: Command = {
  help,
  async run(args, context) {
    const { values } = parseCommandLine('remind', args, {
      options: {
        'as-of': { type: 'string' },
        unit: { type: 'string' },
        plan: { type: 'string' },
        format: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    const asOf = values['as-of'] ?? today(context.clock);
    const lang = values.lang ?? 'zh';
    const json = values.json === true || values.format === 'json';
    const [
      { resolvePlan },
      { readPlanTracking },
      { remindList },
      { remindText, groupName },
      { reportingDue },
    ] = await Promise.all([
      import('../plans/resolvePlan.js'),
      import('../tracking/readPlanTracking.js'),
      import('../remind/remindList.js'),
      import('../remind/remindText.js'),
      import('../remind/reportingDue.js'),
    ]);
    const plan = await resolvePlan(context, values.plan);
    const { tracking, units } = await readPlanTracking(context, plan, asOf);
    const unit = values.unit;
    if (unit !== undefined && !units.some((each) => each.id === unit))
      throw usageError(
        `--unit: unknown unit "${unit}": ${
          units.length === 0
            ? 'no units are entered yet (plan units add)'
            : `expected one of ${units.map((each) => each.id).join(', ')}`
        }.\nRun "plan units list".`,
      );
    const groups = remindList(tracking, plan, units, { lang, onlyUnit: unit });
    const reporting = reportingDue(tracking.cycle, asOf, plan.plan.period);
    if (json) {
      // Each item once, though it is listed under its lead unit and every cooperating one.
      const items = [
        ...new Map(groups.flatMap((group) => group.items).map((item) => [item.id, item])).values(),
      ];
      const first = (reason: string) => items.filter((item) => item.reasons[0] === reason).length;
      writeJsonLine(context.stdout, {
        ok: true,
        plan: plan.id,
        asOf,
        cycle: tracking.cycle,
        reporting,
        units: groups.map((group) => ({ unit: group.unit, items: group.items })),
        counts: {
          items: items.length,
          overdue: first('overdue'),
          atRisk: first('at_risk'),
          notUpdated: first('not_updated'),
          dueSoon: first('due_soon'),
          unassigned: groups.find((group) => group.unit === null)?.items.length ?? 0,
        },
      });
    } else {
      const named = units.find((each) => each.id === unit);
      context.stdout.write(
        remindText(groups, {
          asOf,
          cycle: tracking.cycle,
          lang,
          reporting,
          ...(named
            ? { unitName: groupName({ unit: named, unitId: named.id, items: [] }, lang) }
            : {}),
        }),
      );
    }
    return ExitCode.ok;
  },
};
