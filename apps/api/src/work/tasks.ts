import { ordosPlan, type Plan } from '@plan/indicators';
import { type Observation, trackPlan } from '@plan/observations';
import {
  type ImportFormat,
  type ReadRowsResult,
  readObservationRows,
} from '@plan/observations/rows';
import {
  type AssessInput,
  assess,
  type assessPlan,
  assessPlanChecked,
  draftNarrative,
  type Method,
  type ReportKind,
  ScoringInputError,
} from '@plan/scoring';
import { checkedObservationsCache, planInterner } from './checkedObservations.js';
import { createObservationPacker, type PackedObservations } from './packedObservations.js';
import { type PackedRows, unpackRows } from './packedRows.js';
import { unpackTrackedObservations } from './trackedObservations.js';

/** A refusal a task reports as data (it crosses a thread), turned into a problem answer by the route. */
export type TaskRefusal = {
  refused: { status: 400; detail: string; errors: { path: string; message: string }[] };
};

function refusalOf(error: unknown): TaskRefusal {
  if (error instanceof ScoringInputError) {
    return {
      refused: {
        status: 400,
        detail: error.message.split('\n')[0] ?? 'Invalid input.',
        errors: error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      },
    };
  }
  throw error;
}

// Per thread: the worker's own, or the server's for the small inputs run in process.
const checkedCache = checkedObservationsCache();
const internPlan = planInterner();

/** Checked observations for one assessment, kept nowhere. */
function uncachedEntry(plan: Plan, stored: readonly Observation[]) {
  return checkedObservationsCache(1).put('', plan, stored);
}

/** What reading an import file gives: ReadRowsResult with its observations packed. */
export type ReadRowsOutcome = Omit<ReadRowsResult, 'observations'> & { packed: PackedObservations };

export type PlanAssessmentInput = {
  /** The plan assessed: the request's (plain data, so it crosses to a work thread); default the Ordos plan. */
  plan?: Plan;
  /** The amendments in force on `asOf` that made `plan` the plan in force then (assessPlan's `amendments`). */
  amendments?: Parameters<typeof assessPlan>[2]['amendments'];
  /** The stored observations; may be left out with a `cacheKey` this thread keeps. */
  stored?: Observation[];
  /** Or the same packed into columns (packedRows.ts: moved to a thread, not cloned object by object). */
  packed?: PackedRows;
  /** Names the plan, what was read and the data version: the checked observations are kept under it. */
  cacheKey?: string;
  method: Method;
  asOf: string;
  region: string;
  version: number;
};

/** trackPlan's input, its observations as they are or packed (trackedObservations.ts). */
export type TrackPlanTaskInput = Omit<Parameters<typeof trackPlan>[0], 'observations'> & {
  observations?: Parameters<typeof trackPlan>[0]['observations'];
  packed?: Uint8Array;
};

/** A report's narrative draft as of its day (time progress), on a plan read as for an assessment. */
export type PlanDraftInput = Omit<PlanAssessmentInput, 'method'> & { kind: ReportKind };

/**
 * The checked observations of the read: kept under `cacheKey`, else checked from `stored` (and
 * kept under the key); undefined when neither is there (the route then sends them).
 */
function checkedEntryFor(
  plan: Plan,
  input: { stored?: Observation[]; packed?: PackedRows; cacheKey?: string },
) {
  const kept = input.cacheKey !== undefined ? checkedCache.get(input.cacheKey) : undefined;
  if (kept) return kept;
  const stored = input.stored ?? (input.packed ? unpackRows<Observation>(input.packed) : undefined);
  if (!stored) return undefined;
  return input.cacheKey !== undefined
    ? checkedCache.put(input.cacheKey, plan, stored)
    : uncachedEntry(plan, stored);
}

/**
 * The heavy work the API may run off the event loop. Each task takes and gives
 * plain data (it may cross a thread): the same functions run in process for
 * small inputs and in a worker (work/worker.ts) for large ones.
 */
export const tasks = {
  /**
   * An import file read and checked row by row: the observations (packed, see
   * packedObservations.ts), or the problems that stop it.
   */
  async readRows(input: {
    /** The plan the rows are checked against, with its targets for target_id rows (plain data: it crosses to the thread). */
    plan: Parameters<typeof readObservationRows>[0];
    body: Uint8Array;
    format: ImportFormat;
    source: string;
    limits?: Parameters<typeof readObservationRows>[4];
  }): Promise<ReadRowsOutcome> {
    const packer = createObservationPacker();
    const { observations: _none, ...read } = await readObservationRows(
      input.plan,
      input.body,
      input.format,
      { source: input.source },
      input.limits,
      packer.add,
    );
    return { ...read, packed: packer.finish() };
  },

  /** One series scored by one method (POST /api/v1/assess). */
  assess(input: AssessInput): { result: Record<string, unknown> } | TaskRefusal {
    try {
      return { result: assess(input) as Record<string, unknown> };
    } catch (error) {
      return refusalOf(error);
    }
  },

  /**
   * The whole plan assessed as of a date, serialised as the answer of GET /api/v1/assessments.
   * With a `cacheKey` (plan, what was read, data version) the observations are read and checked
   * once and kept in this thread (checkedObservations.ts); asked without `stored` for a key this
   * thread does not keep, it answers `{ uncached: true }` and the route sends them.
   */
  planAssessment(input: PlanAssessmentInput): { body: string } | { uncached: true } | TaskRefusal {
    const plan = internPlan(input.plan ?? ordosPlan);
    try {
      const entry = checkedEntryFor(plan, input);
      if (!entry) return { uncached: true };
      const assessment = assessPlanChecked(plan, entry.checked, {
        method: input.method,
        asOf: input.asOf,
        region: input.region,
        ...(input.amendments ? { amendments: input.amendments } : {}),
      });
      return {
        body: JSON.stringify({
          ...assessment,
          illustrative: entry.illustrative,
          dataVersion: input.version,
          observationsUsed: entry.observationsUsed,
          setAside: entry.setAside,
        }),
      };
    } catch (error) {
      return refusalOf(error);
    }
  },

  /**
   * The plan's implementation tracking as of a day (trackPlan of @plan/observations). On a thread
   * the observations come `packed` (trackedObservations.ts, moved, not copied); in process as they are.
   */
  trackPlan(input: TrackPlanTaskInput): ReturnType<typeof trackPlan> {
    const { packed, observations, ...rest } = input;
    return trackPlan({
      ...rest,
      observations:
        packed === undefined
          ? (observations ?? [])
          : unpackTrackedObservations(new TextDecoder().decode(packed)),
    });
  },

  /**
   * The draft of a report's written sections (draftNarrative of @plan/scoring): the plan judged by
   * time progress as of the report's day, each indicator's name, status and completion. It reads
   * the checked observations planAssessment keeps under the same `cacheKey` (one read of the
   * store per data version serves both), and answers `{ uncached: true }` as planAssessment does.
   */
  planDraft(input: PlanDraftInput): { body: string } | { uncached: true } | TaskRefusal {
    const plan = internPlan(input.plan ?? ordosPlan);
    try {
      const entry = checkedEntryFor(plan, input);
      if (!entry) return { uncached: true };
      const { indicators } = assessPlanChecked(plan, entry.checked, {
        method: 'time-progress',
        asOf: input.asOf,
        region: input.region,
        ...(input.amendments ? { amendments: input.amendments } : {}),
      });
      const draft = draftNarrative({
        kind: input.kind,
        asOf: input.asOf,
        method: 'time-progress',
        // A time-progress score is the completion (1 = 100%).
        indicators: indicators.map(({ name, status, score }) => ({
          name,
          status,
          completion: score,
        })),
      });
      return { body: JSON.stringify(draft) };
    } catch (error) {
      return refusalOf(error);
    }
  },
};

export type Tasks = typeof tasks;
export type TaskName = keyof Tasks;
