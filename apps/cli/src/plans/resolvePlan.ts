import { planConsistency, safeParsePlan } from '@plan/plans';
import { withStore } from '../_lib/openCliStore.js';
import type { CliContext } from '../cliContext.js';
import { dataError, usageError } from '../exitCodes.js';
import { builtInPlans, defaultPlan } from './builtInPlans.js';
import type { CliPlan } from './cliPlan.js';

/**
 * The plan `--plan <id>` names: a built-in plan, or one added to the database
 * with `plan plans add`; the built-in Ordos plan when no id is given. The
 * database is opened only for an id that is not built in.
 *
 * @throws CliError usage (exit 2) for an unknown id, naming the known ones;
 *   invalid data (exit 1) for a stored plan file that no longer reads
 */
export async function resolvePlan(
  context: Pick<CliContext, 'env' | 'cwd' | 'clock'>,
  id: string | undefined,
): Promise<CliPlan> {
  if (id === undefined) return defaultPlan;
  const builtIn = builtInPlans.get(id);
  if (builtIn) return builtIn;
  const { record, storedIds } = await withStore(context, async (store) => {
    const found = await store.getPlan(id);
    return {
      record: found,
      storedIds: found ? [] : (await store.listPlans()).map((plan) => plan.id),
    };
  });
  if (!record) {
    const known = [...builtInPlans.keys(), ...storedIds];
    throw usageError(
      `--plan: unknown plan "${id}": expected one of ${known.join(', ')}.\nRun "plan plans list".`,
    );
  }
  const parsed = safeParsePlan(record.file);
  if (!parsed.success) {
    throw dataError(
      `the stored plan "${id}" no longer reads as a plan file`,
      parsed.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const { plan, catalogue, amendments, succession } = parsed.data;
  return {
    id: record.id,
    builtIn: false,
    plan,
    projects: catalogue?.projects ?? [],
    targets: catalogue?.targets ?? [],
    // Checked against itself and its tables: a plan file has no plan text for the rest.
    consistency: planConsistency(parsed.data),
    amendments,
    succession,
  };
}
