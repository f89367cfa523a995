import type { IndicatorTable, Plan, Region } from '@plan/indicators';
import type { ConsistencyFinding, ConsistencyReport, Project, Target } from '@plan/projects';
import { type FinalEvaluation, type Method, type RollUp, timeElapsed } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';
import { type IndicatorRow, indicatorRows } from '../assessment/indicatorRows.js';
import type { AssessmentRun } from '../assessment/runAssessment.js';
import type { ReportTracking } from '../tracking/reportTracking.js';
import type { AmendmentRow } from './amendmentRows.js';
import { type DataAge, dataSources, type SourceSummary } from './dataSources.js';
import type { DistrictReport } from './districtComparison.js';
import { type DeadlineGroup, milestonesByDeadline } from './milestonesByDeadline.js';
import type { ReportDocument } from './reportDocument.js';

export type ProjectSummary = {
  project: Project;
  measures: number;
  targets: number;
  /** Targets judged from indicator data (the rest cannot be, see MilestoneRow). */
  judged: number;
  deadlines: number[];
};

/** Everything the mid-term evaluation report shows, in one language, ready to render. */
export type Report = {
  lang: Lang;
  plan: Readonly<Plan>;
  asOf: string;
  region: Region;
  includeIllustrative: boolean;
  /** Figures submitted by a district and not yet approved were used too. */
  includeSubmitted: boolean;
  /** True when any figure in the report comes from illustrative demo data. */
  showsIllustrative: boolean;
  /** 时序进度 on the as-of date: the elapsed share of the plan period. */
  timeElapsed: number;
  overall: RollUp;
  tables: { table: IndicatorTable; rows: IndicatorRow[]; rollUp: RollUp | undefined }[];
  rows: IndicatorRow[];
  methods: { method: Method; rollUp: RollUp }[];
  projects: ProjectSummary[];
  milestones: DeadlineGroup[];
  /** No checks for a plan without the sources it is checked against (a plan added to the database). */
  consistency: { findings: ConsistencyFinding[]; checks: ConsistencyReport['checks'] };
  /** The plan's amendments (规划调整), each beside the printed value; empty when it has none. */
  amendments: AmendmentRow[];
  /** The final evaluation (总结评估) of the report's region, when the as-of date is after the plan's end. */
  finalEvaluation: FinalEvaluation | undefined;
  sources: SourceSummary[];
  age: DataAge;
  /** Values set aside because another source gave the same indicator, region and time. */
  setAside: number;
  /** The comparison of the regions under the subject region (plan report --by-region). */
  districts: DistrictReport | undefined;
  /** The progress of measures and targets and the supervision list; none for a plan without projects. */
  tracking: ReportTracking | undefined;
  /** Kind, time base, cover and written sections of a document to file; undefined for a bare report. */
  document: ReportDocument | undefined;
};

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/**
 * Builds the report from an assessment run (all methods, one region) and
 * the plan's projects, targets, consistency report and amendments. The plan
 * is the plan assessed (as in force on the as-of date). Pure: the as-of date
 * and every figure come in as arguments.
 */
export function buildReport(input: {
  plan: Readonly<Plan>;
  projects: readonly Project[];
  targets: readonly Target[];
  consistency: Readonly<ConsistencyReport> | undefined;
  amendments?: readonly AmendmentRow[];
  districts?: DistrictReport | undefined;
  tracking?: Omit<ReportTracking, 'projects' | 'targets'> | undefined;
  document?: ReportDocument | undefined;
  run: AssessmentRun;
  lang: Lang;
}): Report {
  const { plan, run, lang } = input;
  const regionId = run.regions[0] as string;
  const region = plan.regions.find((candidate) => candidate.id === regionId) as Region;
  const rows = indicatorRows(plan, run, lang).filter((row) => row.region === regionId);
  const primary = run.results.find((result) => result.method === 'time-progress') ?? run.results[0];
  if (!primary) throw new Error('buildReport needs an assessment by at least one method');
  const regionRollUp = (method: Method) =>
    run.results
      .find((result) => result.method === method)
      ?.assessment.rollUps.regions.find((group) => group.id === regionId) as RollUp;
  const milestones = milestonesByDeadline({
    plan,
    targets: input.targets,
    projects: input.projects,
    used: run.used,
    region: regionId,
    asOf: run.asOf,
  });
  const milestoneRows = milestones.flatMap((group) => group.rows);
  const projects = input.projects.map((project): ProjectSummary => {
    const mine = milestoneRows.filter((row) => row.project?.number === project.number);
    return {
      project,
      measures: project.measures.length,
      targets: mine.length,
      judged: mine.filter((row) => row.assessment !== null).length,
      deadlines: [...new Set(mine.map((row) => row.target.deadline.year))].sort(),
    };
  });
  const { sources, age } = dataSources(run);
  return {
    lang,
    plan,
    asOf: run.asOf,
    region,
    includeIllustrative: run.includeIllustrative,
    includeSubmitted: run.includeSubmitted,
    showsIllustrative:
      rows.some((row) => row.provenance.illustrative) ||
      milestoneRows.some((row) => row.illustrative) ||
      input.districts?.showsIllustrative === true,
    timeElapsed: timeElapsed(plan, run.asOf),
    overall: regionRollUp(primary.method),
    tables: plan.tables.map((table) => ({
      table,
      rows: rows.filter((row) => row.indicator.table === table.id),
      rollUp: primary.assessment.rollUps.tables.find(
        (group) => group.id === table.id && group.region === regionId,
      ),
    })),
    rows,
    methods: run.results.map((result) => ({
      method: result.method,
      rollUp: regionRollUp(result.method),
    })),
    projects,
    milestones,
    consistency: {
      findings: [...(input.consistency?.findings ?? [])].sort(
        (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
      ),
      checks: [...(input.consistency?.checks ?? [])],
    },
    amendments: [...(input.amendments ?? [])],
    finalEvaluation: primary.assessment.finalEvaluation,
    sources,
    age,
    setAside: run.setAside.length,
    districts: input.districts,
    tracking:
      input.tracking && (input.projects.length > 0 || input.targets.length > 0)
        ? { ...input.tracking, projects: input.projects, targets: input.targets }
        : undefined,
    document: input.document,
  };
}
