import { ordosPlan } from '@plan/indicators';
import { formatValueText, type Observation, planIndicator } from '@plan/observations';
import { neutraliseFormula, toCsv } from '@plan/observations/rows';
import ExcelJS from 'exceljs';
import { z } from 'zod';

export const ExportFormat = z.enum(['json', 'csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The CSV and XLSX answers of a route that exports, for its OpenAPI description. */
export const spreadsheetContent = {
  'text/csv': { schema: z.string() },
  [XLSX]: { schema: z.string() },
};

export type Sheet = {
  name: string;
  header: string[];
  rows: (string | number | boolean | null)[][];
};

/** Sends a table as CSV or as an XLSX workbook, formulas neutralised in both. */
export async function sendSheet(
  sheet: Sheet,
  format: 'csv' | 'xlsx',
  fileName: string,
): Promise<Response> {
  if (format === 'csv') {
    return new Response(toCsv(sheet.header, sheet.rows), {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${fileName}.csv"`,
      },
    });
  }
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.name);
  worksheet.addRow(sheet.header);
  worksheet.getRow(1).font = { bold: true };
  for (const row of sheet.rows) {
    // Text cells stay text: a value starting with "=" must never become a formula.
    worksheet.addRow(
      row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)),
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="${fileName}.xlsx"`,
    },
  });
}

export const OBSERVATION_EXPORT_HEADER = [
  'id',
  'indicator_id',
  'indicator_zh',
  'indicator_en',
  'region',
  'year',
  'date',
  'value',
  'source',
  'illustrative',
  'note',
  'version',
  'updated_at',
  'updated_by',
];

export function exportObservations(items: Observation[], format: 'csv' | 'xlsx') {
  const rows = items.map((item) => {
    const indicator = planIndicator(ordosPlan, item.indicatorId);
    return [
      item.id,
      item.indicatorId,
      indicator?.name.zh ?? '',
      indicator?.name.en ?? '',
      item.region,
      item.year,
      // A yearly value has no date of its own (it is stored as 31 December).
      item.period === 'date' ? item.date : '',
      formatValueText(item.value, 'en'),
      item.source,
      // Illustrative figures say so in the file too: 示例数据.
      item.illustrative ? 'true (示例数据)' : 'false',
      item.note,
      item.version,
      item.updatedAt,
      item.updatedBy,
    ];
  });
  return sendSheet(
    { name: 'observations', header: OBSERVATION_EXPORT_HEADER, rows },
    format,
    'observations',
  );
}
