import { z } from 'zod';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { RegionList } from '../assessment/assessmentOptions.js';
import { ExitCode, usageError } from '../exitCodes.js';
import type { Command } from './command.js';

const help = `Usage: plan token create --role viewer|editor|admin [--name NAME]
                         [--regions R[,R…]] [--unit ID] [--json]

Creates an API token in the database the API uses and prints it once on stdout: only
its hash is stored, so it cannot be shown again. Send it as "Authorization: Bearer <token>".
  viewer  read, like anyone
  editor  also record, correct and import observations
  admin   also create and revoke tokens
With --regions the token writes only those regions' figures (a district's account: its
figures are submitted for the city to approve); a token whose regions include a plan's
subject region (ordos for the Ordos plan) is city-scoped. Without it, as before.
With --unit the token is a unit's account (单位): it writes figures and progress reports
only on the measures and targets that unit leads or cooperates on (plan responsibilities);
a retired unit does no work and gets no token.

Options:
  --role ROLE   viewer, editor or admin (required)
  --name NAME   who or what uses it, e.g. statistics-bureau-sync (default "cli-<role>")
  --regions R   comma-separated region ids of a plan built in or added (e.g. dongsheng);
                the token may write only these regions
  --unit ID     the unit the token reports for (plan units list shows the ids)
  --json        print {"ok", "token", "id", "name", "role", "scope", "createdAt"} on stdout
  -h, --help    this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 created · 2 usage (a name taken, an unknown region, an unknown or retired unit) ·
3 cannot open the database
`;

const Options = z.object({
  role: z
    .enum(['viewer', 'editor', 'admin'], { error: 'expected viewer, editor or admin' })
    .optional(),
  name: z.string().trim().min(1, 'give a name').max(100, 'at most 100 characters').optional(),
  regions: RegionList.optional(),
  unit: z.string().trim().min(1, 'give a unit id (plan units list)').max(100).optional(),
  json: z.boolean().optional(),
});

export const tokenCommand: Command = {
  help,
  async run(args, context) {
    const [action, ...rest] = args;
    if (action !== 'create') {
      throw usageError(
        `${action === undefined ? 'missing the action' : `unknown action "${action}"`}: expected "plan token create --role editor".\nRun "plan token --help".`,
      );
    }
    const { values } = parseCommandLine('token', rest, {
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        regions: { type: 'string' },
        unit: { type: 'string' },
        json: { type: 'boolean' },
      },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    if (!values.role) {
      throw usageError('--role is required: viewer, editor or admin.\nRun "plan token --help".');
    }
    const role = values.role;
    const name = values.name ?? `cli-${role}`;
    const { createToken, RetiredUnitTokenError, TokenNameError } = await import('@plan/store');
    const { withStore } = await import('../_lib/openCliStore.js');
    const { knownRegionIds } = await import('../plans/knownRegionIds.js');
    const regions = values.regions ? [...new Set(values.regions)] : undefined;
    const unit = values.unit;
    const created = await withStore(context, async (store) => {
      if (regions) {
        const known = await knownRegionIds(store);
        const unknown = regions.filter((id) => !known.includes(id));
        if (unknown.length > 0)
          throw usageError(
            `--regions: unknown region ${unknown.map((id) => `"${id}"`).join(', ')}: expected ids of a plan's regions (${known.join(', ')}).\nRun "plan token --help".`,
          );
      }
      if (unit !== undefined && !(await store.units.get(unit))) {
        const known = (await store.units.list()).map((each) => each.id);
        throw usageError(
          `--unit: unknown unit "${unit}": ${known.length === 0 ? 'no units are entered yet (plan units add)' : `expected one of ${known.join(', ')}`}.\nRun "plan units list".`,
        );
      }
      const scope = {
        ...(regions ? { regions } : {}),
        ...(unit !== undefined ? { unit } : {}),
      };
      try {
        return await createToken(
          { store },
          name,
          role,
          'cli',
          Object.keys(scope).length > 0 ? { scope } : {},
        );
      } catch (error) {
        // A name taken or reserved is the user's to change, not a bug.
        if (error instanceof TokenNameError) throw usageError(`--name: ${error.message}`);
        // A retired unit does no work; the unit can be returned to service first.
        if (error instanceof RetiredUnitTokenError)
          throw usageError(`--unit: ${error.messages.en}.\n${error.messages.zh}。`);
        throw error;
      }
    });
    if (values.json) {
      writeJsonLine(context.stdout, { ok: true, token: created.token, ...created.info });
    } else {
      context.stdout.write(`${created.token}\n`);
      context.stderr.write(
        `Created ${role} token "${name}" (${created.info.id})${regions ? ` for regions ${regions.join(', ')}` : ''}${unit !== undefined ? ` for unit ${unit}` : ''}. Store it now: it is shown only this once.\n`,
      );
    }
    return ExitCode.ok;
  },
};
