import type { Report } from './buildReport.js';
import type { ReportModel } from './reportModel.types.js';
import { reportText } from './reportText.js';
import { consistencySection } from './sections/consistencySection.js';
import { dataSection } from './sections/dataSection.js';
import { indicatorsSection } from './sections/indicatorsSection.js';
import { methodsSection } from './sections/methodsSection.js';
import { notesSection } from './sections/notesSection.js';
import { projectsSection } from './sections/projectsSection.js';
import { summarySection } from './sections/summarySection.js';

/**
 * The report's sections, every word in the report's language, ready for any
 * of the three renderers. Pure: everything comes from the report.
 */
export function buildReportModel(report: Report): ReportModel {
  const { lang, plan } = report;
  const t = reportText(lang);
  const input = { report, t };
  return {
    lang,
    title: t.reportTitle(plan.title[lang], report.includeIllustrative),
    subtitle: t.subtitle,
    meta: `${t.asOf} ${report.asOf} · ${t.region} ${report.region.name[lang]} · ${t.period} ${plan.period.start}–${plan.period.end}`,
    banner: report.includeIllustrative
      ? { text: t.illustrativeBanner, illustrative: true }
      : { text: t.officialBanner, illustrative: false },
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
      indicatorsSection(input),
      methodsSection(input),
      projectsSection(input),
      consistencySection(input),
      dataSection(input),
      notesSection(input),
    ],
    notes: t.notes(plan.baselineYear, plan.targetYear),
    footer: t.footer,
    generatedBy: t.generatedBy,
    asOf: report.asOf,
  };
}
