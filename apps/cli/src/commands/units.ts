import type { Unit, UnitReferences } from '@plan/store';
import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { renderTextTable } from '../_lib/renderTextTable.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { dataError, ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan units add <id> --name <中文名> [--name-en NAME] [--json]
       plan units list [--json]
       plan units rename <id> [--name <中文名>] [--name-en NAME] [--if-version N] [--json]
       plan units retire <id> [--if-version N] [--json]
       plan units return <id> [--if-version N] [--json]

The units (单位) that lead or cooperate on the plan's measures and targets (牵头单位,
配合单位), in the database the API uses. The plan names no units: the bureau enters them
here (or through the API), then assigns them with "plan responsibilities import".
Units are shared by every plan.

  add <id>      adds a unit; the id is a slug (lower-case letters, digits and hyphens,
                e.g. basic-education-section), stable when the unit is renamed
  list          lists the units: id, Chinese name (a retired one marked 已撤销), English name
  rename <id>   gives a unit a new Chinese and/or English name; its id, and all that
                names it, stay
  retire <id>   retires a unit that is responsible for no item and has no live token
                (reassign and revoke those first): it stays listed and in the history,
                and takes no new work: no assignment, no report, no token
  return <id>   puts a retired unit back in service
Each change is kept in the unit's history (GET /api/v1/units/<id>/history).

Options:
  --name NAME       the unit's Chinese name, unique (required for add), e.g. 市教育体育局基础教育科
  --name-en NAME    the unit's English name
  --if-version N    change the unit only if it is still at version N, the one you read
                    (list --json shows it); without it, whatever version is current
  --json            add, rename, retire, return: print {"ok", "unit"}; list: {"ok", "units"}
  -h, --help        this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 done · 1 the id or the Chinese name is taken, the unit changed since
--if-version, or it is still at work (retire) · 2 usage (a malformed id, a missing name,
an unknown unit) · 3 cannot open the database
`;

const AddOptions = z.object({
  name: z.string({ error: 'is required: the unit’s Chinese name' }).optional(),
  'name-en': z.string().optional(),
  json: z.boolean().optional(),
});

const ListOptions = z.object({ json: z.boolean().optional() });

const ChangeOptions = z.object({
  name: z.string().optional(),
  'name-en': z.string().optional(),
  'if-version': z
    .string()
    .regex(
      /^[1-9]\d{0,8}$/,
      'expected the version you read, a whole number (plan units list --json)',
    )
    .transform(Number)
    .optional(),
  json: z.boolean().optional(),
});

type ChangeAction = 'rename' | 'retire' | 'return';

/** A message in both languages, English first: the store's errors and the refusals below. */
const bothLanguages = (text: { zh: string; en: string }) => `${text.en}\n${text.zh}`;

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
            units.map((unit) => [
              unit.id,
              unit.retiredAt === null ? unit.nameZh : `${unit.nameZh}（已撤销 retired）`,
              unit.nameEn ?? '',
            ]),
          )}\n`,
        );
      return ExitCode.ok;
    }
    if (action === 'rename' || action === 'retire' || action === 'return')
      return changeUnit(action, rest, context);
    throw usageError(
      `${action === undefined ? 'missing the action' : `unknown action "${action}"`}: expected "plan units add <id> --name <中文名>", "plan units list" or "plan units rename|retire|return <id>".\nRun "plan units --help".`,
    );
  },
};

/**
 * `plan units rename|retire|return <id>`: one change of a unit through the store, at the
 * version --if-version names (else the current one), kept in the unit's history.
 */
async function changeUnit(
  action: ChangeAction,
  args: readonly string[],
  context: Parameters<Command['run']>[1],
): Promise<ExitCode> {
  const { values, positionals } = parseCommandLine('units', args, {
    options: {
      ...(action === 'rename' ? { name: { type: 'string' }, 'name-en': { type: 'string' } } : {}),
      'if-version': { type: 'string' },
      json: { type: 'boolean' },
    },
    schema: ChangeOptions,
    positionals: { min: 1, max: 1, names: [`the unit id (plan units ${action} <id>)`] },
  });
  const id = positionals[0] ?? '';
  const { DuplicateUnitError, UnitPatch } = await import('@plan/store');
  const patch = UnitPatch.safeParse(
    action === 'rename'
      ? {
          ...(values.name !== undefined ? { nameZh: values.name } : {}),
          ...(values['name-en'] !== undefined ? { nameEn: values['name-en'] } : {}),
        }
      : { retired: action === 'retire' },
  );
  if (!patch.success) {
    const option = { nameZh: '--name', nameEn: '--name-en' } as Record<string, string>;
    const issues = patch.error.issues;
    throw usageError(
      `${
        issues.some((issue) => issue.path.length === 0)
          ? 'give --name, --name-en or both: the new Chinese or English name'
          : issues
              .map((issue) => `${option[String(issue.path[0])] ?? 'unit'}: ${issue.message}`)
              .join('\n')
      }\nRun "plan units --help".`,
    );
  }
  const { withStore } = await import('../_lib/openCliStore.js');
  const { before, unit } = await withStore(context, async (store) => {
    const current = await store.units.get(id);
    if (!current) {
      const known = (await store.units.list()).map((each) => each.id);
      throw usageError(
        `unknown unit "${id}": ${known.length === 0 ? 'no units are entered yet (plan units add)' : `expected one of ${known.join(', ')}`}.\nRun "plan units list".`,
      );
    }
    // A unit written before versions were kept reads as version 1.
    const expected = values['if-version'] ?? current.version ?? 1;
    let result: Awaited<ReturnType<typeof store.units.update>>;
    try {
      result = await store.units.update(id, expected, patch.data, { name: 'cli' });
    } catch (error) {
      // A taken Chinese name is a conflict with stored data: nothing was written.
      if (error instanceof DuplicateUnitError) throw dataError(bothLanguages(error.messages));
      throw error;
    }
    if (result.status === 'changed') return { before: current, unit: result.unit };
    if (result.status === 'stale')
      throw dataError(
        bothLanguages({
          en: `unit "${id}" is at version ${result.current.version}, not ${expected}: read it again (plan units list --json) and retry; nothing changed.`,
          zh: `单位“${id}”已是第 ${result.current.version} 版，不是第 ${expected} 版：请重新读取（plan units list --json）后再试；未作改动。`,
        }),
      );
    if (result.status === 'referenced') throw dataError(stillAtWork(id, result.references));
    throw usageError(`unknown unit "${id}".\nRun "plan units list".`);
  });
  if (values.json) writeJsonLine(context.stdout, { ok: true, unit });
  else context.stdout.write(`${toldChange(action, before, unit)}\n`);
  return ExitCode.ok;
}

/** The line a change prints: what was done, or that nothing needed doing. */
function toldChange(action: ChangeAction, before: Unit, unit: Unit): string {
  const names = `${unit.nameZh}${unit.nameEn ? ` (${unit.nameEn})` : ''}`;
  if (unit.version === before.version)
    return action === 'rename'
      ? `unit ${unit.id} already has these names (version ${unit.version})`
      : `unit ${unit.id} is already ${action === 'retire' ? 'retired' : 'in service'} (version ${unit.version})`;
  if (action === 'retire')
    return `retired unit ${unit.id}: ${names}, version ${unit.version}; it takes no new work`;
  if (action === 'return')
    return `returned unit ${unit.id} to service: ${names}, version ${unit.version}`;
  return `renamed unit ${unit.id}: ${names}, version ${unit.version}`;
}

/** Why a unit cannot be retired yet, in both languages: the items it has and its live tokens. */
function stillAtWork(id: string, references: UnitReferences): string {
  const items = references.responsibilities;
  const tokens = references.tokens.filter((token) => !token.revoked);
  const en: string[] = [];
  const zh: string[] = [];
  if (items.length > 0) {
    en.push(
      `responsible for ${items.length} item(s) (${items.map((row) => `${row.itemId} ${row.as}`).join(', ')})`,
    );
    zh.push(
      `负责 ${items.length} 个事项（${items.map((row) => `${row.itemId}${row.as === 'lead' ? '牵头' : '配合'}`).join('、')}）`,
    );
  }
  if (tokens.length > 0) {
    en.push(
      `${tokens.length} live token(s) report for it (${tokens.map((token) => `"${token.name}"`).join(', ')})`,
    );
    zh.push(
      `${tokens.length} 个有效令牌代表该单位（${tokens.map((token) => `“${token.name}”`).join('、')}）`,
    );
  }
  return bothLanguages({
    en: `unit "${id}" is still at work and cannot be retired: ${en.join('; ')}. Reassign its items (plan responsibilities import) and revoke its tokens (DELETE /api/v1/tokens/<id>) first; nothing changed.`,
    zh: `单位“${id}”仍在承担工作，不能撤销：${zh.join('；')}。请先改派其事项、吊销其令牌；未作改动。`,
  });
}
