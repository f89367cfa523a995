import { ordosPlan } from '@plan/indicators';
import { describe, expect, it } from 'vitest';
import { NOT_TEXT_MESSAGE } from './decodeSpreadsheetText.js';
import { columnLetters, DEFAULT_IMPORT_LIMITS, type ImportLimits } from './importLimits.js';
import { readObservationRows } from './readObservationRows.js';
import {
  deepXlsx,
  hugeLineCsv,
  notAWorkbookZip,
  percentXlsx,
  sharedStringsBombXlsx,
  wideCsv,
  wideXlsx,
  workbookWithoutSheet,
  xlsxOf,
  zipBombXlsx,
} from './testing/hostileSpreadsheets.js';

const xlsx = (body: Uint8Array, limits: Partial<ImportLimits> = {}) =>
  readObservationRows(ordosPlan, body, 'xlsx', { source: 'import' }, limits);
const csv = (text: string | Uint8Array, limits: Partial<ImportLimits> = {}) =>
  readObservationRows(
    ordosPlan,
    typeof text === 'string' ? new TextEncoder().encode(text) : text,
    'csv',
    { source: 'import' },
    limits,
  );

describe('import limits', () => {
  it('refuses an XLSX with a cell at XFD1 without reading 16,384 columns', async () => {
    const body = await wideXlsx(200);
    expect(body.length).toBeLessThan(20_000);
    const result = await xlsx(body);
    expect(result.refused).toMatchObject({ status: 422, limit: 'maxColumns' });
    expect(result.refused?.message).toContain('XFD1');
    expect(result.observations).toEqual([]);
  });

  it('refuses a zip bomb on its declared size before inflating anything', async () => {
    const bomb = await zipBombXlsx(296 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const result = await xlsx(bomb);
    expect(result.refused).toMatchObject({ status: 413, limit: 'maxXlsxUncompressedBytes' });
    expect(result.refused?.message).toContain('nothing was inflated');
  });

  it('stops inflating a zip bomb whose directory lies about its size', async () => {
    const result = await xlsx(await zipBombXlsx(32 * 1024 * 1024, { lie: true }));
    expect(result.refused).toMatchObject({ status: 422, limit: 'structure' });
    expect(result.refused?.message).toContain('more bytes than it declares');
  });

  it('bounds the inflated bytes of all entries together', async () => {
    const result = await xlsx(await zipBombXlsx(4 * 1024 * 1024), {
      maxXlsxUncompressedBytes: 1024 * 1024,
    });
    expect(result.refused).toMatchObject({ status: 413, limit: 'maxXlsxUncompressedBytes' });
  });

  it('refuses an XLSX of more rows, cells or bytes than the limits allow', async () => {
    const deep = deepXlsx(2_000);
    expect((await xlsx(deep)).problems).toEqual([]);
    expect((await xlsx(deep, { maxXlsxRows: 1_999 })).refused?.limit).toBe('maxXlsxRows');
    expect((await xlsx(deep, { maxXlsxRows: 2_000 })).refused).toBeUndefined();
    expect((await xlsx(deep, { maxCells: 5_000 })).refused?.limit).toBe('maxCells');
    expect((await xlsx(deep, { maxXlsxBytes: 1_000 })).refused).toMatchObject({
      status: 413,
      limit: 'maxXlsxBytes',
    });
  });

  it('refuses a workbook of more shared strings than the limit, before its sheet is read', async () => {
    const bomb = sharedStringsBombXlsx(1_500_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect((await xlsx(bomb)).refused).toMatchObject({ status: 413, limit: 'maxXlsxStrings' });
    expect((await xlsx(sharedStringsBombXlsx(10))).refused).toBeUndefined();
  });

  it('refuses a workbook of too many sheets', async () => {
    const many = xlsxOf('<worksheet><sheetData/></worksheet>', { sheets: 100 });
    expect((await xlsx(many)).refused).toMatchObject({ status: 422, limit: 'maxSheets' });
  });

  it('gives up when reading takes longer than the time limit', async () => {
    const result = await xlsx(deepXlsx(2_000), { maxMilliseconds: 0 });
    expect(result.refused).toMatchObject({ status: 413, limit: 'maxMilliseconds' });
  });

  it('refuses a CSV line longer than a cell may be, and more columns than an import reads', async () => {
    const long = await csv(hugeLineCsv(19 * 1024 * 1024));
    expect(long.refused).toMatchObject({ status: 422, limit: 'maxCellChars' });
    expect(long.refused?.message).toContain('line 2');
    const wide = await csv(wideCsv(5_000));
    expect(wide.refused).toMatchObject({ status: 422, limit: 'maxColumns' });
    expect(wide.refused?.message).toContain('column BM');
    expect((await csv(wideCsv(DEFAULT_IMPORT_LIMITS.maxColumns))).refused).toBeUndefined();
  });

  it('refuses a CSV of more rows than the limit, counting data rows only', async () => {
    const rows = `indicator_id,year,value\n${'regular-exercise-share,2022,44\n'.repeat(10)}`;
    expect((await csv(rows, { maxRows: 10 })).refused).toBeUndefined();
    expect((await csv(rows, { maxRows: 9 })).refused).toMatchObject({
      status: 413,
      limit: 'maxRows',
    });
  });

  it('lists at most maxProblems problems and counts the rest', async () => {
    const rows = `indicator_id,year,value\n${'nope,2022,44\n'.repeat(50)}`;
    const result = await csv(rows, { maxProblems: 10 });
    expect(result.problems).toHaveLength(11);
    expect(result.problems[10]?.problem).toBe('and 40 more problems not listed');
  });
});

describe('mis-encoded files', () => {
  it('refuses NUL bytes, text that is neither UTF-8 nor GB18030, and an XLSX sent as CSV', async () => {
    expect((await csv(new Uint8Array([0x61, 0x00, 0x62]))).refused).toMatchObject({
      status: 422,
      limit: 'encoding',
    });
    // Neither UTF-8 nor GB18030: 0xFF begins no character in either.
    expect((await csv(new Uint8Array([0xc4, 0xe3, 0xff, 0xc3]))).refused?.message).toBe(
      NOT_TEXT_MESSAGE,
    );
    expect((await csv(await percentXlsx([0.441]))).refused?.limit).toBe('encoding');
    const utf16 = new Uint8Array(Buffer.from('\ufeffindicator_id,year,value\n', 'utf16le'));
    expect((await csv(utf16)).refused?.message).toContain('UTF-16');
  });

  it('refuses a ZIP that is not a workbook, a workbook without a sheet, and CSV sent as XLSX', async () => {
    expect((await xlsx(notAWorkbookZip())).refused?.message).toContain('no workbook part');
    expect((await xlsx(workbookWithoutSheet())).refused?.message).toContain('no worksheet');
    const text = new TextEncoder().encode('indicator_id,year,value\n');
    expect((await xlsx(text)).refused).toMatchObject({ status: 422, limit: 'structure' });
  });

  it('refuses a sheet that is not well-formed XML or not UTF-8', async () => {
    expect((await xlsx(xlsxOf('<worksheet><sheetData><row>'))).refused?.message).toContain(
      'not well-formed XML',
    );
    const latin1 = xlsxOf(
      Buffer.from(
        '<worksheet><sheetData><row><c t="inlineStr"><is><t>caf\u00e9</t></is></c></row></sheetData></worksheet>',
        'latin1',
      ),
    );
    expect((await xlsx(latin1)).refused).toMatchObject({ status: 422, limit: 'encoding' });
  });
});

describe('spreadsheet percentages', () => {
  it('reads a cell shown as 44.1% as 44.1, the figure a person sees, never 0.441', async () => {
    const result = await xlsx(await percentXlsx([0.441, 0.5, 0.0733], '0.0%'));
    expect(result.problems).toEqual([]);
    expect(result.observations.map((observation) => observation.value)).toEqual([44.1, 50, 7.33]);
  });

  it('reads the built-in percent formats the same way', async () => {
    const result = await xlsx(await percentXlsx([0.441], '0%'));
    expect(result.observations.map((observation) => observation.value)).toEqual([44.1]);
  });

  it('leaves a plain number as it is', async () => {
    const result = await xlsx(await percentXlsx([44.1], '0.0'));
    expect(result.observations.map((observation) => observation.value)).toEqual([44.1]);
  });
});

describe('columnLetters', () => {
  it('names columns as a spreadsheet does', () => {
    expect([1, 26, 27, 64, 16_384].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'BL', 'XFD']);
  });
});
