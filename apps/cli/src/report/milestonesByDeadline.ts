import { milestoneIndicator, milestoneInIndicatorUnit, milestoneValues } from '@plan/api';
import type { Project, Target } from '@plan/projects';
import { type MilestoneAssessment, milestoneStatus } from '@plan/scoring';
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
   * quantity per school), or the report is not for the plan's own region.
   */
  assessment: MilestoneAssessment | null;
  /** True when a value behind the status is an illustrative demo figure. */
  illustrative: boolean;
};

export type DeadlineGroup = { year: number; rows: MilestoneRow[] };

/**
 * The plan's quantified targets grouped by deadline year, earliest first,
 * each judged with @plan/scoring's `milestoneStatus` from the observed values
 * of its linked indicator (scaled into the indicator's unit, by part where
 * the indicator is split) when it is a level that indicator measures.
 */
export function milestonesByDeadline(input: {
  targets: readonly Target[];
  projects: readonly Project[];
  used: readonly UsedObservation[];
  region: string;
  subjectRegion: string;
  asOf: string;
}): DeadlineGroup[] {
  const measures = new Map(
    input.projects.flatMap((project) =>
      project.measures.map((measure) => [measure.id, { project, measure }] as const),
    ),
  );
  const rows = input.targets.map((target): MilestoneRow => {
    const home = target.location.measure ? measures.get(target.location.measure) : undefined;
    const judged = judge(target, input);
    return {
      target,
      project: home ? { number: home.project.number, name: home.project.name } : null,
      measureNumber: home?.measure.number ?? null,
      deadline: target.deadline.date ?? String(target.deadline.year),
      deadlineInferred: target.deadline.inferred,
      assessment: judged?.assessment ?? null,
      illustrative: judged?.illustrative ?? false,
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

function judge(
  target: Target,
  input: {
    used: readonly UsedObservation[];
    region: string;
    subjectRegion: string;
    asOf: string;
  },
): { assessment: MilestoneAssessment; illustrative: boolean } | null {
  // The report judges the plan's own region only, and no ratio (its targets are bands).
  const indicator = milestoneIndicator(target);
  if (!indicator || input.region !== input.subjectRegion || indicator.unit.kind === 'ratio')
    return null;
  const { points, illustrative } = milestoneValues(
    target,
    input.used
      .filter((observation) => observation.region === input.region)
      .map((observation) => ({
        indicatorId: observation.indicatorId,
        value: observation.value,
        source: observation.source,
        illustrative: observation.illustrative,
        ...(observation.year !== undefined
          ? { year: observation.year }
          : { date: observation.date as string }),
      })),
  );
  const assessment = milestoneStatus(milestoneInIndicatorUnit(target), points, {
    asOf: input.asOf,
  });
  return { assessment, illustrative };
}
