import type { Plan } from '@plan/indicators';
import { judgeMilestones } from '@plan/observations';
import type { Project, Target } from '@plan/projects';
import type { MilestoneAssessment } from '@plan/scoring';
import type { UsedObservation } from '../assessment/selectObservations.js';

/** A target of the plan's text, where it is stated, and where it stands on the as-of date. */
export type MilestoneRow = {
  target: Target;
  /** The 专栏 project the target's measure belongs to; null for a target in the prose. */
  project: Pick<Project, 'number' | 'name'> | null;
  /** The measure's printed number, "（3）", when it has one. */
  measureNumber: string | null;
  deadline: string;
  /** True where the text states no deadline and the plan's end is taken. */
  deadlineInferred: boolean;
  /**
   * Null when the target cannot be judged from indicator data: it is linked
   * to no indicator, it is not a level (an amount to add, a yearly pace, a
   * quantity per school), or the report is not for the plan's own region
   * (`judgeMilestones` of @plan/observations: the API judges the same way).
   */
  assessment: MilestoneAssessment | null;
  /** True when a value behind the status is an illustrative demo figure. */
  illustrative: boolean;
};

export type DeadlineGroup = { year: number; rows: MilestoneRow[] };

/**
 * The plan's quantified targets grouped by deadline year, earliest first,
 * each judged by `judgeMilestones` of @plan/observations (the API's
 * milestones use the same rule): from the observed values of its linked
 * indicator when it is a level of it, in the plan's own region.
 */
export function milestonesByDeadline(input: {
  plan: Pick<Plan, 'indicators' | 'subjectRegion'>;
  targets: readonly Target[];
  projects: readonly Project[];
  used: readonly UsedObservation[];
  region: string;
  asOf: string;
}): DeadlineGroup[] {
  const measures = new Map(
    input.projects.flatMap((project) =>
      project.measures.map((measure) => [measure.id, { project, measure }] as const),
    ),
  );
  const judgedRows = judgeMilestones(
    input.plan,
    input.targets,
    input.used.map((observation) => ({
      indicatorId: observation.indicatorId,
      region: observation.region,
      value: observation.value,
      source: observation.source,
      illustrative: observation.illustrative,
      ...(observation.year !== undefined
        ? { year: observation.year }
        : { date: observation.date as string }),
    })),
    { region: input.region, asOf: input.asOf },
  );
  const rows = judgedRows.map(({ target, ...judged }): MilestoneRow => {
    const home = target.location.measure ? measures.get(target.location.measure) : undefined;
    return {
      target,
      project: home ? { number: home.project.number, name: home.project.name } : null,
      measureNumber: home?.measure.number ?? null,
      deadline: target.deadline.date ?? String(target.deadline.year),
      deadlineInferred: target.deadline.inferred,
      assessment: judged.judged ? judged.assessment : null,
      illustrative: judged.judged && judged.illustrative,
    };
  });
  const years = [...new Set(rows.map((row) => row.target.deadline.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    rows: rows
      .filter((row) => row.target.deadline.year === year)
      .sort((a, b) => a.deadline.localeCompare(b.deadline)),
  }));
}
