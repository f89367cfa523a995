import type { Lang } from '../_lib/localize.js';
import type { Report } from './buildReport.js';
import type { ReportModel, Section } from './reportModel.types.js';
import { reportText } from './reportText.js';
import { amendmentsSection } from './sections/amendmentsSection.js';
import { consistencySection } from './sections/consistencySection.js';
import { dataSection } from './sections/dataSection.js';
import { districtsSection } from './sections/districtsSection.js';
import { finalEvaluationSection } from './sections/finalEvaluationSection.js';
import { indicatorsSection } from './sections/indicatorsSection.js';
import { methodsSection } from './sections/methodsSection.js';
import { notesSection } from './sections/notesSection.js';
import { progressSection } from './sections/progressSection.js';
import { projectsSection } from './sections/projectsSection.js';
import { summarySection } from './sections/summarySection.js';
import { supervisionSection } from './sections/supervisionSection.js';

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A heading numbered by its place ("三、" or "3. "), whatever number its text had. */
function numbered(section: Section, index: number, lang: Lang): Section {
  const text = section.heading.replace(/^(?:[一二三四五六七八九十]+、|\d+\. )/, '');
  const number = lang === 'zh' ? `${CHINESE_NUMERALS[index] ?? index + 1}、` : `${index + 1}. `;
  return { ...section, heading: `${number}${text}` };
}

/**
 * The report's sections, every word in the report's language, ready for any
 * of the three renderers, numbered in order. The final evaluation (after the
 * plan's end), the amendments (of an amended plan) and the consistency check
 * (of a plan with its sources) are there only when they have something to
 * say; the progress of the projects and the supervision list when the report
 * has the plan's tracking. Pure: everything comes from the report.
 */
export function buildReportModel(report: Report): ReportModel {
  const { lang, plan } = report;
  const t = reportText(lang);
  const input = { report, t };
  return {
    lang,
    title: (report.finalEvaluation ? t.finalReportTitle : t.reportTitle)(
      plan.title[lang],
      report.includeIllustrative,
    ),
    subtitle: t.subtitle,
    meta: `${t.asOf} ${report.asOf} · ${t.region} ${report.region.name[lang]} · ${t.period} ${plan.period.start}–${plan.period.end}`,
    banner: {
      text: [
        report.includeIllustrative ? t.illustrativeBanner : t.officialBanner,
        ...(report.includeSubmitted ? [t.districtsSubmitted] : []),
      ].join(' '),
      illustrative: report.includeIllustrative,
    },
    chartsElsewhere: t.chartsElsewhere,
    words: {
      contents: t.contents,
      illustrativeTag: t.illustrativeTag,
      listSeparator: t.listSeparator,
      itemSeparator: t.itemSeparator,
      aboutSheet: t.sheets.about,
    },
    sections: [
      summarySection(input),
      finalEvaluationSection(input),
      indicatorsSection(input),
      amendmentsSection(input),
      report.districts ? districtsSection(input) : undefined,
      methodsSection(input),
      report.projects.length > 0 || report.milestones.length > 0
        ? projectsSection(input)
        : undefined,
      report.tracking ? progressSection(input) : undefined,
      report.tracking ? supervisionSection(input) : undefined,
      report.consistency.checks.length > 0 ? consistencySection(input) : undefined,
      dataSection(input),
      notesSection(input),
    ]
      .filter((section) => section !== undefined)
      .map((section, index) => numbered(section, index, lang)),
    notes: t.notes(plan.baselineYear, plan.targetYear),
    footer: t.footer,
    generatedBy: t.generatedBy,
    asOf: report.asOf,
  };
}
