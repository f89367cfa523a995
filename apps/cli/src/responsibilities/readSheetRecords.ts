import { forEachCsvRecord } from '@plan/observations/rows';
import ExcelJS from 'exceljs';

/** One record of a spreadsheet: its row number as a person sees it (the header is row 1) and its cells as text. */
export type SheetRecord = { row: number; cells: string[] };

/**
 * The records of a CSV file (UTF-8, a BOM dropped, or GB18030/GBK as Excel
 * saves "CSV (逗号分隔)" on Chinese Windows) or of the first sheet of
 * an XLSX workbook, header first, every cell as trimmed text. Throws with a
 * message a person can act on when the file is not UTF-8 text or not a workbook.
 */
export async function readSheetRecords(
  body: Uint8Array,
  format: 'csv' | 'xlsx',
): Promise<SheetRecord[]> {
  if (format === 'csv') {
    const text = decodeCsv(body);
    const records: SheetRecord[] = [];
    forEachCsvRecord(text, (cells, line) => {
      records.push({ row: line, cells: cells.map((cell) => cell.trim()) });
    });
    return records;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(body) as unknown as ExcelJS.Buffer);
  } catch {
    throw new Error('the file is not an XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++)
      cells.push(row.getCell(column).text.trim());
    if (cells.some((cell) => cell !== '')) records.push({ row: number, cells });
  });
  return records;
}

/** UTF-8 when the bytes are UTF-8 (plain ASCII is), else GB18030, as Excel writes; else refused. */
function decodeCsv(body: Uint8Array): string {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(body);
    } catch {
      // Not this encoding: try the next.
    }
  }
  throw new Error(
    'the file is neither UTF-8 nor GB18030/GBK text: in Excel save it as "CSV UTF-8 (逗号分隔)"',
  );
}
