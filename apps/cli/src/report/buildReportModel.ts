import { reportKindLabels } from '@plan/scoring';
import type { Lang } from '../_lib/localize.js';
import type { Report } from './buildReport.js';
import { numberCaptions } from './numberCaptions.js';
import type { Cover, ReportModel, Section } from './reportModel.types.js';
import { type ReportText, reportText } from './reportText.js';
import { sectionSource } from './sectionSource.js';
import { amendmentsSection } from './sections/amendmentsSection.js';
import { consistencySection } from './sections/consistencySection.js';
import { dataSection } from './sections/dataSection.js';
import { districtsSection } from './sections/districtsSection.js';
import { finalEvaluationSection } from './sections/finalEvaluationSection.js';
import { indicatorsSection } from './sections/indicatorsSection.js';
import { methodsSection } from './sections/methodsSection.js';
import { narrativeSection } from './sections/narrativeSection.js';
import { notesSection } from './sections/notesSection.js';
import { progressSection } from './sections/progressSection.js';
import { projectsSection } from './sections/projectsSection.js';
import { summarySection } from './sections/summarySection.js';
import { supervisionSection } from './sections/supervisionSection.js';

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (a report has fewer than a hundred sections). */
function chineseNumeral(n: number): string {
  if (n <= 10) return CHINESE_NUMERALS[n - 1] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? CHINESE_NUMERALS[tens - 1] : ''}十${ones > 0 ? CHINESE_NUMERALS[ones - 1] : ''}`;
}

/** A heading numbered by its place ("三、" or "3. "), whatever number its text had. */
function numbered(section: Section, index: number, lang: Lang): Section {
  const text = section.heading.replace(/^(?:[一二三四五六七八九十]+、|\d+\. )/, '');
  const number = lang === 'zh' ? `${chineseNumeral(index + 1)}、` : `${index + 1}. `;
  return { ...section, heading: `${number}${text}` };
}

/** The report's title: by its kind when it is a document to file, else by its as-of date. */
function titleOf(report: Report, t: ReportText): string {
  const { lang, plan, document } = report;
  if (!document)
    return (report.finalEvaluation ? t.finalReportTitle : t.reportTitle)(
      plan.title[lang],
      report.includeIllustrative,
    );
  return `${t.kindTitle(plan.title[lang], document.kind, document.period)}${report.includeIllustrative ? t.withIllustrative : ''}`;
}

/** The cover's lines: the reporting unit ( （未填写） when none was given), kind, period, as-of, issue. */
function coverOf(report: Report, t: ReportText, title: string): Cover {
  const { document } = report;
  if (!document) return { title, lines: [] };
  const words = t.cover;
  return {
    title,
    lines: [
      document.unit === null
        ? { label: words.unit, value: words.notGiven, missing: true }
        : { label: words.unit, value: document.unit },
      { label: words.kind, value: reportKindLabels[document.kind][report.lang] },
      { label: words.period, value: t.dayRange(t.day(document.from), t.day(report.asOf)) },
      { label: words.asOf, value: t.day(report.asOf) },
      { label: words.issued, value: t.day(document.issued) },
    ],
  };
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
  const title = titleOf(report, t);
  const sections = [
    summarySection(input),
    narrativeSection(input),
    finalEvaluationSection(input),
    indicatorsSection(input),
    amendmentsSection(input),
    report.districts ? districtsSection(input) : undefined,
    methodsSection(input),
    report.projects.length > 0 || report.milestones.length > 0 ? projectsSection(input) : undefined,
    report.tracking ? progressSection(input) : undefined,
    report.tracking ? supervisionSection(input) : undefined,
    report.consistency.checks.length > 0 ? consistencySection(input) : undefined,
    dataSection(input),
    notesSection(input),
  ]
    .filter((section) => section !== undefined)
    .map((section, index) => numbered(section, index, lang));
  return {
    lang,
    title,
    subtitle: report.document ? report.document.label[lang] : t.subtitle,
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
    sections: numberCaptions(sections, t, sectionSource(report, t)),
    notes: t.notes(plan.baselineYear, plan.targetYear),
    footer: t.footer,
    generatedBy: t.generatedBy,
    asOf: report.asOf,
    cover: coverOf(report, t, title),
  };
}
