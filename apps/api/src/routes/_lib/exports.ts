import { PassThrough, Readable } from 'node:stream';
import type { Plan } from '@plan/indicators';
import { formatValueText, type Observation, planIndicator } from '@plan/observations';
import { csvField, neutraliseFormula, toCsv } from '@plan/observations/rows';
import ExcelJS from 'exceljs';
import { z } from 'zod';

export const ExportFormat = z.enum(['json', 'csv', 'xlsx']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The CSV and XLSX answers of a route that exports, for its OpenAPI description. */
export const spreadsheetContent = {
  'text/csv': {
    schema: z.string().meta({ description: 'UTF-8 CSV with a byte-order mark, one header row' }),
  },
  [XLSX]: {
    schema: z.string().meta({
      format: 'binary',
      contentMediaType: XLSX,
      description: 'An XLSX workbook (binary)',
    }),
  },
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

type Cell = string | number | boolean | null;

/** One observation of `plan` as a row of the export, in OBSERVATION_EXPORT_HEADER's order. */
function observationRow(plan: Plan, item: Observation): Cell[] {
  const indicator = planIndicator(plan, item.indicatorId);
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
}

/**
 * Streams observations of `plan` as CSV or XLSX, page by page as `pages` yields them:
 * the file is never held in memory and the event loop is free between pages.
 */
export function streamObservations(
  plan: Plan,
  pages: AsyncIterable<Observation[]>,
  format: 'csv' | 'xlsx',
  headers: Record<string, string> = {},
): Response {
  const rows = mapPages(pages, (item) => observationRow(plan, item));
  const body =
    format === 'csv'
      ? csvStream(OBSERVATION_EXPORT_HEADER, rows)
      : xlsxStream('observations', OBSERVATION_EXPORT_HEADER, rows);
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
      'content-disposition': `attachment; filename="observations.${format}"`,
      ...headers,
    },
  });
}

async function* mapPages<T>(pages: AsyncIterable<T[]>, toRow: (item: T) => Cell[]) {
  for await (const page of pages) yield page.map(toRow);
}

function csvStream(header: string[], pages: AsyncIterable<Cell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pages[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark lets Excel open the UTF-8 Chinese text correctly.
        controller.enqueue(encoder.encode(`\uFEFF${header.map(csvField).join(',')}\r\n`));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      const text = next.value.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Rows of an XLSX export written between two turns of the event loop (a few milliseconds' work). */
const XLSX_ROWS_PER_TURN = 50;

function xlsxStream(
  name: string,
  header: string[],
  pages: AsyncIterable<Cell[][]>,
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  // exceljs' streaming writer: each row is zipped and written as it is committed.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const worksheet = workbook.addWorksheet(name);
  void (async () => {
    const headerRow = worksheet.addRow(header);
    headerRow.font = { bold: true };
    headerRow.commit();
    for await (const page of pages) {
      for (let index = 0; index < page.length; index++) {
        const row = page[index] as Cell[];
        // Text cells stay text: a value starting with "=" must never become a formula.
        worksheet
          .addRow(row.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell)))
          .commit();
        // exceljs builds each row's XML on this thread: other requests get a turn every few rows.
        if (index % XLSX_ROWS_PER_TURN === XLSX_ROWS_PER_TURN - 1)
          await new Promise((resolve) => setImmediate(resolve));
      }
      // Let the client drain what is zipped so far before reading the next page.
      if (out.writableNeedDrain) await new Promise((resolve) => out.once('drain', resolve));
    }
    worksheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error as Error));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
