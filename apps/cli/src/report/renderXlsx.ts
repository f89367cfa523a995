import { neutraliseFormula } from '@plan/api';
import ExcelJS from 'exceljs';
import { formatShare } from '../_lib/formatNumbers.js';
import { methodName, statusEntry, statusesOf } from '../assessment/statusLegend.js';
import type { Report } from './buildReport.js';
import { indicatorName, milestoneEntry, remarkText, targetValueText } from './reportLabels.js';
import { reportText } from './reportText.js';

type Cell = string | number | boolean | null;

const DEMO_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFF7ED' },
};
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF6F8FA' },
};

/** Text cells can never run as formulas (OWASP's advice for spreadsheet exports). */
const safe = (value: Cell): Cell => (typeof value === 'string' ? neutraliseFormula(value) : value);

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: { cells: Cell[]; illustrative?: boolean }[],
  options: { widths?: number[]; percentColumns?: number[] } = {},
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header.map(safe)).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  for (const row of rows) {
    const added = sheet.addRow(row.cells.map(safe));
    if (row.illustrative)
      added.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = DEMO_FILL;
      });
  }
  header.forEach((_, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = options.widths?.[index] ?? 16;
    column.alignment = { vertical: 'top', wrapText: true };
    if (options.percentColumns?.includes(index)) column.numFmt = '0.0%';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return sheet;
}

/**
 * The report as an Excel workbook: one sheet per section, every figure a
 * real number where it is one, text cells neutralised against formulas, rows
 * from illustrative demo data shaded and flagged in their own column.
 */
export async function renderXlsx(report: Report): Promise<Uint8Array> {
  const t = reportText(report.lang);
  const { lang, plan, overall } = report;
  const yes = (flag: boolean) => (flag ? t.yes : t.no);
  const workbook = new ExcelJS.Workbook();
  // Dated by the as-of date, not the clock, so the same data gives the same workbook.
  workbook.creator = 'plan';
  workbook.created = new Date(`${report.asOf}T00:00:00Z`);
  workbook.modified = workbook.created;

  const about = workbook.addWorksheet(lang === 'zh' ? '说明' : 'About');
  about.getColumn(1).width = 120;
  const aboutRows: [string, Partial<ExcelJS.Font>?][] = [
    [t.reportTitle(plan.title[lang], report.includeIllustrative), { bold: true, size: 16 }],
    [t.subtitle],
    [
      `${t.asOf} ${report.asOf} · ${t.region} ${report.region.name[lang]} · ${t.period} ${plan.period.start}–${plan.period.end}`,
    ],
    [
      report.includeIllustrative ? t.illustrativeBanner : t.officialBanner,
      { bold: true, color: { argb: report.includeIllustrative ? 'FF9A3412' : 'FF116329' } },
    ],
    [''],
    ...t.notes(plan.baselineYear, plan.targetYear).map((note): [string] => [note]),
    [''],
    [t.footer],
  ];
  for (const [text, font] of aboutRows) {
    const row = about.addRow([safe(text)]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (font) row.getCell(1).font = font;
  }

  const method = overall.method;
  addSheet(
    workbook,
    lang === 'zh' ? '总体情况' : 'Overview',
    [
      t.table,
      t.indicatorsCount,
      ...statusesOf(method).map((status) => statusEntry(method, status).label[lang]),
      t.illustrative,
    ],
    [
      ...report.tables.map(({ table, rollUp }) => ({
        cells: [
          table.title[lang],
          rollUp?.indicators ?? 0,
          ...statusesOf(method).map((status) => rollUp?.counts[status] ?? 0),
          yes(report.showsIllustrative),
        ],
      })),
      {
        cells: [
          lang === 'zh' ? '合计' : 'Total',
          overall.indicators,
          ...statusesOf(method).map((status) => overall.counts[status] ?? 0),
          yes(report.showsIllustrative),
        ],
      },
    ],
    { widths: [48] },
  );

  const single = (row: (typeof report.rows)[number], pick: 'completion' | 'timeProgress'): Cell =>
    row.progress.length === 1
      ? (row.progress[0]?.[pick] ?? null)
      : row.progress.length === 0
        ? null
        : row.progress
            .map((figures) => `${figures.part?.zh ?? ''} ${formatShare(figures[pick])}`)
            .join(' / ');
  addSheet(
    workbook,
    lang === 'zh' ? '主要指标' : 'Indicators',
    [
      t.table,
      '#',
      'id',
      t.indicator,
      lang === 'zh' ? '英文名称（译）' : 'Indicator (zh, as printed)',
      t.baseline(plan.baselineYear),
      t.target(plan.targetYear),
      t.latest,
      lang === 'zh' ? '时间' : 'Time',
      t.source,
      t.illustrative,
      t.completion,
      t.timeProgress,
      t.status,
      t.explanation,
    ],
    report.rows.map((row) => ({
      illustrative: row.provenance.illustrative,
      cells: [
        plan.tables.find((table) => table.id === row.indicator.table)?.title[lang] ??
          row.indicator.table,
        row.indicator.order,
        row.indicator.id,
        indicatorName(row.indicator, lang),
        lang === 'zh' ? row.indicator.name.en : row.indicator.printed,
        row.baselineText,
        row.targetText,
        row.latestText,
        row.latestTime,
        row.provenance.latest?.source ?? null,
        yes(row.provenance.illustrative),
        single(row, 'completion'),
        single(row, 'timeProgress'),
        statusEntry(row.primary.method, row.primary.status).label[lang],
        row.primary.explanation[lang],
      ],
    })),
    {
      widths: [30, 5, 28, 40, 40, 12, 12, 14, 10, 18, 10, 12, 12, 14, 80],
      percentColumns: [11, 12],
    },
  );

  addSheet(
    workbook,
    lang === 'zh' ? '方法比较' : 'Methods',
    [t.indicator, ...report.methods.map((item) => methodName(item.method, lang)), t.illustrative],
    report.rows.map((row) => ({
      illustrative: row.provenance.illustrative,
      cells: [
        indicatorName(row.indicator, lang),
        ...row.assessments.map(
          ({ assessment }) => statusEntry(assessment.method, assessment.status).label[lang],
        ),
        yes(row.provenance.illustrative),
      ],
    })),
    { widths: [44, 18, 22, 26, 18, 26, 10] },
  );

  addSheet(
    workbook,
    lang === 'zh' ? '工作举措' : 'Measures',
    [
      t.where,
      t.project,
      'id',
      lang === 'zh' ? '序号' : 'No.',
      t.measureText,
      lang === 'zh' ? '英文摘要（译）' : 'Summary',
      t.targets,
    ],
    report.projects.flatMap(({ project }) =>
      project.measures.map((measure) => ({
        cells: [
          t.box(project.box.number),
          project.name[lang],
          measure.id,
          measure.number,
          measure.text,
          measure.summary.en,
          measure.targetIds.join(', '),
        ],
      })),
    ),
    { widths: [10, 30, 10, 8, 90, 60, 24] },
  );

  addSheet(
    workbook,
    lang === 'zh' ? '目标节点' : 'Milestones',
    [
      t.deadline,
      lang === 'zh' ? '期限为推定' : 'Deadline inferred',
      t.where,
      'id',
      t.targetText,
      t.value,
      t.linkedIndicator,
      t.status,
      t.explanation,
      t.illustrative,
    ],
    report.milestones.flatMap((group) =>
      group.rows.map((row) => ({
        illustrative: row.illustrative,
        cells: [
          row.deadline,
          yes(row.deadlineInferred),
          row.project
            ? `${t.box(row.project.number)} ${row.project.name[lang]}${row.measureNumber ?? ''}`
            : t.prose(row.target.location.chapter, row.target.location.section),
          row.target.id,
          row.target.text,
          targetValueText(row.target, lang),
          row.target.indicatorId ?? null,
          row.assessment
            ? milestoneEntry(row.assessment.status).label[lang]
            : report.region.id === plan.subjectRegion
              ? t.notJudged
              : t.notJudgedRegion,
          row.assessment?.explanation[lang] ?? null,
          yes(row.illustrative),
        ],
      })),
    ),
    { widths: [12, 10, 36, 14, 60, 12, 28, 16, 60, 10] },
  );

  addSheet(
    workbook,
    lang === 'zh' ? '一致性检查' : 'Consistency',
    ['id', t.severity, t.kind, t.finding, t.readings, t.explanation],
    report.consistency.findings.map((finding) => ({
      cells: [
        finding.id,
        t.severities[finding.severity],
        t.kinds[finding.kind],
        finding.title[lang],
        finding.readings
          .map((reading) =>
            reading.basis === 'printed' ? `“${reading.text}”` : reading.description[lang],
          )
          .join('\n'),
        remarkText(finding.explanation, lang),
      ],
    })),
    { widths: [30, 8, 16, 50, 60, 80] },
  );
  addSheet(
    workbook,
    lang === 'zh' ? '检查项' : 'Checks',
    ['id', t.check, t.outcome, t.explanation],
    report.consistency.checks.map((check) => ({
      cells: [
        check.id,
        remarkText(check.title, lang),
        check.outcome === 'agrees' ? t.agrees : t.disagrees,
        remarkText(check.detail, lang),
      ],
    })),
    { widths: [30, 60, 10, 80] },
  );

  addSheet(
    workbook,
    lang === 'zh' ? '数据来源' : 'Sources',
    [t.source, t.observations, t.indicatorsCovered, t.years, t.illustrative],
    report.sources.map((source) => ({
      illustrative: source.illustrative,
      cells: [
        source.source,
        source.observations,
        source.indicators,
        `${source.firstTime}–${source.lastTime}`,
        yes(source.illustrative),
      ],
    })),
    { widths: [24, 14, 14, 16, 10] },
  );
  addSheet(
    workbook,
    lang === 'zh' ? '数据时效' : 'Data age',
    [t.latestYear, t.indicatorsCount],
    report.age.byLatestYear.map((entry) => ({
      cells: [entry.year === null ? t.none : entry.year, entry.indicators],
    })),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
