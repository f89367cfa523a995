import type { Plan } from '@plan/indicators';
import { PLAN_SOURCE, type Observation as StoredObservation } from '@plan/observations';
import { type Amendment, planInForce } from '@plan/plans';
import { assessPlan, type Method, type PlanAssessment } from '@plan/scoring';
import { byApproval } from './byApproval.js';
import {
  type SetAside,
  selectObservations,
  toScoringObservation,
  type UsedObservation,
} from './selectObservations.js';

/** Where the figures behind one indicator's assessment came from. */
export type Provenance = {
  indicatorId: string;
  region: string;
  /** The latest value used: on or before the as-of date, from the base year on. */
  latest: UsedObservation | null;
  /** Every source of the values used, sorted. */
  sources: string[];
  /** True when any value used is an illustrative demo figure (示例数据). */
  illustrative: boolean;
  /** True when any value used was submitted by a district and is not yet approved. */
  submitted: boolean;
  /** How many observed values were used (the plan's own baseline not counted). */
  values: number;
};

export type AssessmentRun = {
  /** The plan assessed: the plan in force on the as-of date (as printed when it has no amendments). */
  plan: Readonly<Plan>;
  asOf: string;
  regions: string[];
  includeIllustrative: boolean;
  /** Submitted figures not yet approved were used too (approved figures only when false). */
  includeSubmitted: boolean;
  results: { method: Method; assessment: PlanAssessment }[];
  /** One entry per region and indicator, in the plan's order. */
  provenance: Provenance[];
  /** The observations the assessment used (on or before the as-of date, from the base year). */
  used: UsedObservation[];
  /** Values of the same indicator, region and time that lost to another source. */
  setAside: SetAside[];
};

/**
 * Assesses every indicator of a plan by each method as of a date, from
 * stored observations: one value per indicator, region and time (official
 * figures first; illustrative demo figures only when asked for; approved
 * figures only unless submitted ones are asked for), and records
 * where each figure came from so a report can say so beside it. A plan with
 * amendments is assessed as it stood on the as-of date (@plan/plans'
 * `planInForce`), and each assessment names the amendments in force.
 *
 * @throws ScoringInputError (from @plan/scoring) when stored data cannot belong to its indicator
 */
export function runAssessment(
  plan: Readonly<Plan>,
  stored: readonly StoredObservation[],
  options: {
    asOf: string;
    regions: readonly string[];
    methods: readonly Method[];
    includeIllustrative: boolean;
    /** Also use figures submitted by a district and not yet approved (default: approved only). */
    includeSubmitted?: boolean;
    /** The plan's amendments (规划调整); those effective by the as-of date are applied. */
    amendments?: readonly Amendment[];
  },
): AssessmentRun {
  const includeSubmitted = options.includeSubmitted ?? false;
  const reviewed = byApproval(stored, includeSubmitted);
  const candidates = options.includeIllustrative
    ? reviewed
    : reviewed.filter((observation) => !observation.illustrative);
  const { observations, setAside } = selectObservations(candidates, options.regions);
  const input = observations.map(toScoringObservation);
  const regions = [...options.regions];
  const amendments = options.amendments ?? [];
  // Without amendments the plan is assessed as printed, and the result names none.
  const inForce = amendments.length > 0 ? planInForce(plan, amendments, options.asOf) : undefined;
  const assessed = inForce?.plan ?? plan;
  const results = options.methods.map((method) => ({
    method,
    assessment: assessPlan(assessed, input, {
      method,
      asOf: options.asOf,
      regions,
      ...(inForce ? { amendments: inForce.applied } : {}),
    }),
  }));
  const firstDay = `${plan.baselineYear}-01-01`;
  const used = observations.filter(
    (observation) => observation.day <= options.asOf && observation.day >= firstDay,
  );
  const byKey = new Map<string, UsedObservation[]>();
  for (const observation of used) {
    const key = `${observation.indicatorId}\u0000${observation.region}`;
    const list = byKey.get(key);
    if (list) list.push(observation);
    else byKey.set(key, [observation]);
  }
  const provenance = regions.flatMap((region) =>
    plan.indicators.map((indicator): Provenance => {
      const values = (byKey.get(`${indicator.id}\u0000${region}`) ?? []).filter(
        // The plan's printed 2020 value is the base; a stored copy of it adds nothing.
        (observation) => observation.source !== PLAN_SOURCE,
      );
      return {
        indicatorId: indicator.id,
        region,
        latest: values.at(-1) ?? null,
        sources: [...new Set(values.map((observation) => observation.source))].sort(),
        illustrative: values.some((observation) => observation.illustrative),
        submitted: values.some((observation) => observation.submitted),
        values: values.length,
      };
    }),
  );
  return {
    plan: assessed,
    asOf: options.asOf,
    regions,
    includeIllustrative: options.includeIllustrative,
    includeSubmitted,
    results,
    provenance,
    used,
    setAside,
  };
}
