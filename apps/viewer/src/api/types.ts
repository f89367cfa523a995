// The API's contract as types, never restated by hand: the plan model comes
// from @plan/indicators, observations from @plan/observations, scoring results
// from @plan/scoring, project targets from @plan/projects (the zod schemas the
// API's routes answer with), and the envelopes from the client types generated
// from the API's OpenAPI document. All imports are type-only: nothing of them
// is bundled.
import type { components, paths } from '@plan/api/client';
import type {
  Category,
  Indicator,
  IndicatorTable,
  LocalizedText,
  PlanMeta,
  Region,
} from '@plan/indicators';
import type {
  Observation,
  ObservationInput,
  ObservationPatch,
  ObservationValue,
  Revision,
} from '@plan/observations';
import type { PlanFile, Succession } from '@plan/plans';
import type { ConsistencyReport, Project, Target } from '@plan/projects';
import type {
  IndicatorAssessment,
  Method,
  MilestoneAssessment,
  PlanAssessment,
  QuantityAssessment,
  RollUp,
} from '@plan/scoring';

export type {
  Category,
  ConsistencyReport,
  Indicator,
  IndicatorAssessment,
  IndicatorTable,
  LocalizedText,
  Method,
  MilestoneAssessment,
  Observation,
  ObservationInput,
  ObservationPatch,
  ObservationValue,
  PlanFile,
  Project,
  QuantityAssessment,
  Region,
  Revision,
  RollUp,
  Succession,
  Target,
};

type Schemas = components['schemas'];
/** The JSON body of a path's 200 answer to GET. */
type Answer<P extends keyof paths> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer Body } } } };
}
  ? Body
  : never;

/** GET /api/v1/plans: one plan of the deployment (the default one serves the paths without /plans/{planId}). */
export type PlanListItem = Schemas['PlanListItem'];

/** GET /api/v1/plan: the plan's metadata (years, subject and benchmark regions), regions and tables. */
export type PlanSummary = PlanMeta & { regions: Region[]; tables: IndicatorTable[] };

/** GET /api/v1/observations */
export type ObservationList = Omit<Answer<'/api/v1/observations'>, 'items'> & {
  items: Observation[];
};
/** POST /api/v1/observations/import: the report, row by row. */
export type ImportReport = Schemas['ImportReport'];

/** GET /api/v1/me */
export type Me = Answer<'/api/v1/me'>;
export type Role = NonNullable<Me['role']>;
/** One offending field of a request, as the API names it in problem+json. */
export type FieldError = Schemas['FieldError'];
/** An RFC 9457 problem document, as every API error is. */
export type Problem = Schemas['Problem'];

/** What every assessment answer says about the data it was computed from. */
type DataBasis = Pick<
  Schemas['AssessmentsResponse'],
  'illustrative' | 'dataVersion' | 'observationsUsed' | 'setAside'
>;
/** GET /api/v1/assessments: every indicator by one method, and the roll-ups. */
export type AssessmentsAnswer = PlanAssessment & DataBasis;
/** GET /api/v1/indicators/{id}/assessment: one indicator by every method. */
export type IndicatorAssessmentsAnswer = Omit<
  Schemas['IndicatorAssessments'],
  'methods' | 'observations' | 'targets'
> & {
  methods: Record<Method, IndicatorAssessment>;
  observations: Observation[];
  targets: Target[];
};
/** GET /api/v1/milestones: every quantified target of the plan's text, judged. */
export type MilestonesAnswer = Omit<Schemas['MilestonesResponse'], 'items'> & {
  items: {
    target: Target;
    assessment: MilestoneAssessment;
    valuesUsed: number;
    /** The amendment (规划调整) the target was judged against; the target stays as printed. */
    amendment?: Schemas['MilestonesResponse']['items'][number]['amendment'];
  }[];
};
