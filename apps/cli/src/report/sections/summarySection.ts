import { formatShare } from '../../_lib/formatNumbers.js';
import { statusEntry, statusesOf } from '../../assessment/statusLegend.js';
import { statusCell } from '../reportCells.js';
import type { Block, Row, Section } from '../reportModel.types.js';
import {
  countCell,
  illustrativeColumn,
  type SectionInput,
  SHEET_ONLY,
  yesNo,
} from './sectionInput.js';

/**
 * 一、总体情况: the headline figures, indicators by status, and statuses by
 * table (the workbook's overview sheet, with a total row).
 */
export function summarySection({ report, t }: SectionInput): Section {
  const { overall, lang } = report;
  const method = overall.method;
  const demo = report.showsIllustrative;
  const statuses = statusesOf(method);
  const entries = statuses.map((status) => ({ status, entry: statusEntry(method, status) }));
  const elapsed = formatShare(report.timeElapsed);
  const blocks: Block[] = [
    { kind: 'paragraph', text: t.summaryLead(overall.indicators, elapsed) },
    {
      kind: 'kpis',
      // Counts of assessed indicators rest on the data; the elapsed time and the total do not.
      items: [
        { value: String(overall.indicators), label: t.kpiIndicators, illustrative: false },
        { value: String(overall.assessed), label: t.kpiAssessed, illustrative: demo },
        { value: String(overall.missing), label: t.kpiMissing, illustrative: demo },
        { value: elapsed, label: t.kpiElapsed, illustrative: false },
      ],
    },
  ];
  if (report.rows.every((row) => row.provenance.values === 0))
    blocks.push({ kind: 'paragraph', text: t.noFigures });
  blocks.push(
    { kind: 'heading', level: 3, text: t.statusCounts },
    {
      kind: 'table',
      table: {
        columns: [
          { header: t.status },
          { header: t.count, numeric: true },
          { header: t.share, numeric: true },
        ],
        rows: entries.map(({ status, entry }) => {
          const count = overall.counts[status] ?? 0;
          const share = overall.indicators > 0 ? count / overall.indicators : null;
          return {
            cells: [
              statusCell(entry, lang),
              countCell(count, demo && count > 0),
              { text: formatShare(share), value: share },
            ],
          };
        }),
      },
    },
    {
      kind: 'figure',
      caption: t.chartStatusCounts,
      illustrative: demo,
      chart: {
        kind: 'bars',
        bars: entries.map(({ status, entry }) => ({
          label: entry.label[lang],
          value: overall.counts[status] ?? 0,
          colour: entry.colour,
        })),
      },
    },
    { kind: 'heading', level: 3, text: t.byTable },
  );
  const tableRows: Row[] = report.tables.map(({ table, rollUp }) => ({
    cells: [
      { text: table.title[lang], ...(demo ? { illustrative: true } : {}) },
      countCell(rollUp?.indicators ?? 0),
      ...statuses.map((status) => countCell(rollUp?.counts[status] ?? 0)),
      yesNo(demo, t),
    ],
  }));
  tableRows.push({
    only: SHEET_ONLY,
    cells: [
      { text: t.total },
      countCell(overall.indicators),
      ...statuses.map((status) => countCell(overall.counts[status] ?? 0)),
      yesNo(demo, t),
    ],
  });
  blocks.push(
    {
      kind: 'table',
      table: {
        sheet: t.sheets.overview,
        columns: [
          { header: t.table, width: 48 },
          { header: t.indicatorsCount, numeric: true },
          ...entries.map(({ entry }) => ({ header: entry.label[lang], numeric: true })),
          illustrativeColumn(t),
        ],
        rows: tableRows,
      },
    },
    {
      kind: 'figure',
      caption: t.chartByTable,
      illustrative: demo,
      chart: {
        kind: 'stacked',
        rows: report.tables.map(({ table, rollUp }) => ({
          label: table.title[lang],
          segments: entries.map(({ status, entry }) => ({
            key: status,
            label: entry.label[lang],
            value: rollUp?.counts[status] ?? 0,
            colour: entry.colour,
          })),
        })),
      },
    },
  );
  return { id: 'summary', heading: t.sections.summary, blocks };
}
