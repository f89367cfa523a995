import { reportKinds } from '@plan/scoring';
import { z } from 'zod';
import { IsoDay } from '../_lib/isoDay.js';
import { parseCommandLine } from '../_lib/parseCommandLine.js';
import { writeJsonLine } from '../_lib/writeJsonLine.js';
import { writeOutputFile } from '../_lib/writeOutputFile.js';
import { AssessmentOptions, assessmentOptionSpecs } from '../assessment/assessmentOptions.js';
import { dataBasisText } from '../assessment/dataBasisText.js';
import { ExitCode, usageError } from '../exitCodes.js';
import { formatOfPath, REPORT_FORMATS } from '../report/reportFormats.js';
import type { PlanTracking } from '../tracking/planTracking.types.js';
import { countStatuses } from '../tracking/trackingWords.js';
import type { Command } from './command.js';

const help = `Usage: plan report --out report.docx|.pdf|.html|.md|.xlsx [--format FORMAT]
                   [--kind annual|midterm|final] [--period YYYY|midterm|final]
                   [--as-of YYYY-MM-DD] [--unit "<reporting unit>"]
                   [--plan ID] [--region R] [--by-region] [--include-submitted]
                   [--include-illustrative] [--lang zh|en] [--json]

Writes a report of the plan — 年度监测报告 (annual), 中期评估报告 (midterm) or
总结评估报告 (final) — from the plan's observations in the database the API uses.
Each kind has its time base: annual YYYY judges that year's 12-31 (inside the plan
period); midterm the end of the plan period's middle year (2023-12-31 for 2021–2025);
final the plan's last day (2025-12-31). Without --kind: the kind --period names, else
final once the plan has ended on the --as-of day (or today), else annual of that year.
--as-of, when given, is the day judged (a note says when it is not the kind's own day).

Formats (by --out's extension, or --format): html (one self-contained file), md, xlsx
(one sheet per section), docx (a Word document laid out after GB/T 9704: cover with
the reporting unit, kind, period and dates; table of contents, updated by Word on
opening; page numbers "— n —"; numbered tables 表n and figures 图n, each with its 数据来源),
pdf (Chromium's print of the HTML, page numbers in the footer; needs /usr/bin/chromium
or PLAN_CHROMIUM). The docx charts are drawn by the same Chromium (without it, the
figures keep their captions only).

Sections (numbered in their place):
  一、总体情况            counts by status (提前实现 / 快于预期 / 基本符合预期 / 滞后 / 倒退 / 无数据)
  成效、问题与下一步      主要成效 / 存在问题 / 下一步工作: the text written in the system for
                          this kind and period (the viewer's narrative page, PUT
                          /api/v1/reports/{kind}/{period}/narrative/{section}), else a draft
                          generated from the figures and marked 草稿
  二、主要指标完成情况    per indicator: the plan's 2020 value and 2025 target as printed, the
                          latest value and its source, 完成进度 against 时序进度, the status
  三、评估方法比较        the five methods of @plan/scoring side by side
  四、重大项目工程与目标节点  the 20 projects, their measures, the text's targets by deadline
  五、重大项目进展        every measure and target with its one status (已完成 / 按计划推进 /
                          存在风险 / 逾期未完成 / 未报告), its units (未指定 where the bureau
                          has set none) and its latest report or figure; roll-ups
  六、督办清单            what is overdue, at risk or not updated within the reporting
                          cycle: why, since when, whose (by lead unit)
  七、规划一致性检查      where the plan disagrees with itself (@plan/projects)
  八、数据时效与来源      sources, and the year of each indicator's latest figure
  九、评估说明            how the figures are computed
Sections that only some reports have, numbered in their place:
  总结评估                as of a date after the plan's end: each indicator met or not at the
                          end date, by how much, and what was achieved after it shown apart
  规划调整                the plan's amendments (target, base or definition; effective date,
                          reason, deciding document; the printed value beside the amended
                          one). Assessments use the plan as it stood on --as-of.
  区域比较 (--by-region)  the regions under the plan's subject region (the nine 旗区 of the
                          Ordos plan) compared: a region × indicator matrix (status, value,
                          completion against time, change since a year earlier), the
                          ranking with its method, weights and coverage (a region with too
                          little data is not ranked, and the report says why), reporting
                          completeness per region and year, values far off a region's own
                          trend, and the counts that add up checked against the city's.
                          Each region is judged from its own base-year value, against a
                          district target entered in the database or the city's target
                          ("city target applied"); city-wide indicators are not judged.
Sections 五 and 六 use approved official figures only (the API's judgement), whatever
--include-submitted or --include-illustrative say. A plan without projects has no section
of projects; a plan added with plan plans add has no consistency check (its sources are
not in the database).
The HTML version is one self-contained file (inline CSS and SVG charts, one beside every
table; nothing is fetched) that prints cleanly; Markdown has the same tables; XLSX has one
sheet per section, text cells neutralised against formulas.

By default only official, approved figures are used. With --include-submitted the figures
a district submitted and the city has not yet approved are used too (a returned figure
never is), and the report says so at the top and marks them "‡ 待审核"; with
--include-illustrative the demo figures (示例数据) are used too, and the report says so at
the top and beside every such figure.

Options:
  --out FILE              where to write; .html (or .htm), .md, .xlsx, .docx or .pdf decides
                          the format unless --format is given
  --format FORMAT         html, md, xlsx, docx or pdf
  --kind KIND             annual (年度监测), midterm (中期评估) or final (总结评估)
  --period P              the year of an annual report (YYYY), or midterm / final
  --unit NAME             the reporting unit (填报单位) on the cover; never made up: without
                          it the cover reads （未填写） and a note says so
  --as-of DATE            the day to judge (default: the kind's own day, never after today)
  --plan ID               the plan: the built-in Ordos plan (default) or one added with
                          plan plans add (plan plans list shows the ids)
  --region R              one region id of the plan (default its subject region: ordos,
                          鄂尔多斯市, for the Ordos plan); see plan assess --help
  --by-region             add the district section (区域比较 / Districts); in XLSX its own
                          sheets (matrix, ranking, weights, completeness, outliers, checks)
  --include-submitted     also use figures submitted and not yet approved (待审核)
  --include-illustrative  also use illustrative demo figures (示例数据)
  --lang zh|en            zh (default) or en (English is our translation)
  --json                  print {"ok", "plan", "out", "path", "format", "lang", "asOf", "kind",
                          "period", "unit", "narrative" ([{section, draft}]), "region",
                          "includeIllustrative", "showsIllustrative", "includeSubmitted",
                          "indicators", "assessed", "missing", "counts"} on stdout, and with
                          --by-region "districts": {"regions", "ranked", "unranked",
                          "outliers", "mismatches"}, and "tracking": {"measures", "targets"
                          (counts by status), "supervision"}
  -h, --help              this help

Environment: DATABASE_URL (unset → ./data/plan.sqlite; sqlite:<file>; postgres://…)

Exit codes: 0 written · 1 stored data cannot be assessed · 2 usage · 3 cannot open the
database or write the file
`;

/** Said under the data basis when submitted figures are used (the report says it at its top). */
const SUBMITTED_TEXT = {
  zh: '数据审核：含已报送、尚待审核的数值（‡ 待审核）',
  en: 'Review: includes submitted figures not yet approved (‡ submitted)',
} as const;

const Options = AssessmentOptions.extend({
  'as-of': IsoDay.optional(),
  out: z.string({ error: 'is required: the file to write, e.g. --out report.docx' }).min(1),
  format: z
    .enum(REPORT_FORMATS, { error: `expected one of ${REPORT_FORMATS.join(', ')}` })
    .optional(),
  kind: z.enum(reportKinds, { error: `expected one of ${reportKinds.join(', ')}` }).optional(),
  period: z
    .string()
    .regex(/^(?:\d{4}|midterm|final)$/, 'expected a year (YYYY), midterm or final')
    .optional(),
  unit: z.string().trim().max(200, 'at most 200 characters').optional(),
  'by-region': z.boolean().optional(),
  'include-submitted': z.boolean().optional(),
});

export const reportCommand: Command = {
  help,
  async run(args, context) {
    const { values } = parseCommandLine('report', args, {
      options: {
        ...assessmentOptionSpecs,
        out: { type: 'string' },
        format: { type: 'string' },
        kind: { type: 'string' },
        period: { type: 'string' },
        unit: { type: 'string' },
        'by-region': { type: 'boolean' },
        'include-submitted': { type: 'boolean' },
      },
      schema: Options,
      positionals: { min: 0, max: 0 },
    });
    const out = values.out;
    const format = values.format ?? formatOfPath(out);
    if (!format) {
      throw usageError(
        `--out: cannot tell the format of "${out}": end it in .html, .md, .xlsx, .docx or .pdf, or give --format.\nRun "plan report --help".`,
      );
    }
    if (values.region !== undefined && values.region.length !== 1) {
      throw usageError('--region: a report covers one region; give one id, e.g. --region ordos');
    }
    const lang = values.lang ?? 'zh';
    // Loaded only now, so a mistyped command line answers at once.
    const { renderReportDocument } = await import('../report/renderReportDocument.js');
    const written = await renderReportDocument(context, {
      format,
      plan: values.plan,
      kind: values.kind,
      period: values.period,
      asOf: values['as-of'],
      unit: values.unit,
      lang,
      region: values.region,
      byRegion: values['by-region'] === true,
      includeIllustrative: values['include-illustrative'] === true,
      includeSubmitted: values['include-submitted'] === true,
    }).catch((error: unknown) => {
      if (error instanceof RangeError) throw usageError(`--kind/--period: ${error.message}`);
      throw error;
    });
    const { report, districts } = written;
    const path = await writeOutputFile(context.cwd, out, written.bytes);
    for (const warning of written.warnings) context.stderr.write(`note: ${warning}\n`);
    const summary = districts ? await import('../report/districtSummary.js') : undefined;
    const tracking = report.tracking;
    const document = report.document;
    const { overall } = report;
    if (values.json) {
      writeJsonLine(context.stdout, {
        ok: true,
        plan: report.plan.id,
        out,
        path,
        format,
        lang,
        asOf: report.asOf,
        kind: document?.kind,
        period: document?.period,
        unit: document?.unit ?? null,
        narrative: document?.narrative?.map(({ section, draft }) => ({ section, draft })),
        region: report.region.id,
        includeIllustrative: report.includeIllustrative,
        showsIllustrative: report.showsIllustrative,
        includeSubmitted: report.includeSubmitted,
        indicators: overall.indicators,
        assessed: overall.assessed,
        missing: overall.missing,
        counts: overall.counts,
        ...(districts && summary ? { districts: summary.districtSummary(districts) } : {}),
        ...(tracking ? { tracking: trackingSummary(tracking.tracking) } : {}),
      });
    } else {
      context.stdout.write(
        `wrote ${out} (${format}, ${lang}, ${document?.kind ?? ''} ${document?.period ?? ''}): as of ${report.asOf}, ${report.region.name[lang]}; ` +
          `${overall.indicators} indicators, ${overall.assessed} assessed, ${overall.missing} without data\n` +
          `${dataBasisText(report.includeIllustrative, lang)}\n` +
          (report.includeSubmitted ? `${SUBMITTED_TEXT[lang]}\n` : '') +
          (districts && summary ? `${summary.districtSummaryText(districts, lang)}\n` : '') +
          (tracking ? `${trackingSummaryText(tracking.tracking)}\n` : ''),
      );
    }
    return ExitCode.ok;
  },
};

/** The tracking in the --json answer: measures and targets by status, and the supervision list's length. */
function trackingSummary(tracking: PlanTracking) {
  return {
    measures: countStatuses(tracking.measures.map((each) => each.status)),
    targets: countStatuses(tracking.targets.map((each) => each.status)),
    supervision: tracking.supervision.length,
  };
}

function trackingSummaryText(tracking: PlanTracking): string {
  const { measures, targets, supervision } = trackingSummary(tracking);
  const line = (counts: typeof measures) =>
    `${counts.total} (${counts.done} done, ${counts.on_track} on track, ${counts.at_risk} at risk, ${counts.overdue} overdue, ${counts.not_reported} not reported)`;
  return `measures ${line(measures)}; targets ${line(targets)}; ${supervision} on the supervision list`;
}
