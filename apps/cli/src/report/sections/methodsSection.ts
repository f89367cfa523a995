import { methodName, statusEntry, statusesOf } from '../../assessment/statusLegend.js';
import { indicatorNameCell, statusCell } from '../reportCells.js';
import type { Section } from '../reportModel.types.js';
import { DOCUMENTS_ONLY, illustrativeColumn, type SectionInput, yesNo } from './sectionInput.js';

/** Widths of the methods' columns in the workbook, in the order of @plan/scoring's methods. */
const METHOD_WIDTHS = [18, 22, 26, 18, 26];

/** 三、评估方法比较: each method's statuses, and each indicator by each method. */
export function methodsSection({ report, t }: SectionInput): Section {
  const { lang } = report;
  const demo = report.showsIllustrative;
  return {
    id: 'methods',
    heading: t.sections.methods,
    blocks: [
      { kind: 'paragraph', text: t.methodsLead },
      { kind: 'heading', level: 3, text: t.methodCounts },
      {
        kind: 'table',
        table: {
          only: DOCUMENTS_ONLY,
          columns: [{ header: t.method }, { header: t.status }],
          rows: report.methods.map(({ method, rollUp }) => {
            const chips = statusesOf(method).map((status) =>
              statusCell(statusEntry(method, status), lang, {
                suffix: String(rollUp.counts[status] ?? 0),
              }),
            );
            return {
              cells: [
                { text: methodName(method, lang), ...(demo ? { illustrative: true } : {}) },
                {
                  text: chips.map((chip) => `${chip.text} ${chip.suffix}`).join(t.listSeparator),
                  items: { as: 'inline', cells: chips },
                },
              ],
            };
          }),
        },
      },
      {
        kind: 'figure',
        caption: t.chartMethods,
        illustrative: demo,
        chart: {
          kind: 'stacked',
          width: 760,
          rows: report.methods.map(({ method, rollUp }) => ({
            label: method,
            segments: statusesOf(method).map((status) => {
              const entry = statusEntry(method, status);
              return {
                key: `${method}:${status}`,
                label: entry.label[lang],
                value: rollUp.counts[status] ?? 0,
                colour: entry.colour,
              };
            }),
          })),
        },
      },
      { kind: 'heading', level: 3, text: t.methodMatrix },
      {
        kind: 'table',
        table: {
          sheet: t.sheets.methods,
          columns: [
            { header: t.indicator, width: 44 },
            ...report.methods.map(({ method }, index) => ({
              header: method,
              sheetHeader: methodName(method, lang),
              width: METHOD_WIDTHS[index] ?? 18,
            })),
            illustrativeColumn(t, 10),
          ],
          rows: report.rows.map((row) => ({
            illustrative: row.provenance.illustrative,
            cells: [
              indicatorNameCell(row, lang, row.provenance.illustrative),
              ...row.assessments.map(({ assessment }) =>
                statusCell(statusEntry(assessment.method, assessment.status), lang, {
                  hint: assessment.explanation[lang],
                }),
              ),
              yesNo(row.provenance.illustrative, t),
            ],
          })),
        },
      },
    ],
  };
}
