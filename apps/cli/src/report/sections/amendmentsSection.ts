import { indicatorName } from '../../assessment/indicatorName.js';
import type { AmendmentRow } from '../amendmentRows.js';
import type { Cell, Section } from '../reportModel.types.js';
import type { SectionInput } from './sectionInput.js';

/** Text the document gives in Chinese only, or in both languages: this language, the Chinese beside in English. */
function textCell(text: string | { zh: string; en: string }, lang: 'zh' | 'en'): Cell {
  if (typeof text === 'string') return { text, verbatim: true };
  return { text: text[lang], ...(lang === 'en' ? { original: text.zh } : {}) };
}

/** The deciding document as it names itself: title, 〔number〕 and date. */
function documentText({ amendment }: AmendmentRow): string {
  const { title, number, date } = amendment.decidedBy;
  return [title, number, date].filter((part) => part !== undefined).join(' ');
}

/**
 * 规划调整: every amendment of the plan (the target, base or definition it
 * changed, the value as printed beside the amended one, from when, why, and
 * the document that decided it) and whether it is in force on the as-of
 * date. Absent for a plan without amendments.
 */
export function amendmentsSection({ report, t }: SectionInput): Section | undefined {
  const rows = report.amendments;
  if (rows.length === 0) return undefined;
  const { lang } = report;
  const inForce = rows.filter((row) => row.state === 'in-force').length;
  return {
    id: 'amendments',
    heading: t.amendmentsHeading,
    blocks: [
      { kind: 'paragraph', text: t.amendmentsLead(rows.length, inForce) },
      {
        kind: 'table',
        table: {
          sheet: t.amendmentsSheet,
          columns: [
            { header: t.amendmentId, width: 16 },
            { header: t.amendmentKind, width: 10 },
            { header: t.indicator, width: 40 },
            { header: t.original, width: 16 },
            { header: t.amended, width: 24 },
            { header: t.effectiveDate, width: 12 },
            { header: t.reason, width: 40 },
            { header: t.decidedBy, width: 40 },
            { header: t.amendmentState, width: 16 },
          ],
          rows: rows.map((row) => ({
            cells: [
              { text: row.amendment.id },
              { text: t.amendmentKinds[row.amendment.kind] },
              row.indicator
                ? {
                    text: indicatorName(row.indicator, lang),
                    ...(lang === 'en' ? { original: row.indicator.printed } : {}),
                  }
                : { text: row.amendment.indicatorId },
              { text: row.original[lang], verbatim: true },
              { text: row.amended[lang], verbatim: row.amendment.kind !== 'definition' },
              { text: row.amendment.effectiveDate },
              textCell(row.amendment.reason, lang),
              { text: documentText(row), verbatim: true },
              { text: t.amendmentStates[row.state] },
            ],
          })),
        },
      },
    ],
  };
}
