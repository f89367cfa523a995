import type { Report } from '../buildReport.js';
import type { Cell, Column, Medium } from '../reportModel.types.js';
import type { ReportText } from '../reportText.js';

/** What each section builder reads: the report, and its words in the report's language. */
export type SectionInput = { report: Report; t: ReportText };

export const SHEET_ONLY: readonly Medium[] = ['xlsx'];
export const DOCUMENTS_ONLY: readonly Medium[] = ['html', 'md'];

/** A count: text for a page, the number for a spreadsheet. */
export const countCell = (value: number, illustrative = false): Cell => ({
  text: String(value),
  value,
  ...(illustrative ? { illustrative } : {}),
});

/** The yes/no column that flags demo data in the workbook. */
export const illustrativeColumn = (t: ReportText, width?: number): Column => ({
  header: t.illustrative,
  only: SHEET_ONLY,
  ...(width ? { width } : {}),
});

export const yesNo = (flag: boolean, t: ReportText): Cell => ({ text: flag ? t.yes : t.no });

/** Text, or an empty cell (not a dash) where there is nothing to say. */
export const optionalCell = (text: string | null | undefined): Cell =>
  text === null || text === undefined ? { text: '', value: null } : { text };
