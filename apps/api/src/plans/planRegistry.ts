import { ordosPlan, type Plan } from '@plan/indicators';
import { planBaselineObservations } from '@plan/observations';
import {
  type Amendment,
  ordosPlanFile,
  type PlanFileIssue,
  planConsistency,
  planInForce,
  safeParsePlan,
} from '@plan/plans';
import {
  type Catalogue,
  type ConsistencyReport,
  createLookups,
  type Lookups,
  ordosBaselines,
  ordosConsistencyReport,
  ordosOutline,
  ordosProjects,
  ordosTargets,
} from '@plan/projects';
import { type Actor, ConflictError, type Store } from '@plan/store';
import { type StaticJson, staticJson } from '../routes/_lib/caching.js';

/** One plan the API serves: built in, or added through POST /api/v1/plans. */
export type PlanContext = {
  id: string;
  builtIn: boolean;
  /** When the plan was added, for a stored plan; null for a built-in one. */
  addedAt: string | null;
  /** The plan file: what GET /api/v1/plans/{planId} gives back, and POST and parsePlan accept. */
  file: unknown;
  plan: Plan;
  /** The plan's amendments (调整), each from its effective date. */
  amendments: readonly Amendment[];
  /** The plan in force on a day, and the amendments that make it so (none: the plan as printed). */
  inForce: (asOf: string) => { plan: Plan; applied: Amendment[] | undefined };
  /** The projects, measures and targets; undefined for a plan without projects. */
  catalogue: Catalogue | undefined;
  lookups: Lookups | undefined;
  /**
   * The consistency report: the built-in plan's against its text and sources; an added plan's
   * against itself and its tables (planConsistency); undefined for a plan without projects.
   */
  consistency: ConsistencyReport | undefined;
  /** An answer that never changes while the server runs, serialised and tagged once per plan. */
  staticAnswer: (key: string, value: () => unknown) => StaticJson;
};

function planContext(
  parts: Omit<PlanContext, 'lookups' | 'staticAnswer' | 'inForce'>,
): PlanContext {
  const { catalogue, plan, amendments } = parts;
  const answers = new Map<string, StaticJson>();
  return {
    ...parts,
    inForce(asOf) {
      if (amendments.length === 0) return { plan, applied: undefined };
      const inForce = planInForce(plan, amendments, asOf);
      return { plan: inForce.plan, applied: inForce.applied };
    },
    lookups: catalogue
      ? createLookups(
          catalogue,
          plan.indicators.map((indicator) => indicator.id),
        )
      : undefined,
    staticAnswer(key, value) {
      let answer = answers.get(key);
      if (!answer) {
        answer = staticJson(value());
        answers.set(key, answer);
      }
      return answer;
    },
  };
}

/**
 * The built-in Ordos plan: its file is @plan/plans' ordosPlanFile (which parses to
 * exactly these); its plan, catalogue and consistency report are the built ones.
 */
function ordosContext(): PlanContext {
  return planContext({
    id: ordosPlan.id,
    builtIn: true,
    addedAt: null,
    file: ordosPlanFile,
    plan: ordosPlan,
    amendments: [],
    catalogue: {
      outline: ordosOutline as Catalogue['outline'],
      projects: ordosProjects as Catalogue['projects'],
      targets: ordosTargets as Catalogue['targets'],
      baselines: ordosBaselines as Catalogue['baselines'],
    },
    consistency: ordosConsistencyReport,
  });
}

/** Why a plan file was not added: every problem with its path, or an id already taken. */
type PlanRefusal = { kind: 'invalid'; issues: PlanFileIssue[] } | { kind: 'taken'; id: string };

/**
 * The plans of a deployment: the built-in ones, and those stored through the API
 * (each read once, on first use, and kept by id). The default plan is what the
 * paths without `/plans/{planId}` serve.
 */
export function createPlanRegistry(store: Store) {
  const defaultPlan = ordosContext();
  const builtIn = new Map([[defaultPlan.id, defaultPlan]]);
  const stored = new Map<string, PlanContext>();

  function fromStored(record: { id: string; file: unknown; createdAt: string }): PlanContext {
    const known = stored.get(record.id);
    if (known) return known;
    const parsed = safeParsePlan(record.file);
    if (!parsed.success)
      throw new Error(
        `the stored plan "${record.id}" no longer reads: ${parsed.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    const context = planContext({
      id: record.id,
      builtIn: false,
      addedAt: record.createdAt,
      file: parsed.data.file,
      plan: parsed.data.plan,
      amendments: parsed.data.amendments,
      catalogue: parsed.data.catalogue,
      // Checked against itself and its tables; a file has no plan text for the rest.
      consistency: planConsistency(parsed.data),
    });
    stored.set(record.id, context);
    return context;
  }

  return {
    defaultPlan,

    /** The plan with this id, or undefined. */
    async get(id: string): Promise<PlanContext | undefined> {
      const known = builtIn.get(id) ?? stored.get(id);
      if (known) return known;
      const record = await store.getPlan(id);
      return record ? fromStored(record) : undefined;
    },

    /** Every plan: the built-in ones first, then the stored ones, oldest first. */
    async list(): Promise<PlanContext[]> {
      return [...builtIn.values(), ...(await store.listPlans()).map(fromStored)];
    },

    /**
     * Reads a plan file and, unless `dryRun`, stores it with its baseline values
     * (source "plan"). Gives the plan's id, or why it was refused: every problem of
     * the file at once, or an id already taken (a dry run says so too).
     */
    async add(
      json: unknown,
      actor: Actor,
      options: { dryRun: boolean },
    ): Promise<{ id: string } | PlanRefusal> {
      const parsed = safeParsePlan(json);
      if (!parsed.success) return { kind: 'invalid', issues: parsed.issues };
      const { plan, file } = parsed.data;
      if (builtIn.has(plan.id) || (await store.getPlan(plan.id)))
        return { kind: 'taken', id: plan.id };
      if (options.dryRun) return { id: plan.id };
      try {
        await store.savePlan({ id: plan.id, file }, actor, {
          observations: planBaselineObservations(plan),
          reason: `the plan’s ${plan.baselineYear} values`,
        });
      } catch (error) {
        if (error instanceof ConflictError) return { kind: 'taken', id: plan.id };
        throw error;
      }
      return { id: plan.id };
    },
  };
}

export type PlanRegistry = ReturnType<typeof createPlanRegistry>;
