import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { renderTextTable } from '../_lib/renderTextTable.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { dataError, ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan units add <id> --name <中文名> [--name-en NAME] [--json]
       plan units list [--json]

The units (单位) that lead or cooperate on the plan's measures and targets (牵头单位,
配合单位), in the database the API uses. The plan names no units: the bureau enters them
here (or through the API), then assigns them with "plan responsibilities import".
Units are shared by every plan.

  add <id>   adds a unit; the id is a slug (lower-case letters, digits and hyphens,
             e.g. basic-education-section), stable when the unit is renamed
  list       lists the units: id, Chinese name, English name

Options:
  --name NAME     the unit's Chinese name, unique (required for add), e.g. 市教育体育局基础教育科
  --name-en NAME  the unit's English name
  --json          add: print {"ok", "unit"}; list: print {"ok", "units"} on stdout
  -h, --help      this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 done · 1 the id or the Chinese name is taken · 2 usage (a malformed id, a
missing name) · 3 cannot open the database
`;

const AddOptions = z.object({
  name: z.string({ error: 'is required: the unit’s Chinese name' }).optional(),
  'name-en': z.string().optional(),
  json: z.boolean().optional(),
});

const ListOptions = z.object({ json: z.boolean().optional() });

export const unitsCommand: Command = {
  help,
  async run(args, context) {
    const [action, ...rest] = args;
    if (action === 'add') {
      const { values, positionals } = parseCommandLine('units', rest, {
        options: {
          name: { type: 'string' },
          'name-en': { type: 'string' },
          json: { type: 'boolean' },
        },
        schema: AddOptions,
        positionals: { min: 1, max: 1, names: ['the unit id (plan units add <id> --name …)'] },
      });
      if (values.name === undefined)
        throw usageError('--name is required: the unit’s Chinese name.\nRun "plan units --help".');
      const { UnitInput, DuplicateUnitError } = await import('@plan/store');
      const checked = UnitInput.safeParse({
        id: positionals[0],
        nameZh: values.name,
        ...(values['name-en'] !== undefined ? { nameEn: values['name-en'] } : {}),
      });
      if (!checked.success) {
        const option = { id: '<id>', nameZh: '--name', nameEn: '--name-en' } as Record<
          string,
          string
        >;
        throw usageError(
          `${checked.error.issues
            .map((issue) => `${option[String(issue.path[0])] ?? 'unit'}: ${issue.message}`)
            .join('\n')}\nRun "plan units --help".`,
        );
      }
      const { withStore } = await import('../_lib/openCliStore.js');
      const unit = await withStore(context, async (store) => {
        try {
          return await store.units.create(checked.data, { name: 'cli' });
        } catch (error) {
          // A taken id or name is a conflict with stored data: nothing was written.
          if (error instanceof DuplicateUnitError) throw dataError(error.message);
          throw error;
        }
      });
      if (values.json) writeJsonLine(context.stdout, { ok: true, unit });
      else
        context.stdout.write(
          `added unit ${unit.id}: ${unit.nameZh}${unit.nameEn ? ` (${unit.nameEn})` : ''}\n`,
        );
      return ExitCode.ok;
    }
    if (action === 'list') {
      const { values } = parseCommandLine('units', rest, {
        options: { json: { type: 'boolean' } },
        schema: ListOptions,
        positionals: { min: 0, max: 0 },
      });
      const { withStore } = await import('../_lib/openCliStore.js');
      const units = await withStore(context, (store) => store.units.list());
      if (values.json) writeJsonLine(context.stdout, { ok: true, units });
      else if (units.length === 0)
        context.stdout.write(
          'no units yet: add them with "plan units add <id> --name <中文名>" (the plan names none)\n',
        );
      else
        context.stdout.write(
          `${renderTextTable(
            [{ header: 'id' }, { header: '名称' }, { header: 'name' }],
            units.map((unit) => [unit.id, unit.nameZh, unit.nameEn ?? '']),
          )}\n`,
        );
      return ExitCode.ok;
    }
    throw usageError(
      `${action === undefined ? 'missing the action' : `unknown action "${action}"`}: expected "plan units add <id> --name <中文名>" or "plan units list".\nRun "plan units --help".`,
    );
  },
};
