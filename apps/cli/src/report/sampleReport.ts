import { demoObservations, planBaselineObservations, trackPlan } from '@plan/observations';
import { Method, planDays, reportTimeBase } from '@plan/scoring';
import { databaseTargetFrom, openStore } from '@plan/store';
import { runAssessment } from '../assessment/runAssessment.js';
import { defaultPlan } from '../plans/builtInPlans.js';
import { buildReport } from './buildReport.js';
import { buildReportModel } from './buildReportModel.js';
import { narrativeTexts } from './narrativeTexts.js';
import { renderHtml } from './renderHtml.js';
import { renderMarkdown } from './renderMarkdown.js';
import type { ReportModel } from './reportModel.types.js';

/** The date the sample report in docs/ is written as of. */
export const SAMPLE_AS_OF = '2023-12-31';

/**
 * The sample report of docs/ (sample-report.html, .md and .docx), rendered in
 * memory: the plan's 2020 values and the illustrative demo figures (示例数据,
 * never official data, and the report says so) go through an in-memory
 * SQLite store, then the same assessment, model and renderers as
 * `plan report --as-of 2023-12-31 --include-illustrative`.
 */
export async function renderSampleReport(): Promise<{
  html: string;
  md: string;
  model: ReportModel;
}> {
  const { plan } = defaultPlan;
  const clock = () => new Date(`${SAMPLE_AS_OF}T00:00:00Z`);
  const store = await openStore(databaseTargetFrom('sqlite::memory:'), clock);
  let stored: Awaited<ReturnType<typeof store.listObservations>>;
  try {
    await store.importObservations(planBaselineObservations(plan), { name: 'sample-report' });
    await store.importObservations(demoObservations(plan), { name: 'sample-report' });
    stored = await store.listObservations({ includeIllustrative: true });
  } finally {
    await store.close();
  }
  const run = runAssessment(plan, stored, {
    asOf: SAMPLE_AS_OF,
    regions: [plan.subjectRegion],
    methods: Method.options,
    includeIllustrative: true,
  });
  // The sample has no reports, units or official figures after 2020: its 重大项目进展 and 督办清单
  // say so (demo figures never count towards an item's status, as in `plan report`).
  const tracking = trackPlan({
    plan,
    projects: defaultPlan.projects,
    targets: defaultPlan.targets,
    observations: stored.filter((observation) => !observation.illustrative),
    reports: [],
    responsibilities: [],
    asOf: SAMPLE_AS_OF,
    cycle: 'year',
  });
  const input = {
    plan,
    projects: defaultPlan.projects,
    targets: defaultPlan.targets,
    consistency: defaultPlan.consistency,
    tracking: { tracking, units: [] },
    run,
    lang: 'zh' as const,
  };
  // The mid-term evaluation (its time base is 2023-12-31), no reporting unit (the cover says
  // （未填写）), the written sections as drafts: nothing is stored for the sample.
  const timeBase = reportTimeBase('midterm', planDays(plan.period));
  const model = buildReportModel(
    buildReport({
      ...input,
      document: {
        kind: timeBase.kind,
        period: timeBase.period,
        from: timeBase.from,
        label: timeBase.label,
        unit: null,
        issued: SAMPLE_AS_OF,
        narrative: narrativeTexts({
          kind: timeBase.kind,
          asOf: SAMPLE_AS_OF,
          lang: 'zh',
          rows: buildReport(input).rows,
          stored: [],
        }),
      },
    }),
  );
  return { html: renderHtml(model), md: renderMarkdown(model), model };
}
