import { indicatorName } from '../../assessment/indicatorName.js';
import { statusEntry } from '../../assessment/statusLegend.js';
import {
  categoryPath,
  indicatorNameCell,
  latestCell,
  primaryStatusCell,
  progressCell,
} from '../reportCells.js';
import type { Block, Section, Table } from '../reportModel.types.js';
import {
  DOCUMENTS_ONLY,
  optionalCell,
  type SectionInput,
  SHEET_ONLY,
  yesNo,
} from './sectionInput.js';

/**
 * 二、主要指标完成情况: per indicator table, each indicator's plan values,
 * latest figure, 完成进度 against 时序进度 and status, with a progress chart;
 * in the workbook one sheet of every indicator with its ids and sources.
 */
export function indicatorsSection(input: SectionInput): Section {
  const { report, t } = input;
  const { lang, plan } = report;
  const blocks: Block[] = report.tables.flatMap(({ table, rows }): Block[] => {
    const title = table.title[lang];
    const demo = rows.some((row) => row.provenance.illustrative);
    return [
      { kind: 'heading', level: 3, text: title },
      {
        kind: 'table',
        table: {
          only: DOCUMENTS_ONLY,
          columns: [
            { header: '#', numeric: true },
            { header: t.category, only: ['md'] },
            { header: t.indicator },
            { header: t.baseline(plan.baselineYear), numeric: true },
            { header: t.target(plan.targetYear), numeric: true },
            { header: t.latest, numeric: true },
            { header: t.completion, numeric: true },
            { header: t.timeProgress, numeric: true },
            { header: t.status },
          ],
          rows: rows.map((row) => ({
            illustrative: row.provenance.illustrative,
            cells: [
              { text: String(row.indicator.order), value: row.indicator.order },
              { text: categoryPath(row, lang) },
              indicatorNameCell(row, lang),
              { text: row.baselineText },
              { text: row.targetText },
              latestCell(row, lang),
              progressCell(row, 'completion', lang),
              progressCell(row, 'timeProgress', lang),
              primaryStatusCell(row, lang),
            ],
          })),
        },
      },
      ...(table.footnote
        ? [{ kind: 'paragraph', text: table.footnote[lang], muted: true } as const]
        : []),
      {
        kind: 'figure',
        caption: t.progressChart(title),
        illustrative: demo,
        chart: {
          kind: 'progress',
          axisLabel: t.progressAxis,
          rows: rows.map((row) => {
            const entry = statusEntry(row.primary.method, row.primary.status);
            const figures = row.progress.length === 1 ? row.progress[0] : undefined;
            // A split indicator's bar is the mean of its parts' completion, when each has one.
            const mean =
              row.progress.length > 1 && row.progress.every((f) => f.completion !== null)
                ? row.progress.reduce((sum, f) => sum + (f.completion ?? 0), 0) /
                  row.progress.length
                : null;
            return {
              label: indicatorName(row.indicator, lang),
              completion: figures ? figures.completion : mean,
              timeProgress: figures
                ? figures.timeProgress
                : (row.progress[0]?.timeProgress ?? null),
              colour: entry.colour,
              note: `${entry.label[lang]}${row.provenance.illustrative ? ` † ${t.illustrativeTag}` : ''}`,
            };
          }),
        },
      },
    ];
  });
  blocks.push({ kind: 'table', table: indicatorSheet(input) });
  return { id: 'indicators', heading: t.sections.indicators, blocks };
}

/** Every indicator on one sheet: ids, both names, figures as numbers, the explanation. */
function indicatorSheet({ report, t }: SectionInput): Table {
  const { lang, plan } = report;
  return {
    sheet: t.sheets.indicators,
    only: SHEET_ONLY,
    columns: [
      { header: t.table, width: 30 },
      { header: '#', width: 5 },
      { header: 'id', width: 28 },
      { header: t.indicator, width: 40 },
      { header: t.indicatorOther, width: 40 },
      { header: t.baseline(plan.baselineYear), width: 12 },
      { header: t.target(plan.targetYear), width: 12 },
      { header: t.latest, width: 14 },
      { header: t.time, width: 10 },
      { header: t.source, width: 18 },
      { header: t.illustrative, width: 10 },
      { header: t.completion, width: 12, percent: true },
      { header: t.timeProgress, width: 12, percent: true },
      { header: t.status, width: 14 },
      { header: t.explanation, width: 80 },
    ],
    rows: report.rows.map((row) => ({
      illustrative: row.provenance.illustrative,
      cells: [
        {
          text:
            plan.tables.find((table) => table.id === row.indicator.table)?.title[lang] ??
            row.indicator.table,
        },
        { text: String(row.indicator.order), value: row.indicator.order },
        { text: row.indicator.id },
        { text: indicatorName(row.indicator, lang) },
        { text: lang === 'zh' ? row.indicator.name.en : row.indicator.printed },
        { text: row.baselineText },
        { text: row.targetText },
        optionalCell(row.latestText),
        optionalCell(row.latestTime),
        optionalCell(row.provenance.latest?.source),
        yesNo(row.provenance.illustrative, t),
        progressCell(row, 'completion', lang),
        progressCell(row, 'timeProgress', lang),
        { text: statusEntry(row.primary.method, row.primary.status).label[lang] },
        { text: row.primary.explanation[lang] },
      ],
    })),
  };
}
