import { createRoute } from '@hono/zod-openapi';
import { type Indicator, TargetComparator } from '@plan/indicators';
import {
  asMilestoneObservation,
  judgeMilestones,
  Observation,
  oneValuePerDate,
  toScoringObservations,
} from '@plan/observations';
import { targetsInForce } from '@plan/plans';
import { Target } from '@plan/projects';
import {
  AssessInput,
  assessIndicator,
  assessRegionIndicator,
  IndicatorAssessment,
  Method,
  MilestoneAssessment,
  PlanAssessment,
  RegionJudging,
  ScoringInputError,
} from '@plan/scoring';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { App, AppDeps } from '../appTypes.js';
import { assertRole, requireRole } from '../auth.js';
import { carriedBaselines } from '../plans/carriedBaselines.js';
import type { PlanContext } from '../plans/planRegistry.js';
import { Problem, ProblemError, problemResponse } from '../problem.js';
import { runTask } from '../work/offLoop.js';
import { storedForTask } from '../work/packedRows.js';
import { planReadKey } from '../work/planReadKey.js';
import type { TaskRefusal } from '../work/tasks.js';
import { answerCache } from './_lib/answerCache.js';
import { cacheableResponse, etagOf } from './_lib/caching.js';
import { asRegionTarget, districtAssessment, isDistrictOf } from './_lib/districtAssessment.js';
import { ExportFormat, sendSheet, spreadsheetContent } from './_lib/exports.js';
import type { OpenapiForPlans } from './_lib/planScoped.js';
import { type ReadSummary, readSummaries } from './_lib/readSummaries.js';
import { bearer, etagHeader, notModifiedResponse, problems } from './_lib/responses.js';
import { AsOfBasis, chooseAsOf, withAsOfBasis } from './assessmentAsOf.js';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const ReadQuery = z.object({
  asOf: IsoDay.optional().describe(
    'Judge as of this day. Default: the latest date with data inside the plan period; once the plan is over, its last day (final evaluation); never after today. The answer says which rule applied (asOfRule)',
  ),
  region: z
    .string()
    .optional()
    .describe(
      'A region id of the plan; default the region the plan sets targets for (ordos, 鄂尔多斯市, in the Ordos plan)',
    ),
  includeIllustrative: z
    .enum(['true', 'false'])
    .optional()
    .describe('Use illustrative demo figures (示例数据) too; the answer says when it did'),
  includeSubmitted: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'Use figures districts submitted and the city has not approved yet; default false: approved figures only. The answer marks what used them (usedSubmitted)',
    ),
});

/** What every assessment answer says about the data it was computed from. */
const DataBasis = {
  illustrative: z.boolean().describe('true when any illustrative demo figure (示例数据) was used'),
  includeSubmitted: z
    .boolean()
    .describe(
      'true when submitted (not yet approved) figures were asked for (includeSubmitted=true)',
    ),
  usedSubmitted: z
    .boolean()
    .describe(
      'true when any submitted, not yet approved figure was used; each observation says its approval',
    ),
  dataVersion: z.number().int(),
  observationsUsed: z.number().int(),
  ...AsOfBasis,
  setAside: z
    .array(Observation)
    .describe(
      'Other values of the same indicator, region and date that were not used (official beats illustrative; newest wins)',
    ),
};

/** One item of an assessment: how a district was judged, and whether it used a submitted figure. */
const AssessedItem = IndicatorAssessment.extend({
  regionJudging: RegionJudging.optional().describe(
    'For a district (a region under the plan’s subject): its own baseline or "no district baseline", its target or "city target applied", or not judged (an indicator about the city as a whole)',
  ),
  usedSubmitted: z
    .boolean()
    .optional()
    .describe('true when a submitted, not yet approved figure was used for this item'),
});

export const AssessmentsResponse = PlanAssessment.extend({
  indicators: z.array(AssessedItem),
  ...DataBasis,
}).meta({
  id: 'AssessmentsResponse',
});
export const IndicatorAssessments = z
  .object({
    indicatorId: z.string(),
    region: z.string(),
    asOf: z.string(),
    methods: z.record(Method, AssessedItem).describe('The same indicator judged by each method'),
    observations: z.array(Observation),
    targets: z
      .array(Target)
      .describe('Quantified targets of the plan’s text linked to the indicator'),
    ...DataBasis,
  })
  .meta({ id: 'IndicatorAssessments' });
export const MilestonesResponse = z
  .object({
    asOf: z.string(),
    region: z.string(),
    items: z.array(
      z.object({
        target: Target,
        assessment: MilestoneAssessment,
        valuesUsed: z.number().int(),
        judged: z
          .boolean()
          .describe(
            'false when indicator values cannot judge the target: it is not a level of an indicator, or the region is not the plan’s own (its targets are for the city as a whole); it then says no data',
          ),
        amendment: z
          .object({
            id: z.string(),
            effectiveDate: z.string(),
            printed: z.string().describe('The amended value as the deciding document prints it'),
            inForce: z.object({
              comparator: TargetComparator,
              value: z.number(),
              upper: z.number().optional(),
            }),
          })
          .optional()
          .describe(
            'The amendment (规划调整) the target was judged against as of the date; `target` stays as the plan prints it',
          ),
      }),
    ),
    ...DataBasis,
  })
  .meta({ id: 'MilestonesResponse' });

/** Largest body POST /api/v1/assess reads. */
export const ASSESS_BODY_LIMIT = 256 * 1024;
/** Most points of the series POST /api/v1/assess scores. */
export const ASSESS_MAX_SERIES = 5_000;
/** Up to these sizes the work runs in process; above, on a work thread (see work/offLoop.ts). */
const ASSESS_IN_PROCESS_MAX = 500;
const PLAN_ASSESSMENT_IN_PROCESS_MAX = 5_000;

/** The caps of POST /api/v1/assess, checked before the body is validated. */
const assessLimits: MiddlewareHandler[] = [
  bodyLimit({
    maxSize: ASSESS_BODY_LIMIT,
    onError: (c) =>
      problemResponse(
        c,
        413,
        `The body is larger than the ${ASSESS_BODY_LIMIT} bytes /assess takes.`,
      ),
  }),
  async (c, next) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return next(); // the validator answers 400 for a body that is not JSON
    }
    const series = (body as { series?: unknown } | null)?.series;
    if (Array.isArray(series) && series.length > ASSESS_MAX_SERIES) {
      return problemResponse(
        c,
        422,
        `The series has ${series.length} points; /assess takes at most ${ASSESS_MAX_SERIES}.`,
      );
    }
    return next();
  },
];

/** The plan in force and its applied amendments, as the planAssessment task takes them. */
function planAndAmendments(inForce: ReturnType<PlanContext['inForce']>) {
  return inForce.applied
    ? { plan: inForce.plan, amendments: inForce.applied }
    : { plan: inForce.plan };
}

function refusalProblem({ refused }: TaskRefusal): ProblemError {
  return new ProblemError(refused.status, refused.detail, { errors: refused.errors });
}

function scoringProblem(error: unknown): never {
  if (error instanceof ScoringInputError) {
    throw new ProblemError(400, error.message.split('\n')[0] ?? 'Invalid input.', {
      errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  throw error;
}

export function registerAssessmentRoutes(
  app: App,
  openapiForPlans: OpenapiForPlans,
  deps: AppDeps,
) {
  const { store } = deps;
  // One cache for every plan: each key names its plan.
  const cached = answerCache();
  // What the plan assessment keeps of each read (per data version): see readSummaries.ts. The work
  // threads are the process's, shared by every app in it (tests): keys name the store (planReadKey).
  const summaries = readSummaries();
  const today = () => deps.clock().toISOString().slice(0, 10);

  /**
   * What every read asks: as of when, for which region of the plan (400 for one it
   * does not have), with illustrative data or not, at which data version.
   */
  async function readContext(context: PlanContext, query: z.infer<typeof ReadQuery>) {
    const { plan } = context;
    if (query.region !== undefined && !plan.regions.some((region) => region.id === query.region))
      throw new ProblemError(400, 'The request is not valid; see errors for each field.', {
        errors: [
          {
            path: 'query.region',
            message: `expected one of ${plan.regions.map((region) => region.id).join(', ')}`,
          },
        ],
      });
    const region = query.region ?? plan.subjectRegion;
    const includeIllustrative = query.includeIllustrative === 'true';
    const includeSubmitted = query.includeSubmitted === 'true';
    // No asOf asked for: the default rule on the figures this read would judge (asOfRule says which).
    const asOfChoice = await chooseAsOf(
      store,
      context,
      {
        asOf: query.asOf,
        region,
        includeIllustrative,
        approval: approvalsCounted(includeSubmitted),
      },
      today(),
    );
    return {
      asOf: asOfChoice.asOf,
      asOfChoice,
      region,
      includeIllustrative,
      includeSubmitted,
      version: await store.dataVersion(),
    };
  }

  /** The figures that count: approved ones, and submitted ones too when asked. */
  const approvalsCounted = (includeSubmitted: boolean) =>
    includeSubmitted ? (['approved', 'submitted'] as const) : ('approved' as const);

  // A successor plan's subject region also gets its predecessor's final values as baselines.
  const withCarried = carriedBaselines(store, async (id) => deps.plans?.get(id));

  async function observationsFor(
    context: PlanContext,
    region: string,
    includeIllustrative: boolean,
    includeSubmitted: boolean,
  ) {
    const stored = await withCarried(
      context,
      region,
      await store.forPlan(context.id).listObservations({
        region,
        includeIllustrative,
        approval: approvalsCounted(includeSubmitted),
      }),
    );
    const { used, setAside } = oneValuePerDate(stored);
    return {
      used,
      setAside,
      illustrative: used.some((observation) => observation.illustrative),
      usedSubmitted: used.some((observation) => observation.approval === 'submitted'),
    };
  }

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/assessments',
      tags: ['Assessments'],
      summary:
        'Every indicator assessed by one method as of a date, with the calculation, and the roll-ups',
      request: {
        query: ReadQuery.extend({
          method: Method.default('time-progress'),
          format: ExportFormat.optional().describe('json (default), csv or xlsx'),
        }),
      },
      responses: {
        200: {
          headers: { ETag: etagHeader },
          description: 'The plan assessment',
          content: { 'application/json': { schema: AssessmentsResponse }, ...spreadsheetContent },
        },
        304: notModifiedResponse,
        ...problems(400, 401),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      // Exports need a token (apps/api/README.md, "Who may do what").
      if (query.format && query.format !== 'json') assertRole(c.get('principal'), 'viewer');
      const context = c.get('plan');
      const { asOf, asOfChoice, region, includeIllustrative, includeSubmitted, version } =
        await readContext(context, query);
      const key = `${context.id}|plan|${query.method}|${asOf}|${region}|${includeIllustrative}|${includeSubmitted}|${version}`;
      const body = await cached(version, key, async () => {
        const stored = async () =>
          withCarried(
            context,
            region,
            await store.forPlan(context.id).listObservations({
              region,
              includeIllustrative,
              approval: approvalsCounted(includeSubmitted),
            }),
          );
        if (isDistrictOf(context.plan, region)) {
          const read = await stored();
          // A district's few figures are judged here, each indicator fairly (its own baseline).
          const inForce = context.inForce(asOf);
          const regionTargets = await store.forPlan(context.id).listRegionTargets({ region });
          try {
            const answer = districtAssessment(inForce.plan, read, {
              region,
              method: query.method,
              asOf,
              regionTargets: regionTargets.map(asRegionTarget),
              ...(inForce.applied ? { amendments: inForce.applied } : {}),
              version,
            });
            return withSubmittedMarks(
              JSON.stringify(answer),
              submittedOf(read, includeSubmitted),
              includeSubmitted,
            );
          } catch (error) {
            scoringProblem(error);
          }
        }
        // Many observations: judged on a work thread, so the server answers meanwhile. The thread
        // keeps the observations of this read checked (per data version): another as-of date asks it
        // without reading the store again, and gets `uncached` only if it no longer has them.
        const readKey = planReadKey(store, {
          planId: context.id,
          region,
          includeIllustrative,
          includeSubmitted,
          version,
        });
        const judge = async (count: number, observations?: Observation[]) => {
          const large = count > PLAN_ASSESSMENT_IN_PROCESS_MAX;
          // To a thread the observations go packed into columns (moved, not cloned object by object).
          const sent = await storedForTask(observations, large);
          return runTask(
            'planAssessment',
            {
              // The plan in force as of the date: its amendments from their effective dates.
              ...planAndAmendments(context.inForce(asOf)),
              ...sent.input,
              cacheKey: readKey,
              method: query.method,
              asOf,
              region,
              version,
            },
            large,
            sent.transfer,
            readKey,
          );
        };
        let summary = summaries.get(version, readKey);
        let outcome = summary ? await judge(summary.count) : ({ uncached: true } as const);
        if ('uncached' in outcome) {
          const read = await stored();
          summary = { count: read.length, submitted: submittedOf(read, includeSubmitted) };
          summaries.set(version, readKey, summary);
          outcome = await judge(read.length, read);
        }
        if ('refused' in outcome) throw refusalProblem(outcome);
        if ('uncached' in outcome) throw new Error('the work thread did not keep what it was sent');
        return withSubmittedMarks(
          outcome.body,
          (summary as ReadSummary).submitted,
          includeSubmitted,
        );
      });
      if (query.format && query.format !== 'json') {
        return (await sendSheet(
          assessmentSheet(JSON.parse(body)),
          query.format,
          `assessments-${region}-${asOf}-${query.method}`,
        )) as never;
      }
      return cacheableResponse(c, withAsOfBasis(body, asOfChoice), {
        etag: etagOf(`${key}|${JSON.stringify(asOfChoice)}`),
      }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/indicators/{id}/assessment',
      tags: ['Assessments'],
      summary:
        'One indicator judged by all five methods side by side, with its observations and linked targets',
      request: { params: z.object({ id: z.string() }), query: ReadQuery },
      responses: {
        200: {
          headers: { ETag: etagHeader },
          description: 'The assessments',
          content: { 'application/json': { schema: IndicatorAssessments } },
        },
        304: notModifiedResponse,
        ...problems(400, 404),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const context = c.get('plan');
      if (!context.plan.indicators.some((candidate) => candidate.id === id))
        throw new ProblemError(404, `No indicator "${id}".`);
      const query = c.req.valid('query');
      const { asOf, asOfChoice, region, includeIllustrative, includeSubmitted, version } =
        await readContext(context, query);
      const { plan } = context.inForce(asOf);
      const indicator = plan.indicators.find((candidate) => candidate.id === id) as Indicator;
      const key = `${context.id}|indicator|${id}|${asOf}|${region}|${includeIllustrative}|${includeSubmitted}|${version}`;
      const body = await cached(version, key, async () => {
        const { used, setAside } = await observationsFor(
          context,
          region,
          includeIllustrative,
          includeSubmitted,
        );
        const mine = used.filter((observation) => observation.indicatorId === id);
        const scoring = toScoringObservations(mine);
        const methods: Record<string, unknown> = {};
        // A district is judged fairly: its own baseline, its target or the city's (regionJudging).
        const stored = isDistrictOf(plan, region)
          ? (await store.forPlan(context.id).listRegionTargets({ region, indicatorId: id }))[0]
          : undefined;
        const regionTarget = stored ? asRegionTarget(stored) : undefined;
        try {
          for (const method of Method.options)
            methods[method] = isDistrictOf(plan, region)
              ? assessRegionIndicator(plan, indicator, scoring, {
                  region,
                  method,
                  asOf,
                  ...(regionTarget ? { regionTarget } : {}),
                })
              : assessIndicator(indicator, scoring, { method, asOf, region }, plan);
        } catch (error) {
          scoringProblem(error);
        }
        return JSON.stringify({
          indicatorId: id,
          region,
          asOf,
          methods,
          observations: mine,
          targets: context.lookups?.targetsForIndicator(id) ?? [],
          illustrative: mine.some((observation) => observation.illustrative),
          includeSubmitted,
          usedSubmitted: mine.some((observation) => observation.approval === 'submitted'),
          dataVersion: version,
          observationsUsed: mine.length,
          setAside: setAside.filter((observation) => observation.indicatorId === id),
        });
      });
      return cacheableResponse(c, withAsOfBasis(body, asOfChoice), {
        etag: etagOf(`${key}|${JSON.stringify(asOfChoice)}`),
      }) as never;
    },
  );

  openapiForPlans(
    {
      method: 'get',
      path: '/api/v1/milestones',
      tags: ['Assessments'],
      summary:
        'Every quantified target of the plan’s text: met, on track, due soon, overdue or no data, as of a date',
      request: { query: ReadQuery },
      responses: {
        200: {
          headers: { ETag: etagHeader },
          description: 'Milestones in the order of the text',
          content: { 'application/json': { schema: MilestonesResponse } },
        },
        304: notModifiedResponse,
        ...problems(400),
      },
    },
    async (c) => {
      const query = c.req.valid('query');
      const context = c.get('plan');
      const { asOf, asOfChoice, region, includeIllustrative, includeSubmitted, version } =
        await readContext(context, query);
      const key = `${context.id}|milestones|${asOf}|${region}|${includeIllustrative}|${includeSubmitted}|${version}`;
      const body = await cached(version, key, async () => {
        const { used, setAside, illustrative, usedSubmitted } = await observationsFor(
          context,
          region,
          includeIllustrative,
          includeSubmitted,
        );
        const observed = used.map((observation) => ({
          ...asMilestoneObservation(observation),
          region: observation.region,
        }));
        let items: Pick<
          ReturnType<typeof judgeMilestones<Target>>[number],
          'target' | 'assessment' | 'valuesUsed' | 'judged'
        >[];
        try {
          // Project targets as amended by then (规划调整); each answer keeps the printed target.
          const inForce = context.inForce(asOf);
          const printed = context.catalogue?.targets ?? [];
          const { targets, amended } = targetsInForce(inForce.plan, printed, inForce.applied ?? []);
          const amendmentOf = new Map(amended.map((change) => [change.targetId, change]));
          const printedById = new Map(printed.map((target) => [target.id, target]));
          items = judgeMilestones(inForce.plan, targets, observed, { region, asOf }).map(
            ({ target, assessment, valuesUsed, judged }) => {
              const change = amendmentOf.get(target.id);
              return {
                target: printedById.get(target.id) ?? target,
                assessment,
                valuesUsed,
                judged,
                ...(change
                  ? {
                      amendment: {
                        id: change.amendment.id,
                        effectiveDate: change.amendment.effectiveDate,
                        printed: change.printed,
                        inForce: change.inForce,
                      },
                    }
                  : {}),
              };
            },
          );
        } catch (error) {
          scoringProblem(error);
        }
        return JSON.stringify({
          asOf,
          region,
          items,
          illustrative,
          includeSubmitted,
          usedSubmitted,
          dataVersion: version,
          observationsUsed: used.length,
          setAside,
        });
      });
      return cacheableResponse(c, withAsOfBasis(body, asOfChoice), {
        etag: etagOf(`${key}|${JSON.stringify(asOfChoice)}`),
      }) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/assess',
      tags: ['Assessments'],
      summary:
        'Stateless: assess one series by one method (the `assess` of @plan/scoring over HTTP)',
      description: `At most ${ASSESS_MAX_SERIES} points in the series (more: 422) and ${ASSESS_BODY_LIMIT / 1024} KiB of body (more: 413).`,
      security: bearer,
      middleware: [requireRole('viewer'), ...assessLimits],
      request: {
        body: { required: true, content: { 'application/json': { schema: AssessInput } } },
      },
      responses: {
        200: {
          description: 'The method’s status and its calculation components',
          content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
        },
        ...problems(400, 401, 413),
        422: {
          description: `The series has more than ${ASSESS_MAX_SERIES} points`,
          content: { 'application/problem+json': { schema: Problem } },
        },
        503: {
          description: 'The work thread failed or ran out of time; retry after Retry-After seconds',
          content: { 'application/problem+json': { schema: Problem } },
        },
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const outcome = await runTask('assess', input, input.series.length > ASSESS_IN_PROCESS_MAX);
      if ('refused' in outcome) throw refusalProblem(outcome);
      return c.json(outcome.result, 200);
    },
  );
}

/**
 * The plan assessment's answer with what it says about submitted figures: whether they were
 * asked for and used, and each item that used one. Without includeSubmitted none can have been
 * used, so the answer is only appended to (the common case stays a string operation).
 */
/** `indicatorId \0 region` of each item judged on a submitted figure (none when they were not asked for). */
function submittedOf(stored: readonly Observation[], includeSubmitted: boolean): Set<string> {
  if (!includeSubmitted) return new Set();
  const { used } = oneValuePerDate(stored);
  return new Set(
    used
      .filter((observation) => observation.approval === 'submitted')
      .map((observation) => `${observation.indicatorId}\u0000${observation.region}`),
  );
}

function withSubmittedMarks(
  body: string,
  submitted: ReadonlySet<string>,
  includeSubmitted: boolean,
): string {
  if (!includeSubmitted)
    return `${body.slice(0, body.lastIndexOf('}'))},"includeSubmitted":false,"usedSubmitted":false}`;
  const answer = JSON.parse(body) as { indicators: { indicatorId: string; region: string }[] };
  const indicators = answer.indicators.map((item) =>
    submitted.has(`${item.indicatorId}\u0000${item.region}`)
      ? { ...item, usedSubmitted: true }
      : item,
  );
  return JSON.stringify({
    ...answer,
    indicators,
    includeSubmitted: true,
    usedSubmitted: submitted.size > 0,
  });
}

type SheetRow = (string | number | boolean | null)[];

/** The plan assessment as a table, one row per indicator and region. */
function assessmentSheet(assessment: z.infer<typeof AssessmentsResponse>) {
  const header = [
    'indicator_id',
    'indicator_zh',
    'indicator_en',
    'region',
    'method',
    'as_of',
    'status',
    'status_zh',
    'status_en',
    'score',
    'completion_progress',
    'time_progress',
    'latest_value',
    'latest_time',
    'expected_value',
    'target',
    'illustrative_data',
    'explanation_zh',
    'explanation_en',
  ];
  const rows: SheetRow[] = assessment.indicators.map((item) => {
    const quantity = item.quantities[0];
    const components =
      (quantity?.result as { components?: Record<string, unknown> } | null)?.components ?? {};
    const number = (key: string) =>
      typeof components[key] === 'number' ? (components[key] as number) : null;
    return [
      item.indicatorId,
      item.name.zh,
      item.name.en,
      item.region,
      item.method,
      item.asOf,
      item.status,
      item.label.zh,
      item.label.en,
      item.score,
      number('completionProgress'),
      number('timeProgress'),
      quantity?.latest?.value ?? null,
      quantity?.latest?.time ?? null,
      number('expectedValue'),
      quantity?.target?.printed ?? null,
      assessment.illustrative ? 'true (示例数据)' : 'false',
      item.explanation.zh,
      item.explanation.en,
    ];
  });
  return { name: 'assessments', header, rows };
}
