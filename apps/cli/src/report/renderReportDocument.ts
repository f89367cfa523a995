import { Method, type ReportKind } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';
import { regionsOf } from '../assessment/assessmentOptions.js';
import type { CliContext } from '../cliContext.js';
import type { Report } from './buildReport.js';
import type { DistrictReport } from './districtComparison.js';
import { MEDIA_TYPES, type ReportFormat } from './reportFormats.js';
import { reportTime } from './reportTime.js';

/** What to write: the format, the report's kind and time, and what goes into it. */
type ReportRequest = {
  format: ReportFormat;
  plan?: string | undefined;
  kind?: ReportKind | undefined;
  period?: string | undefined;
  asOf?: string | undefined;
  /** The reporting unit for the cover; undefined: （未填写）. */
  unit?: string | undefined;
  lang: Lang;
  region?: readonly string[] | undefined;
  byRegion?: boolean;
  includeIllustrative?: boolean;
  includeSubmitted?: boolean;
};

type ReportDocumentResult = {
  bytes: Uint8Array;
  mediaType: string;
  /** An ASCII file name: <plan>-<kind>-<period>.<ext>. */
  filename: string;
  report: Report;
  districts: DistrictReport | undefined;
  /** Said to the user (stderr in the CLI): the as-of day differs from the kind's, no reporting unit. */
  warnings: string[];
};

/**
 * One report document, from the database the API uses: resolves the kind,
 * period and as-of day (reportTime), assesses the plan's stored figures,
 * reads the written sections stored for that kind and period (else drafts
 * them), and renders the format asked for. Used by `plan report` and by the
 * API's report route that `plan serve` wires.
 *
 * @throws CliError usage for a bad region; RangeError for a bad kind or period
 */
export async function renderReportDocument(
  context: CliContext,
  request: ReportRequest,
): Promise<ReportDocumentResult> {
  const { lang, format } = request;
  const today = context.clock().toISOString().slice(0, 10);
  const { resolvePlan } = await import('../plans/resolvePlan.js');
  const plan = await resolvePlan(context, request.plan);
  const regions = regionsOf(plan.plan, request.region, 'report');
  const time = reportTime({
    plan: plan.plan.period,
    kind: request.kind,
    period: request.period,
    asOf: request.asOf,
    today,
  });
  const { timeBase, asOf } = time;
  const includeIllustrative = request.includeIllustrative === true;
  const includeSubmitted = request.includeSubmitted === true;
  const byRegion = request.byRegion === true;
  const { asDataError, assessStored } = await import('../assessment/assessFromStore.js');
  const { readReportData } = await import('./readReportData.js');
  const { buildReport } = await import('./buildReport.js');
  const { amendmentRows } = await import('./amendmentRows.js');
  const stored = await readReportData(context, plan.id, {
    includeIllustrative,
    includeSubmitted,
    byRegion,
    narratives: { kind: timeBase.kind, period: timeBase.period },
  });
  const { withCarriedBaselines } = await import('../plans/withCarriedBaselines.js');
  const run = assessStored(plan, await withCarriedBaselines(context, plan, stored.observations), {
    asOf,
    regions,
    methods: Method.options,
    includeIllustrative,
    includeSubmitted,
  });
  // The measures' and targets' progress and the supervision list, as the API judges them.
  const tracking =
    plan.projects.length > 0 || plan.targets.length > 0
      ? await (await import('../tracking/readPlanTracking.js')).readPlanTracking(
          context,
          plan,
          asOf,
          // The figures the report read: the approved official ones count.
          { observations: stored.observations },
        )
      : undefined;
  const districts = byRegion
    ? await (async () => {
        const { districtComparison } = await import('./districtComparison.js');
        return asDataError(() =>
          districtComparison(run.plan, stored.observations, {
            asOf: run.asOf,
            includeIllustrative,
            includeSubmitted,
            regionTargets: stored.regionTargets,
          }),
        );
      })()
    : undefined;
  const reportInput = {
    plan: run.plan,
    projects: plan.projects,
    targets: plan.targets,
    consistency: plan.consistency,
    amendments: amendmentRows(plan.plan, plan.amendments, run.asOf),
    districts,
    tracking,
    run,
    lang,
  };
  // The written sections need the indicator rows, so the report is built once without them.
  const bare = buildReport(reportInput);
  const { narrativeTexts } = await import('./narrativeTexts.js');
  const unit = request.unit?.trim() ? request.unit.trim() : null;
  const built = buildReport({
    ...reportInput,
    document: {
      kind: timeBase.kind,
      period: timeBase.period,
      from: timeBase.from,
      label: timeBase.label,
      unit,
      issued: today,
      narrative: narrativeTexts({
        kind: timeBase.kind,
        asOf: run.asOf,
        lang,
        rows: bare.rows,
        stored: stored.narratives,
      }),
    },
  });
  const report: Report = built;
  const model = (await import('./buildReportModel.js')).buildReportModel(report);
  const bytes = await renderFormat(format, model);
  return {
    bytes,
    mediaType: MEDIA_TYPES[format],
    filename: `${plan.id}-${timeBase.kind}-${timeBase.period}.${format}`,
    report,
    districts,
    warnings: [
      ...(time.note ? [time.note] : []),
      // Said for the documents to file (Word, PDF), whose cover names the unit.
      ...(unit === null && (format === 'docx' || format === 'pdf')
        ? ['no reporting unit given (--unit): the cover reads 填报单位：（未填写）']
        : []),
    ],
  };
}

async function renderFormat(
  format: ReportFormat,
  model: import('./reportModel.types.js').ReportModel,
): Promise<Uint8Array> {
  const text = (content: string) => new TextEncoder().encode(content);
  switch (format) {
    case 'html':
      return text((await import('./renderHtml.js')).renderHtml(model));
    case 'md':
      return text((await import('./renderMarkdown.js')).renderMarkdown(model));
    case 'xlsx':
      return new Uint8Array(await (await import('./renderXlsx.js')).renderXlsx(model));
    case 'pdf': {
      const html = (await import('./renderHtml.js')).renderHtml(model);
      return (await import('./pdf/renderPdf.js')).renderPdf(html);
    }
    case 'docx': {
      const { renderDocx } = await import('./docx/renderDocx.js');
      const { chromiumMissing } = await import('./pdf/chromium.js');
      // Charts are drawn by Chromium; without it the document keeps their captions and sources.
      const rasterise = chromiumMissing()
        ? undefined
        : (await import('./docx/drawCharts.js')).drawCharts;
      return renderDocx(model, rasterise ? { rasterise } : {});
    }
  }
}
